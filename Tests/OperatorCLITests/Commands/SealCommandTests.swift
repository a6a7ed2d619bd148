import EventStore
import Foundation
import Testing

@testable import OperatorCLI

/// `eig seal` and `eig verify --seal`: publish a hash, prove the prefix later.
struct SealCommandTests {
    /// Flips one byte of the first occurrence of `text` in the store's segment.
    static func alter(_ text: String, in store: AuditStore) throws {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: store.path).first { $0.hasPrefix("segment-") })
        let url = URL(fileURLWithPath: store.path + "/" + name)
        var bytes = Array(try Data(contentsOf: url))
        let needle = Array(text.utf8)
        let offset = try #require(
            bytes.indices.first { bytes[$0..<min($0 + needle.count, bytes.count)].elementsEqual(needle) })
        bytes[offset] ^= 0x20
        try Data(bytes).write(to: url)
    }

    @Test func aPublishedSealHoldsAfterAppendsAndBreaksWhenAByteBeforeItChanges() throws {
        let store = try AuditStore()
        store.edition5()
        let sealed = store.run(["seal"])
        #expect(sealed.code == .success)
        let hash = String(sealed.stdout.dropLast())
        #expect(hash.count == 64)
        #expect(sealed.stderr.contains("sealed: positions 1-"))
        store.succeed(["dossier", "review", "P5-001"])

        let holds = store.run(["verify", "--seal", hash])
        #expect(holds.code == .success)
        #expect(holds.stdout.hasPrefix("seal holds: positions 1-"))
        let json = try store.json(["verify", "--seal", hash])
        #expect(json[member: "seal"]?[member: "holds"] == .bool(true))

        try Self.alter("Signaux faibles", in: store)
        let broken = store.run(["verify", "--seal", hash])
        #expect(broken.code == .ioError)
        #expect(broken.stderr.hasPrefix("eig: the seal does not hold: the log is damaged before any record"))
        #expect(broken.stderr.contains(": position 3: segment-"))
    }

    @Test func aMalformedHashIsAUsageError() throws {
        let store = try AuditStore()
        store.succeed(["init"])
        #expect(store.run(["verify", "--seal", "abc"]).code == .usage)
        #expect(store.run(["verify", "--seal", String(repeating: "g", count: 64)]).code == .usage)
    }
}
