/// The `Encoder` behind ``JSONPayloadEncoder``: builds a tree whose containers are classes,
/// because `Encoder` hands out containers that keep being written after they are returned.
/// Encoding runs once per command, not in replay loops, so clarity wins over allocations.
final class TreeEncoder: Encoder {
    /// A container's contents, shared by the container values that write into it.
    final class Node {
        enum Content {
            case object([String: Slot])
            case array([Slot])
        }
        var content: Content
        init(_ content: Content) { self.content = content }
    }

    /// What one value encoded to: a finished value, a container, or a (super) encoder whose
    /// result is read when the tree is written.
    enum Slot {
        case value(JSON)
        case node(Node)
        case encoder(TreeEncoder)
    }

    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]
    private(set) var slot: Slot?

    init(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.codingPath = codingPath
        self.userInfo = userInfo
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let node: Node
        if case .node(let existing) = slot, case .object = existing.content {
            node = existing
        } else {
            node = Node(.object([:]))
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

    /// Encodes `value` into this encoder, writing primitives directly.
    func encodeScalarOrValue<T: Encodable>(_ value: T) throws {
        if let json = try Self.scalar(value, codingPath: codingPath) {
            slot = .value(json)
        } else {
            try value.encode(to: self)
        }
    }

    /// The slot for `value` encoded at `path`.
    static func slot<T: Encodable>(for value: T, at path: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) throws
        -> Slot
    {
        if let json = try scalar(value, codingPath: path) { return .value(json) }
        let child = TreeEncoder(codingPath: path, userInfo: userInfo)
        try value.encode(to: child)
        return child.slot ?? .value(.object([]))
    }

    /// The JSON of a primitive, or nil for other types.
    static func scalar<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws -> JSON? {
        switch value {
        case let value as String: return .string(value)
        case let value as Bool: return .bool(value)
        case let value as Int: return .int(Int64(value))
        case let value as Int64: return .int(value)
        case let value as Int32: return .int(Int64(value))
        case let value as Int16: return .int(Int64(value))
        case let value as Int8: return .int(Int64(value))
        case let value as UInt: return unsigned(UInt64(value))
        case let value as UInt64: return unsigned(value)
        case let value as UInt32: return .int(Int64(value))
        case let value as UInt16: return .int(Int64(value))
        case let value as UInt8: return .int(Int64(value))
        case let value as Double: return try finite(value, value, codingPath)
        case let value as Float: return try finite(Double("\(value)") ?? Double(value), value, codingPath)
        default: return nil
        }
    }

    static func unsigned(_ value: UInt64) -> JSON {
        value <= UInt64(Int64.max) ? .int(Int64(value)) : .uint(value)
    }

    /// `.double(value)`, or the error Foundation gives for NaN and infinities.
    static func finite(_ value: Double, _ original: Any, _ codingPath: [any CodingKey]) throws -> JSON {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                original,
                .init(
                    codingPath: codingPath,
                    debugDescription: "Unable to encode \(type(of: original)).\(original) directly in JSON."
                ))
        }
        return .double(value)
    }
}

/// Writes one value into its encoder.
struct TreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() { encoder.set(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeScalarOrValue(value) }
}
