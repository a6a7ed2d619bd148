import Dispatch
import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// Second reading of the background merge of runs (``RunMerge``): given a merge in flight or
/// finished but not yet swapped in / when another log on the store (standing for another
/// process) opens for writing or verifies / then the merge still lands and the store verifies.
struct CompactionReviewTests {
    private let compaction = CompactionTests()

    /// A writer's opening removes the temporary files a crash left in `index/`, but not the one a
    /// merge of a live process is writing: removed, that merge's rename failed and it was lost,
    /// so a writer whose merges outlast the time between other writers' openings never merged.
    @Test func aWritersOpeningLeavesTheTemporaryFileOfAMergeInFlight() throws {
        let pause = MergePause()
        let store = try TemporaryStore(options: CompactionTests.options.with { $0.systemCalls = pause.calls })
        try compaction.append(1...20, to: store.log)
        try #require(pause.waitUntilPaused(), "the merge did not start")
        let other: EventLog
        do {
            defer { pause.resume() }
            other = try store.open(.write)
        }
        try store.log.waitForCompaction()
        #expect(compaction.ranges(store.log) == [1...20])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...20]))
        try compaction.expectAnswers(store.log, count: 20)
        try compaction.append(21...21, to: other)
        try compaction.expectAnswers(other, count: 21)
    }

    /// What a killed process left is still removed: a merge's temporary file whose process is
    /// gone, and any other temporary file.
    @Test func aWritersOpeningRemovesTheTemporaryFilesOfMergesWhoseProcessIsGone() throws {
        let store = try TemporaryStore(options: CompactionTests.options)
        try compaction.append(1...20, to: store.log, settling: true)
        let run = IndexRunLayout.fileName(first: 1, last: 40)
        // No process has this id (Linux's pid_max is at most 2²²).
        let gone = IndexFileJob.temporaryName(of: run, kind: "merge", process: 2_147_483_646)
        let alive = IndexFileJob.temporaryName(of: run, kind: "merge", process: getpid())
        #expect(IndexFileJob.process(owningTemporary: gone) == 2_147_483_646)
        #expect(IndexFileJob.process(owningTemporary: run + ".tmp") == nil)
        for name in [gone, alive, run + ".tmp"] {
            #expect(FileManager.default.createFile(atPath: store.directory + "/index/" + name, contents: Data([1])))
        }
        _ = try store.open(.write)
        #expect(try compaction.indexFiles(store) == (compaction.fileNames([1...20]) + [alive]).sorted())
    }

