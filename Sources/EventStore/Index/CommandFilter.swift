/// A blocked Bloom filter of a checkpoint run's command keys: most commands are new, and the
/// filter answers "not in this run" with one cache line instead of a search of the run's
/// command table (FORMAT.md, "Index checkpoint").
///
/// Each key sets 7 bits in one 64-byte block: the block is `(key × K) >> 32`, the bits are
/// the seven 9-bit slices of `key × 0x9E3779B97F4A7C15` (64-bit product). About 10 bits per key
/// (K = ⌈C × 10 / 512⌉), which gives about 1 % false positives.
enum CommandFilter {
    static let blockLength = 64
    static let bitsPerKey = 10
    static let probes = 7

    static func blockCount(forCommands count: Int) -> Int {
        count == 0 ? 0 : (count * bitsPerKey + 511) / 512
    }

    @inline(__always)
    static func block(of key: UInt32, blocks: Int) -> Int {
        Int((UInt64(key) &* UInt64(blocks)) >> 32)
    }

    @inline(__always)
    static func bits(of key: UInt32) -> UInt64 {
        UInt64(key) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Sets `key`'s bits in the filter at `base`.
    static func insert(_ key: UInt32, blocks: Int, at base: UnsafeMutableRawPointer) {
        let block = base + blockLength * self.block(of: key, blocks: blocks)
        let mixed = bits(of: key)
        for probe in 0..<probes {
            let bit = Int((mixed >> UInt64(9 * probe)) & 511)
            let word = block + 8 * (bit >> 6)
            word.storeLittleEndian(
                UnsafeRawPointer(word).loadLittleEndian(UInt64.self, at: 0) | 1 << UInt64(bit & 63), at: 0)
        }
    }

    /// Whether `key` may be in the filter at `base` (false: it certainly is not).
    @inline(__always)
    static func mayContain(_ key: UInt32, blocks: Int, at base: UnsafeRawPointer) -> Bool {
        guard blocks > 0 else { return false }
        let block = base + blockLength * self.block(of: key, blocks: blocks)
        let mixed = bits(of: key)
        for probe in 0..<probes {
            let bit = Int((mixed >> UInt64(9 * probe)) & 511)
            let word = block.loadLittleEndian(UInt64.self, at: 8 * (bit >> 6))
            if word & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        return true
    }
}
