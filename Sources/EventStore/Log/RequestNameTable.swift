/// A batch plan's hash table from a name in its requests (each request's stream, or command id)
/// to a value: a ``NameTable`` whose entries keep the number of a request holding the name
/// instead of a copy of it. The plan builds two per batch and drops them at its end; copying
/// each name in (a retain) and destroying a thousand entries with a string each (a release)
/// was a tenth of the plan's instructions.
///
/// Same layout as ``NameTable``: slots of hash tag and entry number, linear probing.
struct RequestNameTable<Value> {
    /// Which name of a request the table is keyed by.
    enum Field {
        case stream
        case commandID
    }

    struct Entry {
        var hash: UInt64
        var request: Int
        var value: Value
    }

    let field: Field
    /// For each slot, `(hash >> 32) << 32 | (entry number + 1)`, 0 when empty; a power of two.
    private var slots: [UInt64]
    private var entries: [Entry] = []

    /// A table with room for `count` names without growing (none allocated for 0).
    init(_ field: Field, capacity count: Int) {
        self.field = field
        guard count > 0 else {
            slots = []
            return
        }
        var size = 16
        while size < 2 * count { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        entries.reserveCapacity(count)
    }

    /// The value of an entry (by the number ``find(_:in:)`` or ``findOrInsert(_:request:_:in:)`` gave).
    subscript(entry entry: Int) -> Value {
        get { entries[entry].value }
        _modify { yield &entries[entry].value }
    }

    /// The request an entry was inserted for.
    func request(at entry: Int) -> Int { entries[entry].request }

    @inline(__always)
    private func name(_ request: Int, in requests: UnsafeBufferPointer<AppendRequest>) -> String {
        switch field {
        case .stream: requests[request].stream
        case .commandID: requests[request].metadata.commandID
        }
    }

    /// The entry number of `name`, if present.
    func find(_ name: HashedName, in requests: UnsafeBufferPointer<AppendRequest>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let tag = name.hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: name.hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { return nil }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if entries[index].hash == name.hash, self.name(entries[index].request, in: requests) == name.text {
                    return index
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The entry number of `name` (request `request`'s), inserted with `value` if it was absent.
    mutating func findOrInsert(
        _ name: HashedName, request: Int, _ value: Value, in requests: UnsafeBufferPointer<AppendRequest>
    ) -> (entry: Int, inserted: Bool) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        let tag = name.hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: name.hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 {
                let index = entries.count
                entries.append(Entry(hash: name.hash, request: request, value: value))
                slots[slot] = tag | UInt64(index + 1)
                return (index, true)
            }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if entries[index].hash == name.hash, self.name(entries[index].request, in: requests) == name.text {
                    return (index, false)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: max(16, slots.count * 2))
        let mask = slots.count - 1
        for index in entries.indices {
            var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (entries[index].hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
        }
    }
}
