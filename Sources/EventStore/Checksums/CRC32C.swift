/// CRC-32C (Castagnoli, polynomial 0x1EDC6F41, reflected 0x82F63B78), as used by iSCSI,
/// ext4 and most log-structured stores to tell a whole record from a torn one.
///
/// Computed with slicing-by-8: eight 256-entry tables let the loop consume eight bytes per
/// step, which is several times faster than the byte-at-a-time form and needs no
/// processor-specific instructions (the toolchain gives Swift no access to SSE4.2's `crc32`).
/// That loop is bound by the latency of its one dependency chain, so buffers of 4 KiB and more
/// are cut in four lanes computed together (four independent chains) and the lanes' checksums
/// combined with GF(2) arithmetic (zlib's `crc32_combine`), about twice as fast.
///
/// ```swift
/// let crc = CRC32C.checksum(Array("123456789".utf8)) // 0xE306_9283
/// ```
public enum CRC32C {
    /// The checksum of `bytes`, continuing from `crc` (the checksum of the bytes before them).
    @inlinable
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        if bytes.count >= laneThreshold { return checksumInLanes(bytes, continuing: crc) }
        if bytes.count >= braidThreshold { return braided(~crc, bytes) ^ 0xFFFF_FFFF }
        return update(~crc, bytes) ^ 0xFFFF_FFFF
    }

    /// The checksum of the bytes of a collection that stores them contiguously.
    @inlinable
    public static func checksum(_ bytes: some Sequence<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ checksum(UnsafeRawBufferPointer($0), continuing: crc) }
        ) {
            return result
        }
        return Array(bytes).withUnsafeBytes { checksum($0, continuing: crc) }
    }

    @usableFromInline
    static func update(_ initial: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = initial
        guard var pointer = bytes.baseAddress else { return crc }
        var remaining = bytes.count
        tables.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            while remaining >= 8 {
                let word = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self)) ^ UInt64(crc)
                crc =
                    t[7 &* 256 &+ Int(word & 0xFF)]
                    ^ t[6 &* 256 &+ Int((word &>> 8) & 0xFF)]
                    ^ t[5 &* 256 &+ Int((word &>> 16) & 0xFF)]
                    ^ t[4 &* 256 &+ Int((word &>> 24) & 0xFF)]
                    ^ t[3 &* 256 &+ Int((word &>> 32) & 0xFF)]
                    ^ t[2 &* 256 &+ Int((word &>> 40) & 0xFF)]
                    ^ t[1 &* 256 &+ Int((word &>> 48) & 0xFF)]
                    ^ t[Int(word &>> 56)]
                pointer += 8
                remaining &-= 8
            }
            if remaining >= 4 {
                // Slicing-by-4 for half a word: a record's tail has 0 to 7 bytes, each a step
                // of the byte loop's dependency chain otherwise.
                let word = UInt32(littleEndian: pointer.loadUnaligned(as: UInt32.self)) ^ crc
                crc =
                    t[3 &* 256 &+ Int(word & 0xFF)] ^ t[2 &* 256 &+ Int((word &>> 8) & 0xFF)]
                    ^ t[256 &+ Int((word &>> 16) & 0xFF)] ^ t[Int(word &>> 24)]
                pointer += 4
                remaining &-= 4
            }
            while remaining > 0 {
                crc = t[Int((crc ^ UInt32(pointer.load(as: UInt8.self))) & 0xFF)] ^ (crc &>> 8)
                pointer += 1
                remaining &-= 1
            }
        }
        return crc
    }

    /// Table `k` (entries `k*256 ..< (k+1)*256`) gives the CRC of a byte followed by `k` zero
    /// bytes: tables 0 to 7 for slicing-by-8, 16 to 23 for the braids (``braided(_:_:)``).
    static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 24 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1
            }
            tables[byte] = crc
        }
        for byte in 0..<256 {
            var crc = tables[byte]
            for slice in 1..<24 {
                crc = tables[Int(crc & 0xFF)] ^ (crc >> 8)
                tables[slice * 256 + byte] = crc
            }
        }
        return tables
    }()

    /// Buffers this large are checked in four interleaved lanes.
    @usableFromInline
    static let laneThreshold = 4096

    /// Four lanes of equal length (a multiple of 8) computed in one loop, combined, then the rest.
    @usableFromInline
    static func checksumInLanes(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32) -> UInt32 {
        let base = bytes.baseAddress!
        let lane = bytes.count / 32 * 8
        var crc0 = ~crc
        var crc1: UInt32 = 0xFFFF_FFFF
        var crc2: UInt32 = 0xFFFF_FFFF
        var crc3: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            @inline(__always)
            func step(_ crc: UInt32, _ pointer: UnsafeRawPointer) -> UInt32 {
                let word = UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self)) ^ UInt64(crc)
                return t[7 &* 256 &+ Int(word & 0xFF)] ^ t[6 &* 256 &+ Int((word &>> 8) & 0xFF)]
                    ^ t[5 &* 256 &+ Int((word &>> 16) & 0xFF)] ^ t[4 &* 256 &+ Int((word &>> 24) & 0xFF)]
                    ^ t[3 &* 256 &+ Int((word &>> 32) & 0xFF)] ^ t[2 &* 256 &+ Int((word &>> 40) & 0xFF)]
                    ^ t[1 &* 256 &+ Int((word &>> 48) & 0xFF)] ^ t[Int(word &>> 56)]
            }
            var offset = 0
            while offset < lane {
                crc0 = step(crc0, base + offset)
                crc1 = step(crc1, base + (lane &+ offset))
                crc2 = step(crc2, base + (2 &* lane &+ offset))
                crc3 = step(crc3, base + (3 &* lane &+ offset))
                offset &+= 8
            }
        }
        let shift = powerOfX(bits: 8 * lane)
        var combined = ~crc0
        combined = multiply(shift, combined) ^ ~crc1
        combined = multiply(shift, combined) ^ ~crc2
        combined = multiply(shift, combined) ^ ~crc3
        return update(~combined, UnsafeRawBufferPointer(rebasing: bytes[(4 * lane)...])) ^ 0xFFFF_FFFF
    }

    /// `a × b` modulo the CRC polynomial, in the reflected bit order (zlib's `multmodp`).
    @usableFromInline
    static func multiply(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var a = a
        var b = b
        var product: UInt32 = 0
        var mask: UInt32 = 1 << 31
        while a != 0 {
            if a & mask != 0 {
                product ^= b
                a ^= mask
            }
            mask >>= 1
            b = b & 1 != 0 ? (b >> 1) ^ 0x82F6_3B78 : b >> 1
        }
        return product
    }

    /// x^bits modulo the CRC polynomial: multiplying a checksum by it appends `bits` zero bits.
    @usableFromInline
    static func powerOfX(bits: Int) -> UInt32 {
        var result: UInt32 = 1 << 31
        var remaining = bits
        var square = 0
        while remaining > 0 {
            if remaining & 1 != 0 { result = multiply(powersOfTwo[square & 31], result) }
            remaining >>= 1
            square += 1
        }
        return result
    }

    /// x^(2^k) modulo the polynomial, for k = 0…31.
    static let powersOfTwo: [UInt32] = {
        var powers: [UInt32] = [1 << 30]
        for _ in 1..<32 { powers.append(multiply(powers[powers.count - 1], powers[powers.count - 1])) }
        return powers
    }()
}
