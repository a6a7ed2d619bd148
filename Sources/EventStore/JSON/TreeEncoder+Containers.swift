/// Writes members into an object node; a key encoded twice keeps the last value.
struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: TreeEncoder.Node
    let encoder: TreeEncoder
    let codingPath: [any CodingKey]

    private func set(_ value: JSON, _ key: Key) { node.set(.value(value), forKey: key.stringValue) }

    mutating func encodeNil(forKey key: Key) { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try TreeEncoder.finite(value, codingPath + [key]), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try TreeEncoder.finite(value, codingPath + [key]), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(.int(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(TreeEncoder.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(.int(Int64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(TreeEncoder.unsigned(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let slot = try TreeEncoder.slot(for: value, basePath: codingPath, key: key, userInfo: encoder.userInfo)
        node.set(slot, forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = TreeEncoder.Node(.object([]))
        node.set(.node(nested), forKey: key.stringValue)
        return KeyedEncodingContainer(
            TreeKeyedContainer<NestedKey>(node: nested, encoder: encoder, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TreeEncoder.Node(.array([]))
        node.set(.node(nested), forKey: key.stringValue)
        return TreeUnkeyedContainer(node: nested, encoder: encoder, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: JSONStringKey.super) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = TreeEncoder(basePath: codingPath, key: key, userInfo: encoder.userInfo)
        node.set(.encoder(child), forKey: key.stringValue)
        return child
    }
}

/// Appends elements to an array node.
struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: TreeEncoder.Node
    let encoder: TreeEncoder
    let codingPath: [any CodingKey]

    var count: Int { node.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONIndexKey(count)] }
    private func append(_ value: JSON) { node.append(.value(value)) }

    mutating func encodeNil() { append(.null) }
    mutating func encode(_ value: Bool) { append(.bool(value)) }
    mutating func encode(_ value: String) { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(try TreeEncoder.finite(value, nextPath)) }
    mutating func encode(_ value: Float) throws { append(try TreeEncoder.finite(value, nextPath)) }
    mutating func encode(_ value: Int) { append(.int(Int64(value))) }
    mutating func encode(_ value: Int8) { append(.int(Int64(value))) }
    mutating func encode(_ value: Int16) { append(.int(Int64(value))) }
    mutating func encode(_ value: Int32) { append(.int(Int64(value))) }
    mutating func encode(_ value: Int64) { append(.int(value)) }
    mutating func encode(_ value: UInt) { append(TreeEncoder.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) { append(.int(Int64(value))) }
    mutating func encode(_ value: UInt16) { append(.int(Int64(value))) }
    mutating func encode(_ value: UInt32) { append(.int(Int64(value))) }
    mutating func encode(_ value: UInt64) { append(TreeEncoder.unsigned(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = JSONIndexKey(count)
        node.append(try TreeEncoder.slot(for: value, basePath: codingPath, key: key, userInfo: encoder.userInfo))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = TreeEncoder.Node(.object([]))
        let path = nextPath
        node.append(.node(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(node: nested, encoder: encoder, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TreeEncoder.Node(.array([]))
        let path = nextPath
        node.append(.node(nested))
        return TreeUnkeyedContainer(node: nested, encoder: encoder, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let child = TreeEncoder(basePath: codingPath, key: JSONIndexKey(count), userInfo: encoder.userInfo)
        node.append(.encoder(child))
        return child
    }
}
