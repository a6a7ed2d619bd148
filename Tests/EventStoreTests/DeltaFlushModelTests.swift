import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given writers whose index deltas are frozen and flushed in the background (``DeltaFlush``) /
/// when two writers, a reader and reopenings interleave appends, pipelined batches, waits and
/// failing flushes or merges, or a pipelined batch's background sync fails / then every lookup
/// answers as the log holds it, no run file covers a position that was not acknowledged, and no
/// temporary file is left once the logs are released.
struct DeltaFlushModelTests {
    /// What the log should answer: each stream's positions, and the last position.
    private struct Model {
        var count = 0
        var streams: [[UInt64]] = Array(repeating: [], count: 7)

        mutating func next() -> AppendRequest {
            count += 1
            streams[count % 7].append(UInt64(count))
            return Controls.request("stream-\(count % 7)", command: "cmd-\(count)")
        }

        func expectAnswers(_ log: EventLog, _ label: String) throws {
            #expect(log.head.position == UInt64(count), "\(label)")
            for stream in 0..<7 {
                #expect(try log.events(inStream: "stream-\(stream)").map(\.position) == streams[stream], "\(label)")
                #expect(log.streamVersion("stream-\(stream)") == UInt64(streams[stream].count), "\(label)")
            }
            for number in Set([1, count / 2, count - 3, count]) where number >= 1 && number <= count {
                let position = UInt64(number)
                #expect(try log.result(ofCommand: "cmd-\(number)")?.positions == position...position, "\(label)")
            }
            #expect(try log.result(ofCommand: "cmd-\(count + 1)") == nil, "\(label)")
        }
    }

