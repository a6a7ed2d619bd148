import Dispatch
import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a writer whose checkpoint froze the index delta and writes its run in the background
/// (``DeltaFlush``) / when the log is asked anything while the flush is in flight, after it
/// lands, or when it fails / then every lookup answers from the runs, the frozen delta and the
/// delta together; a failed fsync stops the log; any other failure keeps the entries in memory
/// until a later append checkpoints them.
struct DeltaFlushTests {
    private let compaction = CompactionTests()
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()

    /// Appends `cmd-<n>` to `stream-<n % 7>` for each n, leaving flushes to land when they do.
    private func append(_ numbers: ClosedRange<Int>, to log: EventLog) throws {
        for number in numbers {
            _ = try log.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
        }
    }

    /// What `compaction.expectAnswers` checks (versions, a stream's events as `eig log show
    /// --stream` reads them, command ids), a stream read record by record, the stream names and
    /// events by position.
    private func expectAnswers(_ log: EventLog, count: Int) throws {
        try compaction.expectAnswers(log, count: count)
        var shown: [UInt64] = []
        try log.forEachRecord(inStream: "stream-3") { shown.append($0.position) }
        #expect(shown == (1...count).filter { $0 % 7 == 3 }.map(UInt64.init))
        #expect(log.streamNames(withPrefix: "stream-") == (0..<min(7, count + 1)).map { "stream-\($0)" })
        for number in [1, 5, 10, count] {
            #expect(try log.event(at: UInt64(number)).position == UInt64(number))
        }
    }

