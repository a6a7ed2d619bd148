/// The hash the index uses for stream names and command ids, in memory and in checkpoint runs
/// (so it is fixed by the format, FORMAT.md, unlike Swift's per-process seeded `Hasher`).
///
/// Word at a time, for speed on the append path: start from `0x9E3779B97F4A7C15 ⊕ (length ×
/// 0xFF51AFD7ED558CCD)`; for each 8-byte little-endian word of the UTF-8 bytes (the last one
/// padded with zeros) `h = (h ⊕ word) × 0xBF58476D1CE4E5B9; h ⊕= h >> 31`; finally MurmurHash3's
/// 64-bit finalizer.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(count) &* 0xFF51_AFD7_ED55_8CCD)
        guard let base = bytes.baseAddress else { return finalize(hash) }
        var index = 0
        while index + 8 <= count {
            hash = mix(hash, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        if index < count, count >= 8 {
            // The last word overlaps the one before it: shifted right, its new bytes are the
            // padded tail word (one load instead of a loop over up to seven bytes).
            let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            hash = mix(hash, last >> UInt64(8 * (8 - (count - index))))
        } else if index < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << shift
                shift += 8
                index += 1
            }
            hash = mix(hash, word)
        }
        return finalize(hash)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ (mixed >> 31)
    }

    @inline(__always)
    private static func finalize(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    /// The 32-bit key of a command id in checkpoint runs: the high half of its hash.
    static func commandKey(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32)
    }
}

/// A name (stream or command id) with its ``StableHash``, computed once and used for every
/// table the name is looked up in.
struct HashedName {
    let text: String
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        self.hash = StableHash.of(text)
    }

    init(text: String, hash: UInt64) {
        self.text = text
        self.hash = hash
    }

    init(bytes: UnsafeRawBufferPointer) {
        self.text = String(decoding: bytes, as: UTF8.self)
        self.hash = StableHash.of(bytes)
    }

    var commandKey: UInt32 { StableHash.commandKey(hash) }
}
