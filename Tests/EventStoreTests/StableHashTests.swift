import Testing

@testable import EventStore

/// ``StableHash`` is fixed by the format (checkpoint runs store it): given names of every length
/// around the word size / when hashed / then the hash is the documented one, computed here byte
/// by byte as FORMAT.md describes it.
struct StableHashTests {
    /// The documented algorithm, written plainly.
    private func reference(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(bytes.count) &* 0xFF51_AFD7_ED55_8CCD)
        var start = 0
        while start < bytes.count {
            var word: UInt64 = 0
            for (shift, byte) in bytes[start..<min(start + 8, bytes.count)].enumerated() {
                word |= UInt64(byte) << UInt64(8 * shift)
            }
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            start += 8
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    @Test func everyLengthHashesAsDocumented() {
        for length in 0...40 {
            let bytes = (0..<length).map { UInt8(0x21 + ($0 * 7) % 90) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(StableHash.of(text) == reference(bytes), "length \(length)")
            #expect(bytes.withUnsafeBytes { StableHash.of($0) } == reference(bytes), "length \(length)")
        }
        #expect(StableHash.of("dossier-002897") == reference(Array("dossier-002897".utf8)))
        #expect(StableHash.of("é-dossier") == reference(Array("é-dossier".utf8)))
    }

    /// Second reading: every byte value (UTF-8's high bytes among them), lengths up to 64 (every
    /// tail length after one to eight whole words), names starting at every offset of a word.
    @Test func everyByteLengthAndAlignmentHashesAsDocumented() {
        var random = SeededRandom(seed: 11)
        let buffer = (0..<80).map { _ in UInt8.random(in: 0...255, using: &random) }
        buffer.withUnsafeBytes { buffer in
            for length in 0...64 {
                for start in 0..<8 {
                    let bytes = UnsafeRawBufferPointer(rebasing: buffer[start..<(start + length)])
                    #expect(StableHash.of(bytes) == reference(Array(bytes)), "length \(length) at \(start)")
                }
            }
        }
        let name = "dossier-équipe-Île-de-France-2021-€-" + String(repeating: "ü", count: 9)
        #expect(StableHash.of(name) == reference(Array(name.utf8)))
    }
}
