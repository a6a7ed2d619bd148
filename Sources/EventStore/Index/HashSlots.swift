/// The slots of ``NameTable`` and ``RequestNameTable``: open addressing with linear probing
/// over slots that hold the high half of an entry's hash and the entry's number + 1 (0 when
/// empty), so that a probe past another name, or a miss, reads no entry. The tables keep their
/// entries (a name, or the request holding it; its hash; a value) in insertion order, and ask
/// the slots only where an entry is, or where a new one goes.
struct HashSlots: Sendable {
    /// The slot count is a power of two (or zero), at least twice the entries.
    private var slots: [UInt64] = []

    /// Where a probe for a hash ended.
    enum Probe {
        /// At this entry, which the caller's test matched.
        case found(Int)
        /// At this empty slot, where an entry with the hash goes.
        case vacant(Int)
    }

    var isEmpty: Bool { slots.isEmpty }

    /// Whether one more entry after `count` would leave the slots more than half full.
    @inline(__always)
    func areFull(with count: Int) -> Bool { (count + 1) * 2 > slots.count }

    /// Makes room for `count` entries without growing: more slots if needed, where entries
    /// 0..<current are placed again.
    mutating func reserve(_ count: Int, entries current: Int, hash: (Int) -> UInt64) {
        var size = max(16, slots.count)
        while size < 2 * count { size *= 2 }
        if size > slots.count { rebuild(size: size, entries: current, hash: hash) }
    }

    /// Follows the probe sequence of `hash` (the slots must not be empty) to the entry for
    /// which `matches` holds, or to the empty slot that ends it.
    @inline(__always)
    func probe(_ hash: UInt64, matches: (Int) -> Bool) -> Probe {
        let mask = slots.count - 1
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { return .vacant(slot) }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if matches(entry) { return .found(entry) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The first empty slot of `hash`'s probe sequence: where an entry known to be absent goes.
    @inline(__always)
    func vacantSlot(for hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// Puts `entry`, of hash `hash`, in an empty slot (``probe(_:matches:)``, ``vacantSlot(for:)``).
    @inline(__always)
    mutating func fill(_ slot: Int, hash: UInt64, entry: Int) {
        slots[slot] = Self.tag(hash) | UInt64(entry + 1)
    }

    /// Makes `size` slots (a power of two) and places entries 0..<count again, each at the
    /// first empty slot of its hash's sequence.
    mutating func rebuild(size: Int, entries count: Int, hash: (Int) -> UInt64) {
        slots = [UInt64](repeating: 0, count: size)
        for entry in 0..<count {
            let entryHash = hash(entry)
            fill(vacantSlot(for: entryHash), hash: entryHash, entry: entry)
        }
    }

    /// The slots of a table twice as large (at least 16), for entries 0..<count.
    mutating func grow(entries count: Int, hash: (Int) -> UInt64) {
        rebuild(size: max(16, slots.count * 2), entries: count, hash: hash)
    }

    mutating func removeAll() { slots = [] }

    /// The high half of a hash, as a slot holds it.
    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }
}