    /// `verify` lists `index/`, then opens each run: a writer that swaps its merge in between
    /// unlinks runs it listed. They are gone from the store, not damaged: verify checks the rest.
    @Test func verifyingWhileAWriterSwapsItsMergeInChecksTheRunsLeft() throws {
        let store = try TemporaryStore(options: CompactionTests.options)
        try compaction.append(1...20, to: store.log)
        store.log.waitForCompactionJob()
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10, 11...20, 1...20]))
        let hook = ListingHook()
        let reader = try store.open(.read, options: CompactionTests.options.with { $0.systemCalls = hook.calls })
        nonisolated(unsafe) let writer = store.log
        hook.afterNextListingOfIndex { try? writer.waitForCompaction() }
        let report = reader.verify()
        #expect(hook.ran)
        #expect(compaction.ranges(store.log) == [1...20])
        #expect(report.isSound, "\(String(describing: report.problem))")
        #expect(report.indexRuns == 1)
        try compaction.expectAnswers(reader, count: 20)
    }

    /// A reader that listed `index/` before a writer swapped its merge in (unlinking the runs it
    /// listed) opens anyway: it reads from the log what the runs it could not open covered.
    @Test func aReaderOpeningWhileAWriterSwapsItsMergeInStillAnswers() throws {
        let pause = MergePause()
        let store = try TemporaryStore(options: CompactionTests.options.with { $0.systemCalls = pause.calls })
        try compaction.append(1...25, to: store.log)
        try #require(pause.waitUntilPaused(), "the merge did not start")
        // The reader lists 1-10 and 11-20 only; the merge then lands and is swapped in.
        let hook = ListingHook()
        nonisolated(unsafe) let writer = store.log
        hook.afterNextListingOfIndex {
            pause.resume()
            try? writer.waitForCompaction()
        }
        let reader = try store.open(.read, options: CompactionTests.options.with { $0.systemCalls = hook.calls })
        #expect(hook.ran)
        #expect(compaction.ranges(store.log) == [1...20])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...20]))
        #expect(reader.index.runs.isEmpty)
        try compaction.expectAnswers(reader, count: 25)
    }

    /// The writer loads the runs again (another writer checkpointed) while its merge is still
    /// reading them: the merge reads the mappings it was given, the swap is refused (other run
    /// objects), and both writers answer as the log does.
    @Test func aMergeInFlightWhenItsWriterReloadsTheRunsEndsUnused() throws {
        let pause = MergePause()
        let store = try TemporaryStore(options: CompactionTests.options.with { $0.systemCalls = pause.calls })
        try compaction.append(1...10, to: store.log)
        let other = try store.open(.write, options: CompactionTests.options)
        try compaction.append(11...20, to: store.log)
        try #require(pause.waitUntilPaused(), "the merge did not start")
        do {
            defer { pause.resume() }
            // The other writer saves 21-30 (after loading 1-10 and 11-20); this one then loads again.
            try compaction.append(21...30, to: other)
            try compaction.append(31...31, to: store.log)
        }
        try store.log.waitForCompaction()
        #expect(store.log.compaction == nil)
        // Reloaded: 1-10, 11-20, 21-30, or 1-30 if the other writer's merge landed first; never
        // this merge's 1-20 swapped into runs it did not read.
        let ranges = compaction.ranges(store.log)
        #expect(ranges == [1...10, 11...20, 21...30] || ranges == [1...30])
        try compaction.expectAnswers(store.log, count: 31)
        try other.waitForCompaction()
        try other.refresh()
        try compaction.expectAnswers(other, count: 31)
        let reopened = try store.open(.write, options: CompactionTests.options)
        try compaction.expectAnswers(reopened, count: 31)
        #expect(reopened.verify().isSound)
    }

    /// A log stopped by a failed fsync on the append path touches the store no more: waiting for
    /// its merge throws the error that stopped it, and swaps nothing in (no input is unlinked).
    /// Its appends are buffered, so that the one that fails is synced by `fdatasync`.
    @Test func aStoppedLogDoesNotSwapItsMergeIn() throws {
        let faults = FaultInjector()
        let fatal = FatalRecorder()
        let store = try TemporaryStore(
            options: CompactionTests.options.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.onFatalError = { fatal.record($0) }
                $0.directWrites = false
            })
        try compaction.append(1...20, to: store.log)
        store.log.waitForCompactionJob()
        faults.add(.init(.fdatasync, onCall: 1, errno: EIO))
        #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "after")) }
        #expect(fatal.recorded.count == 1)
        let waited = #expect(throws: StoreError.self) { try store.log.waitForCompaction() }
        #expect(waited?.code == .fatal)
        #expect(compaction.ranges(store.log) == [1...10, 11...20])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10, 11...20, 1...20]))
    }
}

/// Holds the background merge right after it created its temporary file, until resumed: the
/// test does meanwhile what another process could do at that moment.
final class MergePause: Sendable {
    /// What the temporary file's name contains: `.merge-`, or `.flush-` to hold a delta's flush.
    private let marker: String
    private let paused = DispatchSemaphore(value: 0)
    private let resumed = DispatchSemaphore(value: 0)
    private let done = Mutex(false)

    init(holding marker: String = ".merge-") {
        self.marker = marker
    }

    var calls: SystemCalls {
        var calls = SystemCalls.live
        calls.open = { [self] path, flags, mode in
            let fd = SystemCalls.live.open(path, flags, mode)
            guard fd >= 0, flags & O_CREAT != 0, path.contains(marker) else { return fd }
            let first = done.withLock { done in
                defer { done = true }
                return !done
            }
            if first {
                paused.signal()
                // Bounded, so that a test that fails before resuming does not hang the suite.
                _ = resumed.wait(timeout: .now() + .seconds(30))
            }
            return fd
        }
        return calls
    }

    func waitUntilPaused() -> Bool { paused.wait(timeout: .now() + .seconds(30)) == .success }

    func resume() { resumed.signal() }
}

/// Runs an action once, right after `index/` is listed (the listing already taken).
final class ListingHook: Sendable {
    private let action = Mutex<(@Sendable () -> Void)?>(nil)
    private let didRun = Mutex(false)

    var ran: Bool { didRun.withLock { $0 } }

    func afterNextListingOfIndex(_ body: @escaping @Sendable () -> Void) {
        action.withLock { $0 = body }
    }

    var calls: SystemCalls {
        var calls = SystemCalls.live
        calls.listDirectory = { [self] path in
            let names = SystemCalls.live.listDirectory(path)
            guard path.hasSuffix("/" + IndexRunLayout.directoryName) else { return names }
            let body = action.withLock { action in
                defer { action = nil }
                return action
            }
            if let body {
                body()
                didRun.withLock { $0 = true }
            }
            return names
        }
        return calls
    }
}
