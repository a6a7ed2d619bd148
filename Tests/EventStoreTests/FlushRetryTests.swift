import Glibc
import Testing

@testable import EventStore

/// Given a frozen delta whose flush failed (not its fsync) / when appends go on, another writer
/// checkpoints, or the log is released / then the frozen delta is tried again within
/// ``EventLog/flushRetryEvents`` appends and nothing is lost.
struct FlushRetryTests {
    private let compaction = CompactionTests()
    private let faults = FaultInjector()

    /// Appends `cmd-<n>` to `stream-<n % 7>` for each n, waiting after each for the flush it
    /// started (not swapping it in), so that the count of tries is exact.
    private func append(_ numbers: ClosedRange<Int>, to log: EventLog) throws {
        for number in numbers {
            _ = try log.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
            log.waitForCompactionJob()
        }
    }

    private func store(interval: Int) throws -> TemporaryStore {
        try TemporaryStore(
            options: CompactionTests.options.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.checkpointInterval = interval
            })
    }

    /// With an interval of 1 to 15 a failed flush is tried again at every append; from 16, once
    /// an eighth of an interval more events were appended. Once space is back, the next try
    /// lands the run.
    @Test(arguments: [1, 2, 7, 8, 9, 16])
    func aFailedFlushIsTriedAgainEveryEighthOfAnInterval(interval: Int) throws {
        let store = try store(interval: interval)
        let retry = store.log.flushRetryEvents
        #expect(retry == max(1, interval / 8))
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        try append(1...interval, to: store.log)
        #expect(faults.triggered(.pwrite) == 1)
        try append((interval + 1)...(interval + 3 * retry), to: store.log)
        #expect(faults.triggered(.pwrite) == 4)
        #expect(store.log.index.frozen?.delta.count == interval)
        faults.removeAll()
        try append((interval + 3 * retry + 1)...(interval + 4 * retry), to: store.log)
        try store.log.waitForCompaction()
        #expect(store.log.index.runsEnd >= UInt64(interval))
        try compaction.expectAnswers(store.log, count: interval + 4 * retry)
    }

    /// The delta becomes due (a whole interval) while the frozen one keeps failing.
    @Test func aDueDeltaBehindAFailingFrozenOneIsCheckpointedOnceSpaceIsBack() throws {
        let store = try store(interval: 16)
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        try append(1...50, to: store.log)
        #expect(store.log.index.frozen?.delta.count == 16)
        #expect(store.log.index.delta.count == 34)
        faults.removeAll()
        try append(51...54, to: store.log)
        try store.log.waitForCompaction()
        try append(55...56, to: store.log)
        try store.log.waitForCompaction()
        #expect(store.log.index.frozen == nil)
        #expect(store.log.index.runsEnd >= 50)
        try compaction.expectAnswers(store.log, count: 56)
    }

    /// A frozen delta that landed after many failed tries leaves a retry point far ahead
    /// (``EventLog/flushRetryAt``); the next frozen delta, failing in turn, does not wait for it.
    @Test func aRetryPointLeftByAnEarlierFrozenDeltaIsNotUsed() throws {
        let store = try store(interval: 16)
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        try append(1...60, to: store.log)
        #expect(store.log.flushRetryAt > 40)
        faults.removeAll()
        try append(61...62, to: store.log)
        try store.log.waitForCompaction()
        #expect(store.log.index.runsEnd == 16)
        let earlier = faults.triggered(.pwrite)
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        // The next append freezes 17-63 and tries its flush; two more try it again.
        try append(63...63, to: store.log)
        #expect(store.log.index.frozen?.delta.firstPosition == 17)
        #expect(faults.triggered(.pwrite) == earlier + 1)
        try append(64...65, to: store.log)
        #expect(faults.triggered(.pwrite) == earlier + 2)
        faults.removeAll()
        try append(66...67, to: store.log)
        try store.log.waitForCompaction()
        #expect(store.log.index.frozen == nil)
        #expect(store.log.index.runsEnd >= 63)
        try compaction.expectAnswers(store.log, count: 67)
    }

    /// Another writer checkpoints while this one's frozen delta waits to be tried again.
    @Test func anotherWritersCheckpointIsTakenUpAtTheNextTry() throws {
        let store = try store(interval: 80)
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        try append(1...84, to: store.log)
        let other = try store.open(.write, options: CompactionTests.options.with { $0.checkpointInterval = 80 })
        try append(85...100, to: other)
        try other.waitForCompaction()
        #expect(other.index.runsEnd >= 80)
        faults.removeAll()
        try append(101...120, to: store.log)
        try store.log.waitForCompaction()
        #expect(store.log.index.frozen == nil)
        try compaction.expectAnswers(store.log, count: 120)
        try other.refresh()
        try compaction.expectAnswers(other, count: 120)
    }

    /// Released with its frozen delta unsaved: the next opening reads those records again.
    @Test func releasingWithAFailedFlushLosesNoEvent() throws {
        let store = try store(interval: 80)
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        do {
            let log = try store.open(
                .write,
                options: CompactionTests.options.with {
                    $0.systemCalls = SystemCalls.live.injecting(faults)
                    $0.checkpointInterval = 80
                })
            try append(1...85, to: log)
            #expect(log.index.frozen != nil)
        }
        faults.removeAll()
        let reopened = try store.open(.write, options: CompactionTests.options.with { $0.checkpointInterval = 80 })
        try compaction.expectAnswers(reopened, count: 85)
        try append(86...86, to: reopened)
        try reopened.waitForCompaction()
        #expect(reopened.index.runsEnd >= 85)
    }
}