    private func faultyStore() throws -> TemporaryStore {
        let fatal = self.fatal
        return try TemporaryStore(
            options: CompactionTests.options.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.onFatalError = { fatal.record($0) }
            })
    }

    @Test func whileAFlushIsInFlightEveryLookupAnswersFromTheFrozenDelta() throws {
        let pause = MergePause(holding: ".flush-")
        let store = try TemporaryStore(options: CompactionTests.options.with { $0.systemCalls = pause.calls })
        try append(1...10, to: store.log)
        try #require(pause.waitUntilPaused(), "the flush did not start")
        do {
            defer { pause.resume() }
            try append(11...15, to: store.log)
            // 1-10 frozen, 11-15 in the delta, no run yet: the append did not wait for the flush.
            #expect(store.log.index.runs.isEmpty)
            #expect(store.log.index.frozen.map { $0.delta.firstPosition...$0.delta.lastPosition } == 1...10)
            #expect(store.log.index.delta.firstPosition == 11)
            try expectAnswers(store.log, count: 15)
            // A command of the frozen delta is known: appending it again writes nothing.
            let again = try store.log.append(Controls.request("stream-3", command: "cmd-3"))
            #expect(again.isDuplicate && again.positions == 3...3)
            #expect(store.log.head.position == 15)
            #expect(try compaction.indexFiles(store).allSatisfy { $0.hasSuffix(".tmp") })
        }
        try store.log.waitForCompaction()
        #expect(store.log.index.frozen == nil)
        #expect(compaction.ranges(store.log) == [1...10])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10]))
        try expectAnswers(store.log, count: 15)
        for reopened in [try store.open(.read), try store.open(.write)] {
            #expect(compaction.ranges(reopened) == [1...10])
            try expectAnswers(reopened, count: 15)
        }
    }

    /// At most one delta is frozen: the append that makes the next delta due while the flush is
    /// in flight waits for it, swaps its run in, then freezes the new delta (whichever of the
    /// append and the flush's end comes first, the runs and the frozen delta are these).
    @Test func aDeltaDueWhileAFlushIsInFlightWaitsForIt() throws {
        let pause = MergePause(holding: ".flush-")
        let store = try TemporaryStore(options: CompactionTests.options.with { $0.systemCalls = pause.calls })
        try append(1...10, to: store.log)
        try #require(pause.waitUntilPaused(), "the flush did not start")
        try append(11...19, to: store.log)
        #expect(store.log.index.runs.isEmpty && store.log.index.delta.count == 9)
        nonisolated(unsafe) let writer = store.log
        let appended = DispatchGroup()
        DispatchQueue(label: "delta-flush-test").async(group: appended) {
            _ = try? writer.append(Controls.request("stream-6", command: "cmd-20"))
        }
        pause.resume()
        appended.wait()
        #expect(store.log.head.position == 20)
        #expect(compaction.ranges(store.log) == [1...10])
        #expect(store.log.index.frozen.map { $0.delta.firstPosition...$0.delta.lastPosition } == 11...20)
        try expectAnswers(store.log, count: 20)
        try store.log.waitForCompaction()
        #expect(compaction.ranges(store.log) == [1...20])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...20]))
        try expectAnswers(store.log, count: 20)
    }

    @Test func aFlushWhoseFsyncFailsStopsTheLogAndIsNeverRetried() throws {
        let store = try faultyStore()
        faults.add(.init(.fsync, onCall: 1, errno: EIO, pathContains: ".flush-"))
        try append(1...10, to: store.log)
        store.log.waitForCompactionJob()
        #expect(fatal.recorded.count == 1)
        let refused = #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "after")) }
        #expect(refused?.code == .fatal)
        let waited = #expect(throws: StoreError.self) { try store.log.waitForCompaction() }
        #expect(waited?.code == .fatal)
        // Nothing was renamed into place and the temporary file is gone.
        #expect(try compaction.indexFiles(store).isEmpty)
        #expect(faults.triggered(.fsync) == 1)
        faults.removeAll()
        let reopened = try store.open(.write, options: CompactionTests.options)
        try expectAnswers(reopened, count: 10)
        #expect(reopened.verify().isSound)
        #expect(fatal.recorded.count == 1)
    }

    /// The third flush's fsync fails while the merge of the first two runs is in flight, and
    /// nothing asks the log anything before it is released: the release swaps nothing in (the
    /// log stopped), so the merge's inputs stay beside its file.
    @Test func releasingALogWhoseFlushFailedItsFsyncSwapsNoMergeIn() throws {
        let pause = MergePause(holding: ".merge-")
        let fatal = self.fatal
        let store = try TemporaryStore(
            options: CompactionTests.options.with {
                $0.systemCalls = pause.calls.injecting(faults)
                $0.onFatalError = { fatal.record($0) }
            })
        faults.add(.init(.fsync, onCall: 3, errno: EIO, pathContains: ".flush-"))
        do {
            let writer = try store.open(.write)
            try append(1...30, to: writer)
            try #require(pause.waitUntilPaused(), "the merge did not start")
            #expect(compaction.ranges(writer) == [1...10, 11...20])
            writer.flush?.wait()
            #expect(fatal.recorded.count == 1)
            pause.resume()
            // Released here, after the merge may go on (releasing the log waits for it).
            withExtendedLifetime(writer) {}
        }
        let left = try compaction.indexFiles(store)
        #expect(left == compaction.fileNames([1...10, 11...20, 1...20]), "\(left)")
        faults.removeAll()
        try expectAnswers(try store.open(.write, options: CompactionTests.options), count: 30)
    }

    @Test func aFlushThatCannotWriteKeepsTheEntriesAndALaterAppendCheckpointsThem() throws {
        let store = try faultyStore()
        faults.add(.init(.pwrite, onCall: 1, errno: ENOSPC, pathContains: ".flush-"))
        try append(1...10, to: store.log)
        store.log.waitForCompactionJob()
        #expect(faults.triggered(.pwrite) == 1)
        #expect(try compaction.indexFiles(store).isEmpty)
        #expect(store.log.index.frozen?.delta.count == 10)
        try expectAnswers(store.log, count: 10)
        // The next append (its delta not due) flushes the frozen delta again.
        try append(11...11, to: store.log)
        try store.log.waitForCompaction()
        #expect(compaction.ranges(store.log) == [1...10])
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10]))
        try expectAnswers(store.log, count: 11)
        try expectAnswers(try store.open(.read), count: 11)
        #expect(store.log.verify().isSound)
        #expect(fatal.recorded.isEmpty)
    }

    /// While the flush keeps failing (a full disk), the frozen delta is tried again only once
    /// the delta has grown by ``EventLog/flushRetryEvents`` since the last try, not at every
    /// append (each try builds a run and lists `index/` for nothing); once space is back, a
    /// try within that many appends lands it.
    @Test func aFlushThatKeepsFailingIsTriedAgainOnlyAsTheDeltaGrows() throws {
        let store = try TemporaryStore(
            options: CompactionTests.options.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.checkpointInterval = 80
            })
        let retryEvents = store.log.flushRetryEvents
        #expect(retryEvents == 10)
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        // The 80th append freezes 1-80 and tries its flush a first time.
        try append(1...80, to: store.log)
        store.log.waitForCompactionJob()
        #expect(faults.triggered(.pwrite) == 1)
        for number in 81...180 {
            try append(number...number, to: store.log)
            // Each try ends before the next append: the count of tries is exact.
            store.log.waitForCompactionJob()
        }
        // One try per ten appends.
        #expect(faults.triggered(.pwrite) == 1 + 100 / retryEvents)
        #expect(store.log.index.frozen?.delta.count == 80)
        #expect(try compaction.indexFiles(store).isEmpty)
        try expectAnswers(store.log, count: 180)
        faults.removeAll()
        try append(181...(181 + retryEvents), to: store.log)
        try store.log.waitForCompaction()
        #expect(store.log.index.runsEnd >= 80)
        try expectAnswers(store.log, count: 181 + retryEvents)
        try expectAnswers(try store.open(.read), count: 181 + retryEvents)
        #expect(fatal.recorded.isEmpty)
    }

    /// Another writer opens (removing what a crash left in `index/`) while this writer's flush
    /// is in flight, then checkpoints itself: the flush's temporary file is left alone, its run
    /// lands, and both writers, and the next to open, answer as the log does.
    @Test func anotherWriterOpeningAndCheckpointingWhileAFlushIsInFlightLosesNothing() throws {
        let pause = MergePause(holding: ".flush-")
        let store = try TemporaryStore(options: CompactionTests.options.with { $0.systemCalls = pause.calls })
        try append(1...10, to: store.log)
        try #require(pause.waitUntilPaused(), "the flush did not start")
        let other: EventLog
        do {
            defer { pause.resume() }
            other = try store.open(.write, options: CompactionTests.options)
        }
        store.log.waitForCompactionJob()
        #expect(try compaction.indexFiles(store) == compaction.fileNames([1...10]))
        try append(11...20, to: other)
        try other.waitForCompaction()
        try append(21...31, to: store.log)
        try store.log.waitForCompaction()
        try expectAnswers(store.log, count: 31)
        try other.refresh()
        try expectAnswers(other, count: 31)
        let reopened = try store.open(.write, options: CompactionTests.options)
        try expectAnswers(reopened, count: 31)
        #expect(reopened.verify().isSound)
    }
}
