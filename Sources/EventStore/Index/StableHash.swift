/// The hashes the index checkpoint stores: FNV-1a 64 of the UTF-8 bytes, then MurmurHash3's
/// 64-bit finalizer to spread the bits. Fixed forever by the format (FORMAT.md), unlike
/// Swift's per-process seeded `Hasher`.
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    /// The 32-bit key of a command id in checkpoint runs: the high half of its hash.
    static func commandKey(_ commandID: String) -> UInt32 {
        UInt32(truncatingIfNeeded: of(commandID) >> 32)
    }

    static func commandKey(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        UInt32(truncatingIfNeeded: of(bytes) >> 32)
    }
}
