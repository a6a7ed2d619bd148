/// The tape access every decoding step needs, as plain pointers: copying it costs no
/// reference counting, which matters because the standard library's container box copies
/// our containers on every `decode(_:forKey:)` call.
///
/// Valid for one ``JSONPayloadDecoder`` call: ``TapeDecoderState`` owns the hint memory and
/// the caller owns the tokens and bytes.
struct TapeReader {
    let tokens: UnsafePointer<JSONToken>
    let bytes: UnsafeRawBufferPointer
    /// `[object, key]`: the object last searched and the key token of its last match. Keys
    /// are usually decoded in the order they were encoded, so the next lookup starts there.
    let hint: UnsafeMutablePointer<Int>

    /// The token at `index`, where -1 stands for the `null` of a missing super-decoder key.
    @inline(__always)
    func token(_ index: Int) -> JSONToken {
        index >= 0 ? tokens[index] : .zero
    }

    /// The token index of the value of the member named `key` in the object at `object`.
    @inline(__always)
    func valueIndex(inObject object: Int, key: String) -> Int? {
        guard object >= 0 else { return nil }
        var key = key
        return key.withUTF8 { valueIndex(inObject: object, key: UnsafeRawBufferPointer($0)) }
    }

    private func valueIndex(inObject object: Int, key: UnsafeRawBufferPointer) -> Int? {
        let first = object &+ 1
        let end = Int(tokens[object].next)
        let start = hint[0] == object && hint[1] < end ? hint[1] : first
        var cursor = start
        while cursor < end {
            if JSONValue.stringToken(tokens[cursor], in: bytes, equals: key) { return found(cursor, in: object) }
            cursor = Int(tokens[cursor &+ 1].next)
        }
        cursor = first
        while cursor < start {
            if JSONValue.stringToken(tokens[cursor], in: bytes, equals: key) { return found(cursor, in: object) }
            cursor = Int(tokens[cursor &+ 1].next)
        }
        return nil
    }

    @inline(__always)
    private func found(_ keyIndex: Int, in object: Int) -> Int {
        hint[0] = object
        hint[1] = keyIndex
        return keyIndex &+ 1
    }

    /// Reads a primitive at `index` or throws the error Foundation's decoder would, with the
    /// coding path `path` computes (only on failure).
    @inline(__always)
    func scalar<T: TapeScalar>(_ type: T.Type, at index: Int, path: () -> [any CodingKey]) throws -> T {
        let token = token(index)
        if let value = T.read(token, in: bytes) { return value }
        throw scalarError(type, token: token, path: path())
    }

    func scalarError<T: TapeScalar>(_ type: T.Type, token: JSONToken, path: [any CodingKey]) -> DecodingError {
        if token.kind == .null {
            return .valueNotFound(
                type,
                .init(
                    codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        if token.kind == .number && T.isNumeric {
            let text = String(decoding: bytes[Int(token.offset)..<Int(token.offset + token.length)], as: UTF8.self)
            return .dataCorrupted(
                .init(codingPath: path, debugDescription: "Parsed JSON number <\(text)> does not fit in \(type)."))
        }
        return typeMismatch(type, token: token, path: path)
    }

    func typeMismatch(_ type: Any.Type, token: JSONToken, path: [any CodingKey]) -> DecodingError {
        .typeMismatch(
            type,
            .init(
                codingPath: path,
                debugDescription: "Expected to decode \(type) but found \(Self.describe(token.kind)) instead."))
    }

    static func describe(_ kind: JSONToken.Kind) -> String {
        switch kind {
        case .object: "a dictionary"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .true, .false: "a boolean"
        case .null: "null"
        }
    }
}
