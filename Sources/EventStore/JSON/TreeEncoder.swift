/// The `Encoder` behind ``JSONPayloadEncoder``: builds a tree whose containers are classes,
/// because `Encoder` hands out containers that keep being written after they are returned.
///
/// Primitives go straight into their container (dedicated overloads, no casts), and coding
/// paths are built only when an error or a nested container needs one.
final class TreeEncoder: Encoder {
    /// A container's contents, shared by the container values that write into it.
    final class Node {
        /// Object members in the order encoded (duplicates resolved when written: cheaper
        /// than hashing every key of every payload).
        enum Content {
            case object([(key: String, slot: Slot)])
            case array([Slot])
        }
        var content: Content
        init(_ content: Content) { self.content = content }

        /// Sets the member `key` of an object node (the last value of a key wins).
        func set(_ slot: Slot, forKey key: String) {
            guard case .object(var members) = content else { return }
            content = .array([])  // drop the node's reference so the members mutate in place
            members.append((key, slot))
            content = .object(members)
        }

        /// Appends an element to an array node.
        func append(_ slot: Slot) {
            guard case .array(var elements) = content else { return }
            content = .object([])  // drop the node's reference so the array mutates in place
            elements.append(slot)
            content = .array(elements)
        }

        var count: Int {
            switch content {
            case .object(let members): members.count
            case .array(let elements): elements.count
            }
        }
    }

    /// What one value encoded to: a finished value, a container, or a (super) encoder whose
    /// result is read when the tree is written.
    enum Slot {
        case value(JSON)
        case node(Node)
        case encoder(TreeEncoder)
    }

    private let basePath: [any CodingKey]
    private let key: (any CodingKey)?
    let userInfo: [CodingUserInfoKey: Any]
    private(set) var slot: Slot?

    /// An encoder for the value at `basePath` followed by `key` (if any).
    init(basePath: [any CodingKey], key: (any CodingKey)?, userInfo: [CodingUserInfoKey: Any]) {
        self.basePath = basePath
        self.key = key
        self.userInfo = userInfo
    }

    var codingPath: [any CodingKey] { key.map { basePath + [$0] } ?? basePath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let node: Node
        if case .node(let existing) = slot, case .object = existing.content {
            node = existing
        } else {
            node = Node(.object([]))
            slot = .node(node)
        }
        return KeyedEncodingContainer(TreeKeyedContainer<Key>(node: node, encoder: self, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let node: Node
        if case .node(let existing) = slot, case .array = existing.content {
            node = existing
        } else {
            node = Node(.array([]))
            slot = .node(node)
        }
        return TreeUnkeyedContainer(node: node, encoder: self, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { TreeSingleValueContainer(encoder: self) }

    func set(_ value: JSON) { slot = .value(value) }

    /// Encodes `value` into this encoder.
    func encode<T: Encodable>(_ value: T) throws {
        if let json = try Self.primitive(value, path: codingPath) {
            slot = .value(json)
        } else {
            try value.encode(to: self)
        }
    }

    /// The slot of `value`, encoded at `basePath` + `key`.
    static func slot<T: Encodable>(
        for value: T, basePath: [any CodingKey], key: any CodingKey, userInfo: [CodingUserInfoKey: Any]
    ) throws -> Slot {
        if let json = try primitive(value, path: basePath + [key]) { return .value(json) }
        let child = TreeEncoder(basePath: basePath, key: key, userInfo: userInfo)
        try value.encode(to: child)
        return child.slot ?? .value(.object([]))
    }

    /// The JSON of the primitives that reach a generic `encode` (array elements, dictionary
    /// values, optionals), found by comparing metatypes rather than by dynamic casts; nil
    /// for other types. `path` is evaluated only for an error.
    static func primitive<T: Encodable>(_ value: T, path: @autoclosure () -> [any CodingKey]) throws -> JSON? {
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Int64.self { return .int(unsafeBitCast(value, to: Int64.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Double.self { return try finite(unsafeBitCast(value, to: Double.self), path()) }
        return nil
    }

    static func unsigned(_ value: UInt64) -> JSON {
        value <= UInt64(Int64.max) ? .int(Int64(value)) : .uint(value)
    }

    /// `.double(value)`, or the error Foundation gives for NaN and infinities.
    static func finite(_ value: Double, _ path: @autoclosure () -> [any CodingKey]) throws -> JSON {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: path(), debugDescription: "Unable to encode Double.\(value) directly in JSON.")
            )
        }
        return .double(value)
    }

    /// A Float as the Double nearest its shortest decimal form (so `0.1` stays `0.1`).
    static func finite(_ value: Float, _ path: @autoclosure () -> [any CodingKey]) throws -> JSON {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: path(), debugDescription: "Unable to encode Float.\(value) directly in JSON."))
        }
        return .double(Double("\(value)") ?? Double(value))
    }
}

/// Writes one value into its encoder.
struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() { encoder.set(.null) }
    mutating func encode(_ value: Bool) { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) { encoder.set(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.set(try TreeEncoder.finite(value, codingPath)) }
    mutating func encode(_ value: Float) throws { encoder.set(try TreeEncoder.finite(value, codingPath)) }
    mutating func encode(_ value: Int) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: Int8) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: Int16) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: Int32) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: Int64) { encoder.set(.int(value)) }
    mutating func encode(_ value: UInt) { encoder.set(TreeEncoder.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: UInt16) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: UInt32) { encoder.set(.int(Int64(value))) }
    mutating func encode(_ value: UInt64) { encoder.set(TreeEncoder.unsigned(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encode(value) }
}
