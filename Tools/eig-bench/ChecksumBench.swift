import EventStore

/// `checksums`: the cost of the two per-record computations the store cannot avoid, CRC32C
/// (checked on every read) and SHA-256 (the chain hash of every append), on each engine this
/// CPU has side by side: ns per record-sized buffer, and GB/s on 1 MB buffers (index runs,
/// whole segments). It shows the floor under the append and replay figures: at about 10 cycles
/// a byte in portable Swift, SHA-256 of a 250-byte record costs about a microsecond; the SHA
/// extensions take that to about a quarter (250 ns).
enum ChecksumBench {
    static func run(_ flags: inout BenchFlags) throws {
        let size = try flags.integer("bytes", default: 250, in: 1...(1 << 26))
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        try flags.checkAllRead()
        var generator = SystemRandomNumberGenerator()
        // Many buffers back to back, so the loop is not timing one cached buffer.
        let count = max(1, (16 << 20) / size)
        let bytes = (0..<(size * count)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let engines: [(name: String, crc: ChecksumEngine, sha: ChecksumEngine)] = [
            (
                "hw", ChecksumEngine.hasCRC32CHardware ? .hardware : .portable,
                ChecksumEngine.hasSHA256Hardware ? .hardware : .portable
            ),
            ("portable", .portable, .portable),
        ]
        let megabytes = bytes.count >> 20
        BenchResult.repeating(repeats) {
            var check: UInt32 = 0
            var total = 0.0
            var fields: [(String, BenchResult.Value)] = [("bytes", .integer(size))]
            for engine in engines {
                let timing = bytes.withUnsafeBytes { buffer in
                    time(buffer, size: size, count: count, crcEngine: engine.crc, shaEngine: engine.sha, check: &check)
                }
                let megabyte = bytes.withUnsafeBytes { buffer in
                    time(
                        buffer, size: 1 << 20, count: megabytes, crcEngine: engine.crc, shaEngine: engine.sha,
                        check: &check)
                }
                total += timing.crc + timing.sha + megabyte.crc + megabyte.sha
                let name = engine.name
                fields += [
                    ("crc32c_\(name)_engine", .text(engine.crc.rawValue)),
                    ("crc32c_\(name)_ns", .number((timing.crc / Double(count) * 1e10).rounded() / 10)),
                    (
                        "crc32c_\(name)_gb_per_s_1mb",
                        .number((Double(megabytes << 20) / megabyte.crc / 1e7).rounded() / 100)
                    ),
                    ("sha256_\(name)_engine", .text(engine.sha.rawValue)),
                    ("sha256_\(name)_ns", .number((timing.sha / Double(count / 8) * 1e10).rounded() / 10)),
                    (
                        "sha256_\(name)_gb_per_s_1mb",
                        .number((Double(max(1, megabytes / 8) << 20) / megabyte.sha / 1e7).rounded() / 100)
                    ),
                ]
            }
            var result = BenchResult(phase: "checksums", seconds: total)
            for (key, value) in fields { result.add(key, value) }
            // The XOR of both engines' results: 0 when they agree.
            result.add("check", .integer(Int(check)))
            return result
        }
    }

    /// The seconds CRC32C takes over `count` buffers of `size` bytes and SHA-256 over an eighth
    /// of them (it is about ten times slower in portable Swift), one hash per buffer.
    private static func time(
        _ buffer: UnsafeRawBufferPointer, size: Int, count: Int, crcEngine: ChecksumEngine, shaEngine: ChecksumEngine,
        check: inout UInt32
    ) -> (crc: Double, sha: Double) {
        var crc: UInt32 = 0
        var sha: UInt32 = 0
        let crcSeconds = BenchOutput.seconds {
            for index in 0..<count {
                let slice = UnsafeRawBufferPointer(rebasing: buffer[(index * size)..<((index + 1) * size)])
                crc ^= CRC32C.checksum(slice, engine: crcEngine)
            }
        }
        let shaSeconds = BenchOutput.seconds {
            for index in 0..<max(1, count / 8) {
                var hasher = SHA256(engine: shaEngine)
                hasher.update(UnsafeRawBufferPointer(rebasing: buffer[(index * size)..<((index + 1) * size)]))
                sha ^= UInt32(truncatingIfNeeded: hasher.finalize().hashValue)
            }
        }
        check ^= crc ^ sha
        return (crcSeconds, shaSeconds)
    }
}