    /// Arms, at random, persistent ENOSPC on the flushes' and merges' writes and on creating
    /// index files, or clears them all.
    private func shuffleFaults(_ faults: FaultInjector, _ random: inout SeededRandom) {
        faults.removeAll()
        if random.next() % 2 == 0 {
            faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        }
        if random.next() % 2 == 0 {
            faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".merge-"))
        }
        if random.next() % 3 == 0 {
            faults.add(.init(.open, errno: ENOSPC, isPersistent: true, pathContains: "/index/index-"))
        }
    }

    @Test(arguments: [(1, false), (2, false), (3, false), (101, true), (102, true), (103, true)] as [(UInt64, Bool)])
    func interleavedWritersAndAReaderAnswerAsTheLog(seed: UInt64, failingFlushes: Bool) throws {
        var random = SeededRandom(seed: seed)
        let faults = FaultInjector()
        let options = CheckpointedStore.options.with { $0.systemCalls = SystemCalls.live.injecting(faults) }
        let store = try TemporaryStore(options: options)
        var writers = [store.log, try store.open(.write, options: options)]
        let reader = try store.open(.read)
        var model = Model()
        for step in 0..<100 {
            if failingFlushes, random.next() % 8 == 0 { shuffleFaults(faults, &random) }
            let chosen = Int(random.next() % 2)
            switch random.next() % 10 {
            case 0:
                try writers[chosen].waitForCompaction()
            case 1:
                writers[chosen] = try store.open(.write, options: options)
            case 2, 3:
                let batches = (0..<(1 + random.next() % 3)).map { _ in
                    (0..<(1 + random.next() % 6)).map { _ in model.next() }
                }
                try writers[chosen].append(batches: batches) { _ in }
            default:
                _ = try writers[chosen].append(model.next())
                if random.next() % 4 == 0 {
                    // A command already in the log, maybe in a run, the frozen delta or the delta.
                    let number = Int(1 + random.next() % UInt64(model.count))
                    let again = try writers[chosen].append(
                        Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
                    #expect(again.isDuplicate && again.positions == UInt64(number)...UInt64(number))
                }
            }
            try writers[chosen].refresh()
            try model.expectAnswers(writers[chosen], "seed \(seed), step \(step), writer")
            try reader.refresh()
            try model.expectAnswers(reader, "seed \(seed), step \(step), reader")
        }
        faults.removeAll()
        writers.removeAll()
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory + "/index")
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
        let reopened = try store.open(.write)
        try model.expectAnswers(reopened, "seed \(seed), reopened")
        #expect(reopened.verify().isSound)
    }

    /// The sync of pipelined batch `failingSync` fails (batches of 300 events, synced in the
    /// background, each making the delta due): the frozen delta and every run file cover only
    /// acknowledged positions, and the head is the last of them.
    @Test(arguments: 1...4)
    func aFailedBackgroundSyncLeavesNoRunBeyondWhatWasAcknowledged(failingSync: Int) throws {
        let faults = FaultInjector()
        let fatal = FatalRecorder()
        let store = try TemporaryStore(
            options: EventLogOptions.testing.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.onFatalError = { fatal.record($0) }
                $0.segmentSize = 4 << 20
                $0.preallocationChunk = 4 << 20
                $0.checkpointInterval = 250
            })
        _ = try store.log.append(Controls.request("setup", command: "setup"))
        let payload = Array(String(repeating: "p", count: 300).utf8)
        var serial = 0
        let batches = (0..<6).map { _ in
            (0..<300).map { _ in
                serial += 1
                return Controls.request(
                    "stream-\(serial % 7)", command: "cmd-\(serial)",
                    events: [ProposedEvent(type: "DossierImported", occurredAt: Controls.occurredAt, payload: payload)])
            }
        }
        faults.add(.init(.fdatasync, onCall: failingSync, errno: EIO, pathContains: "segment"))
        var acknowledged: UInt64 = 1
        let failure = #expect(throws: StoreError.self) {
            try store.log.append(batches: batches) { acknowledged = $0.last!.positions.upperBound }
        }
        #expect(failure?.code == .fatal && fatal.recorded.count == 1)
        #expect(acknowledged == 1 + 300 * UInt64(failingSync - 1))
        store.log.waitForCompactionJob()
        #expect(store.log.head.position == acknowledged)
        #expect((store.log.index.frozen?.delta.lastPosition ?? 0) <= acknowledged)
        #expect(store.log.index.runsEnd <= acknowledged)
        for name in try FileManager.default.contentsOfDirectory(atPath: store.directory + "/index") {
            let range = try #require(IndexRunLayout.range(ofFileName: name), "not a run: \(name)")
            #expect(range.upperBound <= acknowledged, "\(name) covers more than the \(acknowledged) acknowledged")
        }
    }

    /// While the flush's writes keep failing (ENOSPC), each append starts at most one new attempt
    /// of the same frozen delta (its size stays the interval) and waits for none until the next
    /// delta is due; no temporary file stays; once space is back, the next append flushes the
    /// frozen delta again, the one after it lands that run and freezes the rest, and a wait
    /// saves everything.
    @Test func aFlushThatKeepsFailingIsTriedAtMostOncePerAppendAndCatchesUp() throws {
        let faults = FaultInjector()
        let store = try TemporaryStore(
            options: CheckpointedStore.options.with { $0.systemCalls = SystemCalls.live.injecting(faults) })
        faults.add(.init(.pwrite, errno: ENOSPC, isPersistent: true, pathContains: ".flush-"))
        var model = Model()
        for _ in 1...60 { _ = try store.log.append(model.next()) }
        store.log.waitForCompactionJob()
        // The delta of 1-10 froze at the 10th append; appends 11-60 each tried it at most once.
        #expect(faults.triggered(.pwrite) >= 1 && faults.triggered(.pwrite) <= 51)
        #expect(store.log.index.frozen?.delta.count == 10)
        #expect(store.log.index.runs.isEmpty && store.log.index.delta.count == 50)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory + "/index").isEmpty)
        try model.expectAnswers(store.log, "failing")
        faults.removeAll()
        for _ in 1...2 { _ = try store.log.append(model.next()) }
        try store.log.waitForCompaction()
        #expect(store.log.index.frozen == nil && store.log.index.delta.count == 0)
        #expect(store.log.index.runsEnd == UInt64(model.count))
        try model.expectAnswers(store.log, "caught up")
        try model.expectAnswers(try store.open(.read), "reader")
    }
}
