/// A hash table from names to values, hashed with ``StableHash`` (computed once per name by
/// the caller) instead of Swift's seeded SipHash: the index looks up and inserts a stream name
/// and a command id for every event, and this is where a batch append spent its time.
///
/// Open addressing with linear probing; entries kept in insertion order in parallel arrays.
struct NameTable<Value> {
    /// Entry number + 1 for each slot, 0 when empty; the slot count is a power of two.
    private var slots: [UInt32] = []
    private(set) var names: [String] = []
    private(set) var hashes: [UInt64] = []
    var values: [Value] = []

    init() {}

    var count: Int { names.count }
    var isEmpty: Bool { names.isEmpty }

    /// The entry number of `name`, if present.
    @inline(__always)
    func find(_ name: HashedName) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: name.hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let index = Int(entry) - 1
            if hashes[index] == name.hash, names[index] == name.text { return index }
            slot = (slot + 1) & mask
        }
    }

    subscript(_ name: HashedName) -> Value? {
        find(name).map { values[$0] }
    }

    /// Adds `name` (which must be absent) and returns its entry number.
    @discardableResult
    mutating func insert(_ name: HashedName, _ value: Value) -> Int {
        if (names.count + 1) * 2 > slots.count { grow() }
        let index = names.count
        names.append(name.text)
        hashes.append(name.hash)
        values.append(value)
        place(index, hash: name.hash)
        return index
    }

    mutating func removeAll() {
        slots = []
        names = []
        hashes = []
        values = []
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(index + 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: max(16, slots.count * 2))
        for index in hashes.indices { place(index, hash: hashes[index]) }
    }
}
