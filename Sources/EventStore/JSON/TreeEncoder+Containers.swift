/// Writes members into an object node; a key encoded twice keeps the last value.
struct TreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: TreeEncoder.Node
    let encoder: TreeEncoder
    let codingPath: [any CodingKey]

    private func set(_ slot: TreeEncoder.Slot, for key: Key) {
        guard case .object(var members) = node.content else { return }
        node.content = .array([])  // drop the reference so the dictionary is mutated in place
        members[key.stringValue] = slot
        node.content = .object(members)
    }

    mutating func encodeNil(forKey key: Key) { set(.value(.null), for: key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try TreeEncoder.slot(for: value, at: codingPath + [key], userInfo: encoder.userInfo), for: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = TreeEncoder.Node(.object([:]))
        set(.node(nested), for: key)
        return KeyedEncodingContainer(
            TreeKeyedContainer<NestedKey>(node: nested, encoder: encoder, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = TreeEncoder.Node(.array([]))
        set(.node(nested), for: key)
        return TreeUnkeyedContainer(node: nested, encoder: encoder, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: JSONStringKey.super) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = TreeEncoder(codingPath: codingPath + [key], userInfo: encoder.userInfo)
        guard case .object(var members) = node.content else { return child }
        node.content = .array([])
        members[key.stringValue] = .encoder(child)
        node.content = .object(members)
        return child
    }
}

/// Appends elements to an array node.
struct TreeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: TreeEncoder.Node
    let encoder: TreeEncoder
    let codingPath: [any CodingKey]

    var count: Int {
        guard case .array(let elements) = node.content else { return 0 }
        return elements.count
    }

    private func append(_ slot: TreeEncoder.Slot) {
        guard case .array(var elements) = node.content else { return }
        node.content = .object([:])  // drop the reference so the array is mutated in place
        elements.append(slot)
        node.content = .array(elements)
    }

    mutating func encodeNil() { append(.value(.null)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        append(try TreeEncoder.slot(for: value, at: codingPath + [JSONIndexKey(count)], userInfo: encoder.userInfo))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let nested = TreeEncoder.Node(.object([:]))
        let path = codingPath + [JSONIndexKey(count)]
        append(.node(nested))
        return KeyedEncodingContainer(TreeKeyedContainer<NestedKey>(node: nested, encoder: encoder, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = TreeEncoder.Node(.array([]))
        let path = codingPath + [JSONIndexKey(count)]
        append(.node(nested))
        return TreeUnkeyedContainer(node: nested, encoder: encoder, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let child = TreeEncoder(codingPath: codingPath + [JSONIndexKey(count)], userInfo: encoder.userInfo)
        append(.encoder(child))
        return child
    }
}
