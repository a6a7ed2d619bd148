extension JSONWriter {
    /// Writes an owned value; with ``Options/sortedKeys`` its objects' members are sorted by
    /// the UTF-8 bytes of their keys.
    public mutating func write(_ value: JSON) {
        switch value {
        case .null: writeNull()
        case .bool(let bool): write(bool)
        case .int(let int): write(int)
        case .uint(let uint): write(uint)
        case .double(let double): write(double)
        case .string(let string): write(string)
        case .array(let elements):
            beginArray()
            for element in elements { write(element) }
            endArray()
        case .object(let members):
            beginObject()
            let ordered =
                options.contains(.sortedKeys)
                ? members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } : members
            for member in ordered {
                writeKey(member.key)
                write(member.value)
            }
            endObject()
        }
    }
}
