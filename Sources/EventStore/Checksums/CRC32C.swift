/// CRC-32C (Castagnoli, polynomial 0x1EDC6F41, reflected 0x82F63B78), as used by iSCSI,
/// ext4 and most log-structured stores to tell a whole record from a torn one.
///
/// Computed with slicing-by-8: eight 256-entry tables let the loop consume eight bytes per
/// step, which is several times faster than the byte-at-a-time form and needs no
/// processor-specific instructions (the toolchain gives Swift no access to SSE4.2's `crc32`).
///
/// ```swift
/// let crc = CRC32C.checksum(Array("123456789".utf8)) // 0xE306_9283
/// ```
public enum CRC32C {
    /// The checksum of `bytes`, continuing from `crc` (the checksum of the bytes before them).
    @inlinable
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        update(~crc, bytes) ^ 0xFFFF_FFFF
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
            while remaining > 0 {
                crc = t[Int((crc ^ UInt32(pointer.load(as: UInt8.self))) & 0xFF)] ^ (crc &>> 8)
                pointer += 1
                remaining &-= 1
            }
        }
        return crc
    }

    /// Table `k` (entries `k*256 ..< (k+1)*256`) gives the CRC of a byte followed by `k` zero bytes.
    static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1
            }
            tables[byte] = crc
        }
        for byte in 0..<256 {
            var crc = tables[byte]
            for slice in 1..<8 {
                crc = tables[Int(crc & 0xFF)] ^ (crc >> 8)
                tables[slice * 256 + byte] = crc
            }
        }
        return tables
    }()
}
