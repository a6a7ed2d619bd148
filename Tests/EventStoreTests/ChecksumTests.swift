import EventStore
import Testing

/// The published vectors run on every engine in `ChecksumEngineVectorTests`; these are the
/// properties of the default engine's API.
struct CRC32CTests {
    @Test func continuingEqualsOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        for split in [0, 1, 7, 8, 9, 500, 999, 1000] {
            let first = CRC32C.checksum(bytes[..<split])
            #expect(CRC32C.checksum(bytes[split...], continuing: first) == CRC32C.checksum(bytes))
        }
    }

    @Test func emptyInputIsZero() {
        #expect(CRC32C.checksum([UInt8]()) == 0)
    }
}

struct SHA256Tests {
    @Test func updatesInPiecesEqualOneShot() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        for split in [0, 1, 55, 56, 63, 64, 65, 128, 299] {
            var hasher = SHA256()
            hasher.update(bytes[..<split])
            hasher.update(bytes[split...])
            #expect(hasher.finalize() == SHA256.hash(bytes))
        }
    }

    @Test func digestHexRoundTrips() throws {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(Digest(hex: digest.hex) == digest)
        #expect(Digest(hex: digest.hex.uppercased()) == digest)
        #expect(Digest(hex: "xyz") == nil)
    }
}

/// The portable tables' braids (what this process does not run where the CPU has SSE4.2)
/// against the definition; `HardwareChecksumAgreementTests` holds the hardware to the braids.
struct CRC32CLaneTests {
    /// The checksum one byte at a time, straight from the definition.
    private func reference(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
        var value = ~crc
        for byte in bytes {
            value ^= UInt32(byte)
            for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0x82F6_3B78 : value >> 1 }
        }
        return ~value
    }

    /// The portable checksum of a slice of bytes.
    private func portable(_ bytes: some Collection<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        Array(bytes).withUnsafeBytes { CRC32C.checksum($0, continuing: crc, engine: .portable) }
    }

    @Test func recordSizedBuffersInBraidsEqualTheDefinitionAtEveryLength() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<700).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for count in 0...bytes.count {
            let prefix = Array(bytes[..<count])
            #expect(portable(prefix) == reference(prefix), "length \(count)")
            #expect(portable(prefix, continuing: 0x1234_5678) == reference(prefix, continuing: 0x1234_5678))
        }
    }

    @Test(arguments: [4096, 4097, 4103, 4104, 5000, 65_536, 100_003])
    func largeBuffersEqualTheDefinition(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(portable(bytes) == reference(bytes))
        #expect(portable(bytes, continuing: 0xDEAD_BEEF) == reference(bytes, continuing: 0xDEAD_BEEF))
        let split = count / 3
        #expect(portable(bytes[split...], continuing: portable(bytes[..<split])) == reference(bytes))
    }
}
