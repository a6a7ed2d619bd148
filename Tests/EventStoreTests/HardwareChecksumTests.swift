import Testing

@testable import EventStore

/// The engines this CPU can run for each checksum: the portable one always.
private let sha256Engines: [ChecksumEngine] = ChecksumEngine.hasSHA256Hardware ? [.hardware, .portable] : [.portable]
private let crc32cEngines: [ChecksumEngine] = ChecksumEngine.hasCRC32CHardware ? [.hardware, .portable] : [.portable]

/// The published vectors on every engine this CPU has (the default engine is `ChecksumTests`').
struct ChecksumEngineVectorTests {
    @Test(arguments: sha256Engines)
    func sha256NISTVectors(engine: ChecksumEngine) {
        let vectors = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
        ]
        for (message, expected) in vectors {
            #expect(SHA256.hash(Array(message.utf8), engine: engine).hex == expected, "\(message)")
        }
        var hasher = SHA256(engine: engine)
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(hasher.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: crc32cEngines)
    func crc32cCheckValueAndRFC3720Vectors(engine: ChecksumEngine) {
        let vectors: [([UInt8], UInt32)] = [
            (Array("123456789".utf8), 0xE306_9283),
            ([UInt8](repeating: 0, count: 32), 0x8A91_36AA),
            ([UInt8](repeating: 0xFF, count: 32), 0x62A8_AB43),
            ((0..<32).map { UInt8($0) }, 0x46DD_794E),
            ((0..<32).map { UInt8(31 - $0) }, 0x113F_DB5C),
            ([], 0),
        ]
        for (bytes, expected) in vectors {
            #expect(bytes.withUnsafeBytes { CRC32C.checksum($0, engine: engine) } == expected)
        }
    }

    @Test func onlyTheValueOneOfTheVariableForcesThePortableEngine() {
        #expect(ChecksumEngine.choose(hardware: true, portableVariable: nil) == .hardware)
        #expect(ChecksumEngine.choose(hardware: true, portableVariable: "1") == .portable)
        #expect(ChecksumEngine.choose(hardware: true, portableVariable: "0") == .hardware)
        #expect(ChecksumEngine.choose(hardware: true, portableVariable: "") == .hardware)
        #expect(ChecksumEngine.choose(hardware: false, portableVariable: nil) == .portable)
        #expect(ChecksumEngine.choose(hardware: false, portableVariable: "0") == .portable)
    }
}

/// The hardware engines against the portable code, which is their oracle.
struct HardwareChecksumAgreementTests {
    private static func randomBytes(_ count: Int, _ generator: inout SeededRandom) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    @Test(.enabled(if: ChecksumEngine.hasCRC32CHardware, "this CPU has no SSE4.2 crc32: only the portable CRC runs"))
    func crc32cEnginesAgreeAtEveryRecordLengthWithRandomContinuations() {
        var generator = SeededRandom(seed: 0xC3C3_2C01)
        let bytes = Self.randomBytes(300 + 7, &generator)
        bytes.withUnsafeBytes { all in
            for count in 0...300 {
                // Odd offsets too: the hardware loads eight unaligned bytes at a time.
                let buffer = UnsafeRawBufferPointer(rebasing: all[(count % 8)..<(count % 8 + count)])
                let crc = UInt32(truncatingIfNeeded: generator.next())
                #expect(
                    CRC32C.checksum(buffer, continuing: crc, engine: .hardware)
                        == CRC32C.checksum(buffer, continuing: crc, engine: .portable), "length \(count)")
            }
        }
    }

    /// Around the interleaved blocks' sizes (3 × 256 and 3 × 8,192 bytes; 3 × 64 is inside the
    /// every-length test) and beyond.
    @Test(
        .enabled(if: ChecksumEngine.hasCRC32CHardware, "this CPU has no SSE4.2 crc32: only the portable CRC runs"),
        arguments: [767, 768, 769, 775, 1536, 2000, 24_575, 24_576, 24_577, 25_344, 49_152 + 771, 100_003, 1 << 20]
    )
    func crc32cEnginesAgreeOnLongBuffers(count: Int) {
        var generator = SeededRandom(seed: UInt64(count))
        let bytes = Self.randomBytes(count, &generator)
        let crc = UInt32(truncatingIfNeeded: generator.next())
        bytes.withUnsafeBytes { buffer in
            let hardware = CRC32C.checksum(buffer, continuing: crc, engine: .hardware)
            #expect(hardware == CRC32C.checksum(buffer, continuing: crc, engine: .portable))
            let split = count / 3 + 5
            let first = CRC32C.checksum(
                UnsafeRawBufferPointer(rebasing: buffer[..<split]), continuing: crc, engine: .hardware)
            #expect(
                CRC32C.checksum(
                    UnsafeRawBufferPointer(rebasing: buffer[split...]), continuing: first, engine: .hardware)
                    == hardware)
        }
    }

    @Test(
        .enabled(if: ChecksumEngine.hasSHA256Hardware, "this CPU has no SHA extensions: only the portable SHA-256 runs")
    )
    func sha256EnginesAgreeAtEveryLengthAndOnLongMessages() {
        var generator = SeededRandom(seed: 0x5A25_6001)
        let bytes = Self.randomBytes(1 << 16, &generator)
        for count in Array(0...300) + [1000, 4096, 4097, 65_535, 1 << 16] {
            let message = bytes[..<count]
            #expect(
                SHA256.hash(message, engine: .hardware) == SHA256.hash(message, engine: .portable), "length \(count)")
        }
    }

    /// Updates of random sizes, so that blocks are compressed from the pending buffer, in runs
    /// of several straight from the caller's bytes, and in the final padding.
    @Test(
        .enabled(if: ChecksumEngine.hasSHA256Hardware, "this CPU has no SHA extensions: only the portable SHA-256 runs")
    )
    func sha256EnginesAgreeOnStreamingUpdates() {
        var generator = SeededRandom(seed: 0x5A25_6002)
        let bytes = Self.randomBytes(20_000, &generator)
        for _ in 0..<50 {
            var hardware = SHA256(engine: .hardware)
            var portable = SHA256(engine: .portable)
            var start = 0
            let end = Int(generator.next() % 20_000)
            while start < end {
                let piece = min(end - start, Int(generator.next() % 300))
                hardware.update(bytes[start..<(start + piece)])
                portable.update(bytes[start..<(start + piece)])
                start += piece
            }
            #expect(hardware.finalize() == portable.finalize(), "message of \(end) bytes")
        }
    }

    @Test(
        .enabled(if: ChecksumEngine.hasSHA256Hardware, "this CPU has no SHA extensions: only the portable SHA-256 runs")
    )
    func chainHashesAgreeOnBothEngines() {
        var generator = SeededRandom(seed: 0x5A25_6003)
        var hardware = Digest.zero
        var portable = Digest.zero
        for length in stride(from: 90, to: 400, by: 7) {
            let body = Self.randomBytes(length, &generator)
            for engine in [ChecksumEngine.hardware, .portable] {
                var hasher = SHA256(engine: engine)
                var previous = engine == .hardware ? hardware : portable
                withUnsafeBytes(of: &previous.words) { hasher.update($0) }
                hasher.update(body)
                if engine == .hardware { hardware = hasher.finalize() } else { portable = hasher.finalize() }
            }
            #expect(hardware == portable, "body of \(length) bytes")
        }
    }
}
