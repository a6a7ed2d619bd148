import Foundation
import Testing

/// `EIG_PORTABLE_CHECKSUMS=1` changes the code that computes the checksums, never the bytes: a
/// store written on one engine verifies on the other (whichever the CPU gives by default).
struct ChecksumEngineProcessTests {
    @Test(arguments: [("1", "0"), ("0", "1")])
    func aStoreWrittenOnOneEngineVerifiesOnTheOther(written: String, verified: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("eig-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        let store = directory.path + "/store"
        let created = try EigProcess.run(
            ["init"], environment: ["EIG_STORE": store, "EIG_PORTABLE_CHECKSUMS": written])
        #expect(created.status == 0)
        let result = try EigProcess.run(
            ["verify"], environment: ["EIG_STORE": store, "EIG_PORTABLE_CHECKSUMS": verified])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("sound: 1 event, 1 segment, "))
        #expect(result.stderr.isEmpty)
    }
}
