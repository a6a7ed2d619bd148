/// A hash table from byte strings (stream names) to dense indexes 0, 1, 2…, looked up with
/// the record's bytes in place: a replay folds millions of events a second and cannot afford a
/// `String` per event.
///
/// Keys of up to 16 bytes (every stream name of the workload) live in the slot itself, so a
/// lookup in a table far larger than the caches costs one cache miss, not one per array
/// (slots, hashes, key offsets, key bytes). Longer keys keep their bytes in an arena.
struct ByteKeyTable {
    /// 24 bytes: the key inline (zero-padded) or, when longer than 16 bytes, its hash and
    /// arena offset; `length` is the key's length + 1 (0 marks an empty slot).
    private struct Slot {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var length: UInt32 = 0
        var index: UInt32 = 0
    }

    /// Power-of-two size, at most half full.
    private var slots: [Slot]
    /// The keys' bytes back to back (all of them, for ``key(_:)``), and where each starts.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
    }

    /// How many keys the table holds.
    var count: Int { keyStarts.count - 1 }

    /// The key of entry `index`.
    func key(_ index: Int) -> String {
        String(decoding: keyBytes[keyStarts[index]..<keyStarts[index + 1]], as: UTF8.self)
    }

    /// The index of `key`, or `nil` if it is not in the table.
    @inline(__always)
    func find(_ key: UnsafeRawBufferPointer) -> Int? {
        let probe = Probe(key)
        let (slot, found) = locate(probe, key)
        return found ? Int(slots[slot].index) : nil
    }

    /// The index of `key`, adding it if it is new.
    @inline(__always)
    mutating func insert(_ key: UnsafeRawBufferPointer) -> Int {
        insert(Probe(key), key)
    }

    /// The index of the short key `probe` holds, or `nil` if it is not in the table.
    @inline(__always)
    func find(_ probe: Probe) -> Int? {
        precondition(probe.isShort, "a probe of a long key needs its bytes")
        let (slot, found) = locate(probe, UnsafeRawBufferPointer(start: nil, count: 0))
        return found ? Int(slots[slot].index) : nil
    }

    /// The index of the short key `probe` holds, adding it if it is new.
    @inline(__always)
    mutating func insert(_ probe: Probe) -> Int {
        precondition(probe.isShort, "a probe of a long key needs its bytes")
        return withUnsafeBytes(of: (probe.first, probe.second)) { words in
            insert(probe, UnsafeRawBufferPointer(rebasing: words[..<(Int(probe.length) - 1)]))
        }
    }

    /// Reads the slot where the search for `probe` starts and returns a byte of it: reading
    /// the slots of several keys one after the other lets their cache misses overlap, so that
    /// looking the keys up afterwards finds their slots in the cache. Callers fold the result
    /// into a value they keep, so that the reads are not optimized away.
    @inline(__always)
    func touch(_ probe: Probe) -> UInt32 {
        slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: probe.hash) & ($0.count - 1)].length }
    }

    @inline(__always)
    private mutating func insert(_ probe: Probe, _ key: UnsafeRawBufferPointer) -> Int {
        let (slot, found) = locate(probe, key)
        if found { return Int(slots[slot].index) }
        let index = count
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        slots[slot] = Slot(first: probe.first, second: probe.second, length: probe.length, index: UInt32(index))
        if count * 2 > slots.count { grow() }
        return index
    }

    /// What a slot holding the key would contain, and where its search starts: for a key of up
    /// to 16 bytes, the key itself, which can be kept after its bytes are gone.
    struct Probe {
        var first: UInt64
        var second: UInt64
        var length: UInt32
        var hash: UInt64

        /// Whether the key fits in the probe (16 bytes or fewer).
        var isShort: Bool { length <= 17 }

        @inline(__always)
        init(_ key: UnsafeRawBufferPointer) {
            length = UInt32(key.count + 1)
            if key.count <= 16 {
                (first, second) = ByteKeyTable.words(key)
                hash = ByteKeyTable.mix(first, second, key.count)
            } else {
                hash = ByteKeyTable.hash(key)
                first = hash
                second = 0
            }
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func locate(_ probe: Probe, _ key: UnsafeRawBufferPointer) -> (slot: Int, found: Bool) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: probe.hash) & mask
            while true {
                let candidate = slots[slot]
                if candidate.length == 0 { return (slot, false) }
                if candidate.length == probe.length, candidate.first == probe.first, candidate.second == probe.second,
                    probe.length <= 17 || equalsStored(Int(candidate.index), key)
                {
                    return (slot, true)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private func equalsStored(_ index: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = keyStarts[index]
        guard keyStarts[index + 1] - start == key.count else { return false }
        return keyBytes.withUnsafeBytes { memcmpBytes($0.baseAddress! + start, key.baseAddress!, key.count) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [Slot](repeating: Slot(), count: size)
        for slot in slots where slot.length != 0 {
            let hash = slot.length <= 17 ? Self.mix(slot.first, slot.second, Int(slot.length) - 1) : slot.first
            var target = Int(truncatingIfNeeded: hash) & (size - 1)
            while grown[target].length != 0 { target = (target + 1) & (size - 1) }
            grown[target] = slot
        }
        slots = grown
    }

    /// The first 16 bytes of a short key as two words, zero-padded.
    @inline(__always)
    private static func words(_ key: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        guard let base = key.baseAddress else { return (0, 0) }
        let count = key.count
        if count >= 8 {
            // Two overlapping loads cover 8 to 16 bytes; shift out the overlap so the words
            // are the key's bytes and zeros.
            let first = base.loadUnaligned(as: UInt64.self)
            let last = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            let overlap = UInt64(16 - count) * 8
            return (first, count == 16 ? last : (overlap == 64 ? 0 : last >> overlap))
        }
        var first: UInt64 = 0
        for index in 0..<count {
            first |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * UInt64(index))
        }
        return (first, 0)
    }

    @inline(__always)
    private static func mix(_ first: UInt64, _ second: UInt64, _ count: Int) -> UInt64 {
        var hash = (first ^ 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
        hash ^= (second &+ UInt64(count)) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 32
        return hash &* 0x9E37_79B9_7F4A_7C15
    }

    /// A 64-bit hash of a longer key: eight bytes at a time, then a final mix.
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        let base = key.baseAddress!
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var last: UInt64 = 0
        for index in offset..<key.count {
            last |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * UInt64(index - offset))
        }
        hash = (hash ^ last) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 32
        return hash &* 0x9E37_79B9_7F4A_7C15
    }
}

/// Byte equality of two buffers.
@inline(__always)
func memcmpBytes(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, _ count: Int) -> Bool {
    var offset = 0
    while offset + 8 <= count {
        if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
            return false
        }
        offset += 8
    }
    while offset < count {
        if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) {
            return false
        }
        offset += 1
    }
    return true
}
