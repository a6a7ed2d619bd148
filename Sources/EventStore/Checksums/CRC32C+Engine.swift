import CHardwareChecksums

extension CRC32C {
    /// The checksum of `bytes`, continuing from `crc`, on `engine` whatever this process chose:
    /// the tests compare the two engines with it and `eig-bench checksums` times them.
    ///
    /// - Precondition: the engine can run here (``ChecksumEngine/hasCRC32CHardware`` for
    ///   `.hardware`).
    package static func checksum(
        _ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0, engine: ChecksumEngine
    ) -> UInt32 {
        switch engine {
        case .hardware:
            precondition(ChecksumEngine.hasCRC32CHardware, "this CPU has no SSE4.2 crc32")
            return hardware(bytes, continuing: crc)
        case .portable:
            return portable(bytes, continuing: crc)
        }
    }

    /// The checksum with SSE4.2's `crc32` (three interleaved streams from 192 bytes on).
    @inline(__always)
    static func hardware(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32) -> UInt32 {
        eig_crc32c_hw_update(crc, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
    }
}
