/// The keyed container over an object token. Keys are found by comparing their UTF-8 with
/// the raw key bytes, starting where the previous lookup matched, so decoding a struct in
/// field order costs one comparison per field.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    unowned(unsafe) let state: TapeDecoderState
    let reader: TapeReader
    let object: Int
    let depth: Int
    let suffix: Int

    init(state: TapeDecoderState, object: Int, depth: Int, suffix: Int) {
        self.state = state
        self.reader = state.reader
        self.object = object
        self.depth = depth
        self.suffix = suffix
    }

    var codingPath: [any CodingKey] { state.codingPath(depth: depth, suffix: suffix) }

    var allKeys: [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(Int(reader.tokens[object].length))
        var cursor = object + 1
        let end = Int(reader.tokens[object].next)
        while cursor < end {
            if let key = Key(stringValue: JSONValue.string(of: reader.tokens[cursor], in: reader.bytes)) {
                keys.append(key)
            }
            cursor = Int(reader.tokens[cursor + 1].next)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { reader.valueIndex(inObject: object, key: key.stringValue) != nil }

    @inline(__always)
    private func valueIndex(_ key: Key) throws -> Int {
        guard let index = reader.valueIndex(inObject: object, key: key.stringValue) else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: codingPath,
                    debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."
                ))
        }
        return index
    }

    @inline(__always)
    private func scalar<T: TapeScalar>(_ type: T.Type, _ key: Key) throws -> T {
        try reader.scalar(type, at: valueIndex(key)) { state.codingPath(depth: depth, suffix: suffix, appending: key) }
    }

    /// nil for a missing key or a null value, else the value or its error.
    @inline(__always)
    private func scalarIfPresent<T: TapeScalar>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let index = reader.valueIndex(inObject: object, key: key.stringValue), reader.tokens[index].kind != .null
        else { return nil }
        return try reader.scalar(type, at: index) { state.codingPath(depth: depth, suffix: suffix, appending: key) }
    }

    func decodeNil(forKey key: Key) throws -> Bool { reader.tokens[try valueIndex(key)].kind == .null }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try scalar(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try scalar(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try scalar(type, key) }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try scalarIfPresent(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try scalarIfPresent(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decodeValue(type, at: valueIndex(key), key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = reader.valueIndex(inObject: object, key: key.stringValue), reader.tokens[index].kind != .null
        else { return nil }
        return try decodeValue(type, at: index, key)
    }

    private func decodeValue<T: Decodable>(_ type: T.Type, at index: Int, _ key: Key) throws -> T {
        if let value = try TapeDecoder.decodeScalarFastPath(
            type, reader: reader, index: index, path: state.codingPath(depth: depth, suffix: suffix, appending: key)
        ) {
            return value
        }
        return try state.withChildPath(depth: depth, suffix: suffix, key: key) { childDepth in
            try T(from: TapeDecoder(state: state, index: index, depth: childDepth))
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try childDecoder(at: valueIndex(key), key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try childDecoder(at: valueIndex(key), key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        childDecoder(at: reader.valueIndex(inObject: object, key: "super") ?? -1, JSONStringKey.super)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        childDecoder(at: reader.valueIndex(inObject: object, key: key.stringValue) ?? -1, key)
    }

    /// A decoder that may outlive this call: its path is carried in its suffix.
    private func childDecoder(at index: Int, _ key: any CodingKey) -> TapeDecoder {
        TapeDecoder(state: state, index: index, depth: depth, suffix: state.suffix(suffix, appending: key))
    }
}
