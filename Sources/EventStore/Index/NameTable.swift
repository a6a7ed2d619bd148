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

    /// Where each entry is (``HashSlots``).
    private var slots = HashSlots()
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

    /// The entry number of `name`, if present.
    @inline(__always)
    func find(_ name: HashedName) -> Int? {
        guard !slots.isEmpty else { return nil }
        let probe = slots.probe(name.hash) { entries[$0].hash == name.hash && entries[$0].name == name.text }
        if case .found(let entry) = probe { return entry }
        return nil
    }

    subscript(_ name: HashedName) -> Value? {
        find(name).map { entries[$0].value }
    }

    /// Adds `name` (which must be absent) and returns its entry number.
    @discardableResult
    mutating func insert(_ name: HashedName, _ value: Value) -> Int {
        if slots.areFull(with: entries.count) { grow() }
        return append(name, value, at: slots.vacantSlot(for: name.hash))
    }

    /// The entry number of `name`, inserted with `value` if it was absent: one probe sequence
    /// where a lookup then an insertion would make two (a batch append does this for each
    /// command's stream and id).
    mutating func findOrInsert(_ name: HashedName, _ value: Value) -> (entry: Int, inserted: Bool) {
        if slots.areFull(with: entries.count) { grow() }
        switch slots.probe(name.hash, matches: { entries[$0].hash == name.hash && entries[$0].name == name.text }) {
        case .found(let entry): return (entry, false)
        case .vacant(let slot): return (append(name, value, at: slot), true)
        }
    }

    @inline(__always)
    private mutating func append(_ name: HashedName, _ value: Value, at slot: Int) -> Int {
        let entry = entries.count
        entries.append(Entry(name: name.text, hash: name.hash, value: value))
        slots.fill(slot, hash: name.hash, entry: entry)
        return entry
    }

    /// Makes room for `count` names without growing.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        slots.reserve(count, entries: entries.count) { entries[$0].hash }
    }

    mutating func removeAll() {
        slots.removeAll()
        entries = []
    }

    private mutating func grow() { slots.grow(entries: entries.count) { entries[$0].hash } }
}

/// A table of sendable values is a value of arrays: a copy can go to another thread (a frozen
/// index delta's to the thread that writes its run).
extension NameTable: Sendable where Value: Sendable {}
extension NameTable.Entry: Sendable where Value: Sendable {}
