import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a writer whose background merge of runs meets a failing system call / then a failed
/// fsync stops the log as it does on the append path, and is never retried; any other failure
/// leaves the runs as they were, and a later checkpoint merges them.
struct CompactionFaultTests {
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()
    private let compaction = CompactionTests()

    private func makeStore() throws -> TemporaryStore {
        let fatal = self.fatal
        return try TemporaryStore(
            options: CompactionTests.options.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.onFatalError = { fatal.record($0) }
            })
    }

    @Test func aMergeWhoseFsyncFailsStopsTheLogAndIsNeverRetried() throws {
        let store = try makeStore()
        // The merge writes under a temporary name of its own: `<run>.merge-<pid>-<random>.tmp`.
        faults.add(.init(.fsync, onCall: 1, errno: EIO, pathContains: ".merge-"))
        try compaction.append(1...20, to: store.log)
        store.log.waitForCompactionJob()
        #expect(fatal.recorded.count == 1)
        let refused = #expect(throws: StoreError.self) {
            try store.log.append(Controls.request(command: "after"))
        }
        #expect(refused?.code == .fatal)
        #expect(throws: StoreError.self) { try store.log.forEachRecord { _ in } }
        let waited = #expect(throws: StoreError.self) { try store.log.waitForCompaction() }
        #expect(waited?.code == .fatal)
        // Nothing was renamed into place, the temporary file is gone, the inputs are still there.
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10, 11...20]))
        #expect(faults.triggered(.fsync) == 1)
        #expect(fatal.recorded.count == 1)
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.head.position == 20)
        try compaction.expectAnswers(reopened, count: 20)
        #expect(reopened.verify().isSound)
    }

    @Test func aMergeThatCannotWriteLeavesTheRunsAndALaterOneMergesThem() throws {
        let store = try makeStore()
        faults.add(.init(.pwrite, onCall: 1, errno: ENOSPC, pathContains: ".merge-"))
        try compaction.append(1...20, to: store.log)
        try store.log.waitForCompaction()
        #expect(faults.triggered(.pwrite) == 1)
        #expect(compaction.ranges(store.log) == [1...10, 11...20])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10, 11...20]))
        try compaction.expectAnswers(store.log, count: 20)
        // The next checkpoint's merge takes the runs the failed one left.
        try compaction.append(21...30, to: store.log)
        try store.log.waitForCompaction()
        #expect(compaction.ranges(store.log) == [1...30])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...30]))
        try compaction.expectAnswers(store.log, count: 30)
        #expect(store.log.verify().isSound)
        #expect(fatal.recorded.isEmpty)
    }
}
