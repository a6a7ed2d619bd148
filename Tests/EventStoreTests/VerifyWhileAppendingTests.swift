import Foundation
import Testing

@testable import EventStore

/// `eig verify` takes no lock: a writer may append and checkpoint between its reading of the
/// records and its check of the index runs.
struct VerifyWhileAppendingTests {
    @Test func aRunWrittenAfterTheRecordsWereCheckedIsNotDamage() throws {
        // Given a store of 95 events whose records a verification has checked
        let store = try CheckpointedStore.make()
        var verifier = Verifier(directory: store.directory, files: store.log.files, progress: nil)
        verifier.checkLog()
        // When a writer appends 20 more and checkpoints them before the runs are checked
        for number in 96...115 {
            _ = try store.log.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
        }
        try store.log.waitForCompaction()
        let runs = try FileSurgery.indexRunPaths(in: store.directory)
        #expect(
            runs.contains {
                (IndexRunLayout.range(ofFileName: URL(fileURLWithPath: $0).lastPathComponent)?.upperBound ?? 0) > 95
            })
        let report = verifier.checkIndexAndReport()
        // Then the store is sound as of the records checked, and the newer runs are not counted
        #expect(report.isSound, "\(String(describing: report.problem))")
        #expect(report.events == 95)
        #expect(store.log.verify().isSound)
    }

    @Test func aRunPastTheEndThatTheLogDoesNotHoldIsReported() throws {
        // Given a store of 95 events, and a run from a longer log with other timestamps
        let store = try CheckpointedStore.make()
        let longer = try CheckpointedStore.make()
        for number in 96...115 {
            _ = try longer.log.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
        }
        try longer.log.waitForCompaction()
        let stray = try #require(
            try FileSurgery.indexRunPaths(in: longer.directory).first {
                (IndexRunLayout.range(ofFileName: URL(fileURLWithPath: $0).lastPathComponent)?.upperBound ?? 0) > 95
            })
        let name = URL(fileURLWithPath: stray).lastPathComponent
        try FileManager.default.copyItem(
            atPath: stray, toPath: store.directory + "/" + IndexRunLayout.directoryName + "/" + name)
        // When the store is verified
        let report = store.log.verify()
        // Then the run is reported as past the log's end
        #expect(report.problem?.kind == .index)
        #expect(report.problem?.what.contains("but the log ends at 95") == true)
    }
}
