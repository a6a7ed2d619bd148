/// A hash table from names to values, hashed with ``StableHash`` (computed once per name by
/// the caller) instead of Swift's seeded SipHash: the index looks up and inserts a stream name
/// and a command id for every event, and this is where a batch append spent its time.
///
/// Open addressing with linear probing over slots that hold the entry number *and* the high
/// half of its hash, so that a probe past another name, or a miss, reads no entry; each entry
/// keeps its name, hash and value together (one cache line), in insertion order. A lookup in a
/// table of 100,000 streams thus costs one cache miss for a new name and two for a known one,
/// where parallel arrays cost three or four.
struct NameTable<Value> {
    struct Entry {
        var name: String
        var hash: UInt64
        var value: Value
    }

    /// For each slot, `(hash >> 32) << 32 | (entry number + 1)`, 0 when empty; the slot count
    /// is a power of two.
    private var slots: [UInt64] = []
    private(set) var entries: [Entry] = []

    init() {}

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    func name(at entry: Int) -> String { entries[entry].name }
    func hash(at entry: Int) -> UInt64 { entries[entry].hash }

    /// The value of an entry (by the number ``find(_:)`` or ``insert(_:_:)`` gave).
    subscript(entry entry: Int) -> Value {
        get { entries[entry].value }
        _modify { yield &entries[entry].value }
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    /// The entry number of `name`, if present.
    @inline(__always)
    func find(_ name: HashedName) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let tag = Self.tag(name.hash)
        var slot = Int(truncatingIfNeeded: name.hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { return nil }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if entries[index].hash == name.hash, entries[index].name == name.text { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    subscript(_ name: HashedName) -> Value? {
        find(name).map { entries[$0].value }
    }

    /// Adds `name` (which must be absent) and returns its entry number.
    @discardableResult
    mutating func insert(_ name: HashedName, _ value: Value) -> Int {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let index = entries.count
        entries.append(Entry(name: name.text, hash: name.hash, value: value))
        place(index, hash: name.hash)
        return index
    }

    /// The entry number of `name`, inserted with `value` if it was absent: one probe sequence
    /// where a lookup then an insertion would make two (a batch append does this for each
    /// command's stream and id).
    mutating func findOrInsert(_ name: HashedName, _ value: Value) -> (entry: Int, inserted: Bool) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        let tag = Self.tag(name.hash)
        var slot = Int(truncatingIfNeeded: name.hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 {
                let index = entries.count
                entries.append(Entry(name: name.text, hash: name.hash, value: value))
                slots[slot] = tag | UInt64(index + 1)
                return (index, true)
            }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let index = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if entries[index].hash == name.hash, entries[index].name == name.text { return (index, false) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Makes room for `count` names without growing.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        var size = max(16, slots.count)
        while size < 2 * count { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    mutating func removeAll() {
        slots = []
        entries = []
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(hash) | UInt64(index + 1)
    }

    private mutating func grow() { rehash(max(16, slots.count * 2)) }

    private mutating func rehash(_ size: Int) {
        slots = [UInt64](repeating: 0, count: size)
        for index in entries.indices { place(index, hash: entries[index].hash) }
    }
}

/// A table of sendable values is a value of arrays: a copy can go to another thread (a frozen
/// index delta's to the thread that writes its run).
extension NameTable: Sendable where Value: Sendable {}
extension NameTable.Entry: Sendable where Value: Sendable {}
