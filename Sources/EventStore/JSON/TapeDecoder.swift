/// The `Decoder` over one value of a tape. Three words of plain data (state, index, depth
/// and suffix packed), so passing it as `any Decoder` or `any SingleValueDecodingContainer`
/// fits the existential's inline buffer, allocates nothing and copies without retains.
struct TapeDecoder: Decoder {
    unowned(unsafe) let state: TapeDecoderState
    /// The token index of this decoder's value (-1: a missing super-decoder key, read as null).
    let index: Int
    /// The path's depth on the shared stack (at most the tape's maximum depth plus one).
    private let anchor: Int32
    /// The index of the path components above `depth` (see ``TapeDecoderState``), 0 for none.
    private let suffixIndex: Int32

    init(state: TapeDecoderState, index: Int, depth: Int, suffix: Int = 0) {
        self.state = state
        self.index = index
        self.anchor = Int32(truncatingIfNeeded: depth)
        self.suffixIndex = Int32(truncatingIfNeeded: suffix)
    }

    var depth: Int { Int(anchor) }
    var suffix: Int { Int(suffixIndex) }

    var codingPath: [any CodingKey] { state.codingPath(depth: depth, suffix: suffix) }
    var userInfo: [CodingUserInfoKey: Any] { state.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let token = state.reader.token(index)
        guard token.kind == .object else {
            throw containerError(KeyedDecodingContainer<Key>.self, token: token, expected: [String: Any].self)
        }
        return KeyedDecodingContainer(
            TapeKeyedContainer<Key>(state: state, object: index, depth: depth, suffix: suffix))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let token = state.reader.token(index)
        guard token.kind == .array else {
            throw containerError((any UnkeyedDecodingContainer).self, token: token, expected: [Any].self)
        }
        return TapeUnkeyedContainer(state: state, array: index, depth: depth, suffix: suffix)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// Foundation's errors: `valueNotFound` for null, `typeMismatch` naming the found kind.
    func containerError(_ container: Any.Type, token: JSONToken, expected: Any.Type) -> DecodingError {
        if token.kind == .null {
            let description = container == (any UnkeyedDecodingContainer).self ? "unkeyed" : "keyed"
            return .valueNotFound(
                container,
                .init(
                    codingPath: codingPath,
                    debugDescription: "Cannot get \(description) decoding container -- found null value instead"
                ))
        }
        return state.reader.typeMismatch(expected, token: token, path: codingPath)
    }
}

extension TapeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { state.reader.token(index).kind == .null }

    func decode(_ type: Bool.Type) throws -> Bool { try scalar(type) }
    func decode(_ type: String.Type) throws -> String { try scalar(type) }
    func decode(_ type: Double.Type) throws -> Double { try scalar(type) }
    func decode(_ type: Float.Type) throws -> Float { try scalar(type) }
    func decode(_ type: Int.Type) throws -> Int { try scalar(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try scalar(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try scalar(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try scalar(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try scalar(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try scalar(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = try TapeDecoder.decodeScalarFastPath(type, reader: state.reader, index: index, path: codingPath)
        {
            return value
        }
        return try T(from: self)
    }

    @inline(__always)
    private func scalar<T: TapeScalar>(_ type: T.Type) throws -> T {
        try state.reader.scalar(type, at: index) { codingPath }
    }

    /// Reads the most common primitive types directly when they reach a generic `decode`
    /// (array elements, dictionary values), skipping a nested decoder; nil for other types.
    /// The casts are sound: each runs only when `T` is exactly the type being cast.
    @inline(__always)
    static func decodeScalarFastPath<T: Decodable>(
        _ type: T.Type, reader: TapeReader, index: Int, path: @autoclosure () -> [any CodingKey]
    ) throws -> T? {
        if type == String.self {
            return unsafeBitCast(try reader.scalar(String.self, at: index, path: path), to: T.self)
        }
        if type == Int.self { return unsafeBitCast(try reader.scalar(Int.self, at: index, path: path), to: T.self) }
        if type == Double.self {
            return unsafeBitCast(try reader.scalar(Double.self, at: index, path: path), to: T.self)
        }
        if type == Bool.self { return unsafeBitCast(try reader.scalar(Bool.self, at: index, path: path), to: T.self) }
        if type == Int64.self { return unsafeBitCast(try reader.scalar(Int64.self, at: index, path: path), to: T.self) }
        if type == [String].self {
            return try scalarArray(String.self, reader: reader, index: index, path: path).map {
                unsafeBitCast($0, to: T.self)
            }
        }
        if type == [Int].self {
            return try scalarArray(Int.self, reader: reader, index: index, path: path).map {
                unsafeBitCast($0, to: T.self)
            }
        }
        if type == [Double].self {
            return try scalarArray(Double.self, reader: reader, index: index, path: path).map {
                unsafeBitCast($0, to: T.self)
            }
        }
        return nil
    }

    /// An array of primitives read in one loop (nil if the token is not an array: the general
    /// path then reports the error as Foundation would).
    private static func scalarArray<Element: TapeScalar>(
        _ type: Element.Type, reader: TapeReader, index: Int, path: () -> [any CodingKey]
    ) throws -> [Element]? {
        let array = reader.token(index)
        guard array.kind == .array else { return nil }
        var elements: [Element] = []
        elements.reserveCapacity(Int(array.length))
        var cursor = index + 1
        while cursor < Int(array.next) {
            let position = elements.count
            elements.append(try reader.scalar(type, at: cursor) { path() + [JSONIndexKey(position)] })
            cursor = Int(reader.tokens[cursor].next)
        }
        return elements
    }
}
