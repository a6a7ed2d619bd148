/// The unkeyed container over an array token: walks the elements with each token's `next`,
/// moving past an element only when it decoded.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    unowned(unsafe) let state: TapeDecoderState
    let reader: TapeReader
    let depth: Int
    let suffix: Int
    private var cursor: Int
    private let end: Int
    let count: Int?
    private(set) var currentIndex = 0

    init(state: TapeDecoderState, array: Int, depth: Int, suffix: Int) {
        self.state = state
        self.reader = state.reader
        self.depth = depth
        self.suffix = suffix
        self.cursor = array + 1
        self.end = Int(reader.tokens[array].next)
        self.count = Int(reader.tokens[array].length)
    }

    var codingPath: [any CodingKey] { state.codingPath(depth: depth, suffix: suffix) }
    var isAtEnd: Bool { cursor >= end }

    private var elementPath: [any CodingKey] {
        state.codingPath(depth: depth, suffix: suffix, appending: JSONIndexKey(currentIndex))
    }

    /// The current element's token index, or `valueNotFound` past the end.
    @inline(__always)
    private func current(_ type: Any.Type) throws -> Int {
        guard cursor < end else {
            throw DecodingError.valueNotFound(
                type, .init(codingPath: elementPath, debugDescription: "Unkeyed container is at end."))
        }
        return cursor
    }

    @inline(__always)
    private mutating func advance() {
        cursor = Int(reader.tokens[cursor].next)
        currentIndex += 1
    }

    @inline(__always)
    private mutating func scalar<T: TapeScalar>(_ type: T.Type) throws -> T {
        let value = try reader.scalar(type, at: current(type)) { elementPath }
        advance()
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard reader.tokens[try current(Never?.self)].kind == .null else { return false }
        advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try scalar(type) }
    mutating func decode(_ type: String.Type) throws -> String { try scalar(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try scalar(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try scalar(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try scalar(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try scalar(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try scalar(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try scalar(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try scalar(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try scalar(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let index = try current(type)
        let value: T
        if let scalar = try TapeDecoder.decodeScalarFastPath(type, reader: reader, index: index, path: elementPath) {
            value = scalar
        } else {
            value = try state.withChildPath(depth: depth, suffix: suffix, key: JSONIndexKey(currentIndex)) {
                childDepth in
                try T(from: TapeDecoder(state: state, index: index, depth: childDepth))
            }
        }
        advance()
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
        NestedKey
    > {
        let container = try childDecoder(current(KeyedDecodingContainer<NestedKey>.self)).container(keyedBy: type)
        advance()
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try childDecoder(current((any UnkeyedDecodingContainer).self)).unkeyedContainer()
        advance()
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = try childDecoder(current((any Decoder).self))
        advance()
        return decoder
    }

    private func childDecoder(_ index: Int) -> TapeDecoder {
        TapeDecoder(
            state: state, index: index, depth: depth,
            suffix: state.suffix(suffix, appending: JSONIndexKey(currentIndex)))
    }
}
