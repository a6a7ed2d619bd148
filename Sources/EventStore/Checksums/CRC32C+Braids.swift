extension CRC32C {
    /// Buffers from this size on (a record is typically 100 to 400 bytes) are checked in three
    /// braids; below it slicing-by-16 is as fast.
    @usableFromInline
    static let braidThreshold = 48

    /// The CRC of a record-sized buffer in three interleaved braids (zlib's "braided" CRC).
    ///
    /// The plain loop is bound by the latency of its one dependency chain (eight table loads,
    /// their XOR, then the next word). Here words 0, 3, 6… feed one running CRC, words 1, 4, 7…
    /// a second and 2, 5, 8… a third, so three chains run in parallel; each step also moves its
    /// CRC past the two words the other braids take (tables 16 to 23: a byte followed by that
    /// many zero bytes). The last round is fed serially, each braid's CRC XORed in where its
    /// words end, which gives exactly the serial CRC.
    @usableFromInline
    static func braided(_ initial: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let base = bytes.baseAddress!
        let rounds = bytes.count / 24
        var crc0 = UInt64(initial)
        var crc1: UInt64 = 0
        var crc2: UInt64 = 0
        var crc: UInt32 = 0
        tables.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            /// The CRC of the 8 bytes of `word` followed by `zeros` zero bytes (`zeros` 0 or 16).
            @inline(__always)
            func step(_ word: UInt64, zeros: Int) -> UInt64 {
                let t = t + zeros &* 256
                return UInt64(
                    t[7 &* 256 &+ Int(word & 0xFF)] ^ t[6 &* 256 &+ Int((word &>> 8) & 0xFF)]
                        ^ t[5 &* 256 &+ Int((word &>> 16) & 0xFF)] ^ t[4 &* 256 &+ Int((word &>> 24) & 0xFF)]
                        ^ t[3 &* 256 &+ Int((word &>> 32) & 0xFF)] ^ t[2 &* 256 &+ Int((word &>> 40) & 0xFF)]
                        ^ t[1 &* 256 &+ Int((word &>> 48) & 0xFF)] ^ t[Int(word &>> 56)])
            }
            @inline(__always)
            func word(_ index: Int) -> UInt64 {
                UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index &* 8, as: UInt64.self))
            }
            var index = 0
            for _ in 1..<rounds {
                crc0 = step(crc0 ^ word(index), zeros: 16)
                crc1 = step(crc1 ^ word(index &+ 1), zeros: 16)
                crc2 = step(crc2 ^ word(index &+ 2), zeros: 16)
                index &+= 3
            }
            var serial = step(crc0 ^ word(index), zeros: 0)
            serial = step(serial ^ crc1 ^ word(index &+ 1), zeros: 0)
            serial = step(serial ^ crc2 ^ word(index &+ 2), zeros: 0)
            crc = UInt32(truncatingIfNeeded: serial)
        }
        return update(crc, UnsafeRawBufferPointer(rebasing: bytes[(rounds * 24)...]))
    }
}
