/// A hash table from byte strings (stream names) to dense indexes 0, 1, 2…, looked up with
/// the record's bytes in place: a replay folds millions of events a second and cannot afford a
/// `String` per event.
struct ByteKeyTable {
    /// Per slot: the entry's index + 1, or 0 when empty. Power-of-two size, at most half full.
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    /// The keys' bytes back to back, and where each starts (plus one final end).
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        slotHashes = Array(repeating: 0, count: size)
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
        let hash = Self.hash(key)
        let (slot, found) = probe(key, hash: hash)
        return found ? Int(slots[slot]) - 1 : nil
    }

    /// The index of `key`, adding it if it is new.
    @inline(__always)
    mutating func insert(_ key: UnsafeRawBufferPointer) -> Int {
        let hash = Self.hash(key)
        let (slot, found) = probe(key, hash: hash)
        if found { return Int(slots[slot]) - 1 }
        let index = count
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        slots[slot] = Int32(index + 1)
        slotHashes[slot] = hash
        if count * 2 > slots.count { grow() }
        return index
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: UnsafeRawBufferPointer, hash: UInt64) -> (slot: Int, found: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (slot, false) }
            if slotHashes[slot] == hash, equals(entry - 1, key) { return (slot, true) }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ index: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let start = keyStarts[index]
        guard keyStarts[index + 1] - start == key.count else { return false }
        return keyBytes.withUnsafeBytes { stored in
            key.count == 0 || memcmpBytes(stored.baseAddress! + start, key.baseAddress!, key.count)
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: 0, count: size)
        var newHashes = [UInt64](repeating: 0, count: size)
        for slot in slots.indices where slots[slot] != 0 {
            var target = Int(truncatingIfNeeded: slotHashes[slot]) & (size - 1)
            while newSlots[target] != 0 { target = (target + 1) & (size - 1) }
            newSlots[target] = slots[slot]
            newHashes[target] = slotHashes[slot]
        }
        slots = newSlots
        slotHashes = newHashes
    }

    /// A fast 64-bit hash of a short byte string: eight bytes at a time, then a final mix.
    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return hash }
        var offset = 0
        while offset + 8 <= key.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        if offset < key.count {
            var last: UInt64 = 0
            for index in offset..<key.count {
                last |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (8 * UInt64(index - offset))
            }
            hash = (hash ^ last) &* 0xC4CE_B9FE_1A85_EC53
        }
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
