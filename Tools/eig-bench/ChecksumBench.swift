import EventStore

/// `checksums`: the cost of the two per-record computations the store cannot avoid, on
/// record-sized buffers: CRC32C (checked on every read) and SHA-256 (the chain hash of every
/// append). It shows the floor under the append and replay figures: at about 10 cycles a
/// byte in scalar code, SHA-256 of a 250-byte record costs about a microsecond.
enum ChecksumBench {
    static func run(_ flags: inout BenchFlags) throws {
        let size = try flags.integer("bytes", default: 250, in: 1...(1 << 26))
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        try flags.checkAllRead()
        var generator = SystemRandomNumberGenerator()
        // Many buffers back to back, so the loop is not timing one cached buffer.
        let count = max(1, (16 << 20) / size)
        let bytes = (0..<(size * count)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        BenchResult.repeating(repeats) {
            var crc: UInt32 = 0
            var sha: UInt32 = 0
            let crcSeconds = bytes.withUnsafeBytes { buffer in
                BenchOutput.seconds {
                    for index in 0..<count {
                        crc ^= CRC32C.checksum(
                            UnsafeRawBufferPointer(rebasing: buffer[(index * size)..<((index + 1) * size)]))
                    }
                }
            }
            let shaCount = max(1, count / 8)
            let shaSeconds = bytes.withUnsafeBytes { buffer in
                BenchOutput.seconds {
                    for index in 0..<shaCount {
                        var hasher = SHA256()
                        hasher.update(UnsafeRawBufferPointer(rebasing: buffer[(index * size)..<((index + 1) * size)]))
                        sha ^= UInt32(truncatingIfNeeded: hasher.finalize().hashValue)
                    }
                }
            }
            var result = BenchResult(phase: "checksums", seconds: crcSeconds + shaSeconds)
            result.add("bytes", .integer(size))
            result.add("crc32c_ns", .number((crcSeconds / Double(count) * 1e10).rounded() / 10))
            result.add("crc32c_gb_per_s", .number((Double(size * count) / crcSeconds / 1e7).rounded() / 100))
            result.add("sha256_ns", .number((shaSeconds / Double(shaCount) * 1e10).rounded() / 10))
            result.add("sha256_mb_per_s", .number((Double(size * shaCount) / shaSeconds / 1e6).rounded()))
            result.add("check", .integer(Int(crc ^ sha)))
            return result
        }
    }
}
