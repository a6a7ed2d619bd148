/// Encodes `Encodable` values as compact JSON with object keys sorted by their UTF-8 bytes:
/// the bytes eig stores as event payloads.
///
/// Ours rather than Foundation's `JSONEncoder(.sortedKeys)` because payload bytes feed the
/// log's hash chain, so they must not depend on the platform or the Foundation version:
/// `JSONEncoder` escapes `/` as `\/` by default, sorts keys with a locale-flavoured string
/// comparison that differs between Darwin and Linux, and its number formatting has changed
/// across releases. This encoder writes through ``JSONWriter``, whose output is specified
/// (RFC 8785 string escaping, shortest round-trip doubles), and is a small amount of code.
///
/// ```swift
/// let payload = try JSONPayloadEncoder().encode(DossierSubmitted(dossier: id, at: now))
/// ```
///
/// Behaviour matches `JSONEncoder` with default strategies, except: keys sorted by UTF-8
/// bytes; `/` not escaped; non-ASCII written as is; doubles as ``JSONWriter`` writes them.
/// Foundation types are encoded by their own `Codable` conformance (`Data` as an array of
/// bytes, `URL` as an object), not with `JSONEncoder`'s special cases: payloads should use
/// plain values instead. NaN and infinities are refused (`EncodingError.invalidValue`).
public struct JSONPayloadEncoder: Sendable {
    /// Passed to every `encode(to:)` as `encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    /// The compact, key-sorted JSON of `value`.
    ///
    /// - Throws: `EncodingError` when a value cannot be represented (NaN, infinity, a
    ///   top-level value that encodes nothing), or whatever `value`'s `encode(to:)` throws.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var plain: [CodingUserInfoKey: Any] = [:]
        for (key, item) in userInfo { plain[key] = item }
        let encoder = TreeEncoder(basePath: [], key: nil, userInfo: plain)
        try encoder.encode(value)
        guard let slot = encoder.slot else {
            throw EncodingError.invalidValue(
                value,
                .init(
                    codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."
                ))
        }
        var writer = JSONWriter()
        Self.write(slot, to: &writer)
        return writer.bytes
    }

    private static func write(_ slot: TreeEncoder.Slot, to writer: inout JSONWriter) {
        switch slot {
        case .value(let json):
            writer.write(json)
        case .encoder(let child):
            // An encoder that encoded nothing (a super encoder left unused) writes `{}`.
            if let slot = child.slot { write(slot, to: &writer) } else { writer.write(JSON.object([])) }
        case .node(let node):
            switch node.content {
            case .object(let members):
                writer.beginObject()
                // Sorted by key bytes, then by encoding order, so that of a key encoded twice
                // the last value (Foundation's choice) is the one written.
                let order = members.indices.sorted {
                    members[$0].key == members[$1].key
                        ? $0 < $1 : members[$0].key.utf8.lexicographicallyPrecedes(members[$1].key.utf8)
                }
                for (position, index) in order.enumerated() {
                    if position + 1 < order.count && members[order[position + 1]].key == members[index].key { continue }
                    writer.writeKey(members[index].key)
                    write(members[index].slot, to: &writer)
                }
                writer.endObject()
            case .array(let elements):
                writer.beginArray()
                for element in elements { write(element, to: &writer) }
                writer.endArray()
            }
        }
    }
}
