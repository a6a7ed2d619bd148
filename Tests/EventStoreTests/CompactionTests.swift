import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a writer that saves a checkpoint run every ten events / when the runs are due for a
/// merge / then the append saves only its own run, the merge is made in the background and
/// swapped in later (its inputs unlinked), and the index answers the same throughout.
struct CompactionTests {
    static let options = CheckpointedStore.options

    /// Appends `cmd-<n>` to `stream-<n % 7>` for each n. Each checkpoint's run is swapped in
    /// at once (the flush of the frozen delta waited for), so that the runs and merges are the
    /// ones these tests name whatever the timing of the flushes (``DeltaFlushTests`` test those);
    /// with `settling`, each merge too.
    func append(_ numbers: ClosedRange<Int>, to log: EventLog, settling: Bool = false) throws {
        for number in numbers {
            _ = try log.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
            try log.waitForFlush()
            if settling { try log.waitForCompaction() }
        }
    }

    /// The answers of a log holding `cmd-1` … `cmd-<count>`.
    func expectAnswers(_ log: EventLog, count: Int) throws {
        #expect(log.head.position == UInt64(count))
        for stream in 0..<7 {
            let expected = (1...count).filter { $0 % 7 == stream }.map(UInt64.init)
            #expect(try log.events(inStream: "stream-\(stream)").map(\.position) == expected)
            #expect(log.streamVersion("stream-\(stream)") == UInt64(expected.count))
        }
        for number in [1, 10, 11, 20, 21, 40, 41, count] where number <= count {
            #expect(try log.result(ofCommand: "cmd-\(number)")?.positions == UInt64(number)...UInt64(number))
        }
        #expect(try log.result(ofCommand: "cmd-\(count + 1)") == nil)
    }

    func ranges(_ log: EventLog) -> [ClosedRange<UInt64>] {
        log.index.runs.map { $0.firstPosition...$0.lastPosition }
    }

    /// The names in `index/`, sorted.
    func indexFiles(_ store: TemporaryStore) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store.directory + "/index").sorted()
    }

    func fileNames(_ ranges: [ClosedRange<UInt64>]) -> [String] {
        ranges.map { IndexRunLayout.fileName(first: $0.lowerBound, last: $0.upperBound) }.sorted()
    }

    @Test func theAppendSavesItsOwnRunAndTheMergeIsSwappedInLater() throws {
        let store = try TemporaryStore(options: Self.options)
        try append(1...19, to: store.log)
        #expect(ranges(store.log) == [1...10])
        try append(20...20, to: store.log)
        // The append returned with the runs due for a merge still apart: the merge is elsewhere.
        #expect(ranges(store.log) == [1...10, 11...20])
        #expect(store.log.compaction?.inputs.count == 2)
        try expectAnswers(store.log, count: 20)
        try store.log.waitForCompaction()
        #expect(store.log.compaction == nil)
        #expect(ranges(store.log) == [1...20])
        #expect(try indexFiles(store) == fileNames([1...20]))
        try expectAnswers(store.log, count: 20)
    }

    /// Each merge swapped in before the next checkpoint: the runs of the in-line merges.
    @Test func mergesGiveTheRunsOfTheMergeRuleAndTheReplacedFilesGo() throws {
        let store = try TemporaryStore(options: Self.options)
        try append(1...95, to: store.log, settling: true)
        #expect(ranges(store.log) == [1...80, 81...90])
        #expect(try indexFiles(store) == fileNames([1...80, 81...90]))
        try expectAnswers(store.log, count: 95)
        let report = store.log.verify()
        #expect(report.isSound && report.indexRuns == 2)
        for reopened in [try store.open(.write), try store.open(.read)] {
            #expect(ranges(reopened) == [1...80, 81...90])
            try expectAnswers(reopened, count: 95)
        }
    }

    /// Merges finish whenever they finish: whatever the timing, the runs stay few, the files
    /// are the runs, and the index answers as the log does.
    @Test func runsStayFewWhileMergesRunAlongTheAppends() throws {
        let store = try TemporaryStore(options: Self.options)
        for first in stride(from: 1, through: 1200, by: 4) {
            let batch = (first..<(first + 4)).map { Controls.request("stream-\($0 % 7)", command: "cmd-\($0)") }
            _ = try store.log.append(batch: batch)
        }
        try expectAnswers(store.log, count: 1200)
        try store.log.waitForCompaction()
        let runs = ranges(store.log)
        // 120 checkpoints: log2(120) ≈ 7 runs by the rule; a few more while merges lag.
        #expect(runs.count <= 10)
        #expect(runs.first?.lowerBound == 1 && runs.last?.upperBound == 1200)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound + 1 == $1.lowerBound })
        #expect(try indexFiles(store) == fileNames(runs))
        try expectAnswers(store.log, count: 1200)
        #expect(store.log.verify().isSound)
        try expectAnswers(try store.open(.read), count: 1200)
    }

    @Test func releasingAWriterWaitsForItsMergeAndSwapsItIn() throws {
        let store = try TemporaryStore(options: Self.options)
        do {
            let writer = try store.open(.write)
            try append(1...20, to: writer)
            #expect(writer.compaction != nil)
        }
        #expect(try indexFiles(store) == fileNames([1...20]))
        try expectAnswers(try store.open(.read), count: 20)
    }

    /// Another writer checkpointed while the merge ran, and this writer loaded the runs again:
    /// its index holds other run objects, so the merge is not swapped in and nothing is unlinked.
    @Test func aMergeFinishedAfterAnotherWriterCheckpointedIsNotSwappedIn() throws {
        let store = try TemporaryStore(options: Self.options)
        try append(1...10, to: store.log)
        let other = try store.open(.write)
        try append(11...20, to: store.log)
        store.log.waitForCompactionJob()
        #expect(try indexFiles(store) == fileNames([1...10, 11...20, 1...20]))
        // The other writer finds runs from 11 on: it loads the longest chain, [1-20], and saves 21-30.
        try append(21...30, to: other)
        #expect(ranges(other) == [1...20, 21...30])
        #expect(other.compaction == nil)
        // This writer's next checkpoint loads the runs again before it looks at its merge.
        try append(31...31, to: store.log)
        #expect(store.log.compaction == nil)
        #expect(ranges(store.log) == [1...20, 21...30])
        #expect(try indexFiles(store) == fileNames([1...10, 11...20, 1...20, 21...30]))
        try expectAnswers(store.log, count: 31)
        try other.refresh()
        try expectAnswers(other, count: 31)
        // The next writer to open the store deletes the runs no chain uses.
        let reopened = try store.open(.write)
        #expect(try indexFiles(store) == fileNames([1...20, 21...30]))
        try expectAnswers(reopened, count: 31)
        #expect(reopened.verify().isSound)
    }
}
