/// A batch plan's hash table from a name in its requests (each request's stream, or command id)
/// to a value: a ``NameTable`` whose entries keep the number of a request holding the name
/// instead of a copy of it. The plan builds two per batch and drops them at its end; copying
/// each name in (a retain) and destroying a thousand entries with a string each (a release)
/// was a tenth of the plan's instructions.
///
/// Its slots are ``NameTable``'s (``HashSlots``).
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
    /// Where each entry is (``HashSlots``, as in ``NameTable``).
    private var slots = HashSlots()
    private var entries: [Entry] = []

    /// A table with room for `count` names without growing (none allocated for 0).
    init(_ field: Field, capacity count: Int) {
        self.field = field
        guard count > 0 else { return }
        slots.reserve(count, entries: 0) { _ in 0 }
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
        let probe = slots.probe(name.hash) { isEntry($0, of: name, in: requests) }
        if case .found(let entry) = probe { return entry }
        return nil
    }

    /// The entry number of `name` (request `request`'s), inserted with `value` if it was absent.
    mutating func findOrInsert(
        _ name: HashedName, request: Int, _ value: Value, in requests: UnsafeBufferPointer<AppendRequest>
    ) -> (entry: Int, inserted: Bool) {
        if slots.areFull(with: entries.count) { slots.grow(entries: entries.count) { entries[$0].hash } }
        switch slots.probe(name.hash, matches: { isEntry($0, of: name, in: requests) }) {
        case .found(let entry):
            return (entry, false)
        case .vacant(let slot):
            let entry = entries.count
            entries.append(Entry(hash: name.hash, request: request, value: value))
            slots.fill(slot, hash: name.hash, entry: entry)
            return (entry, true)
        }
    }

    /// Whether entry `entry` is `name`'s.
    @inline(__always)
    private func isEntry(_ entry: Int, of name: HashedName, in requests: UnsafeBufferPointer<AppendRequest>) -> Bool {
        entries[entry].hash == name.hash && self.name(entries[entry].request, in: requests) == name.text
    }
}
