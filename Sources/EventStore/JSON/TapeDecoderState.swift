/// What every decoder and container of one ``JSONPayloadDecoder`` call shares: the tokens,
/// the bytes, the coding path under construction and a key-lookup hint.
///
/// A class because the containers `Decoder` hands out are separate values that must see the
/// same path stack; it lives for one `decode` call, on one thread. It points into the tape
/// and the payload without owning them: a `Decodable` that kept its decoder past `init(from:)`
/// would read freed memory, which is a misuse of every `Decoder`.
///
/// The coding path is a shared stack rather than an array per container, so decoding a
/// nested value (a typed id, a nested struct) allocates nothing for its path. Each decoder
/// and container remembers the stack depth its path starts from, plus any path components
/// above it (`suffix`, only for nested containers and super decoders, which can be used
/// after the call that made them returned).
final class TapeDecoderState {
    let tokens: UnsafePointer<JSONToken>
    let bytes: UnsafeRawBufferPointer
    let userInfo: [CodingUserInfoKey: Any]
    private(set) var path: [any CodingKey] = []
    /// The object last searched and the key token where its last match was: keys are
    /// usually decoded in the order they were encoded, so the next lookup starts there.
    private var hintObject = -1
    private var hintKey = 0

    init(tokens: UnsafePointer<JSONToken>, bytes: UnsafeRawBufferPointer, userInfo: [CodingUserInfoKey: Any]) {
        self.tokens = tokens
        self.bytes = bytes
        self.userInfo = userInfo
    }

    /// The token at `index`, where -1 stands for the `null` of a missing super-decoder key.
    @inline(__always)
    func token(_ index: Int) -> JSONToken {
        index >= 0 ? tokens[index] : .zero
    }

    /// The coding path of a decoder or container anchored at `depth` with `suffix` above it.
    func codingPath(depth: Int, suffix: [any CodingKey]) -> [any CodingKey] {
        Array(path.prefix(depth)) + suffix
    }

    func codingPath(depth: Int, suffix: [any CodingKey], appending key: any CodingKey) -> [any CodingKey] {
        codingPath(depth: depth, suffix: suffix) + [key]
    }

    /// Runs `body` with the path stack set to the anchor's path plus `key`, passing the depth
    /// the child decoder is anchored at. Keeps the parent's lookup hint across the child.
    @inline(__always)
    func withChildPath<Result>(
        depth: Int, suffix: [any CodingKey], key: some CodingKey, _ body: (Int) throws -> Result
    ) rethrows -> Result {
        truncatePath(to: depth)
        if !suffix.isEmpty { path.append(contentsOf: suffix) }
        path.append(key)
        let savedObject = hintObject
        let savedKey = hintKey
        defer {
            truncatePath(to: depth)
            hintObject = savedObject
            hintKey = savedKey
        }
        return try body(path.count)
    }

    @inline(__always)
    private func truncatePath(to depth: Int) {
        if path.count > depth { path.removeLast(path.count - depth) }
    }

    /// The token index of the value of the member named `key` in the object at `object`.
    func valueIndex(inObject object: Int, key: String) -> Int? {
        guard object >= 0 else { return nil }
        var key = key
        return key.withUTF8 { utf8 in
            let expected = UnsafeRawBufferPointer(utf8)
            let first = object &+ 1
            let end = Int(tokens[object].next)
            let start = hintObject == object && hintKey < end ? hintKey : first
            var cursor = start
            while cursor < end {
                if JSONValue.stringToken(tokens[cursor], in: bytes, equals: expected) { return found(cursor, in: object) }
                cursor = Int(tokens[cursor &+ 1].next)
            }
            cursor = first
            while cursor < start {
                if JSONValue.stringToken(tokens[cursor], in: bytes, equals: expected) { return found(cursor, in: object) }
                cursor = Int(tokens[cursor &+ 1].next)
            }
            return nil
        }
    }

    @inline(__always)
    private func found(_ keyIndex: Int, in object: Int) -> Int {
        hintObject = object
        hintKey = keyIndex
        return keyIndex &+ 1
    }

    /// Reads a primitive at `index` or throws the error Foundation's decoder would.
    @inline(__always)
    func scalar<T: TapeScalar>(_ type: T.Type, at index: Int, path: () -> [any CodingKey]) throws -> T {
        let token = token(index)
        if let value = T.read(token, in: bytes) { return value }
        throw scalarError(type, token: token, path: path())
    }

    func scalarError<T: TapeScalar>(_ type: T.Type, token: JSONToken, path: [any CodingKey]) -> DecodingError {
        if token.kind == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        if token.kind == .number && T.isNumeric {
            let text = String(decoding: bytes[Int(token.offset)..<Int(token.offset + token.length)], as: UTF8.self)
            return .dataCorrupted(.init(codingPath: path, debugDescription: "Parsed JSON number <\(text)> does not fit in \(type)."))
        }
        return typeMismatch(type, token: token, path: path)
    }

    func typeMismatch(_ type: Any.Type, token: JSONToken, path: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(Self.describe(token.kind)) instead."))
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
