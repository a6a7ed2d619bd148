import Foundation
import Testing

@testable import EventStore

struct IndexCheckpointTests {
    static let options = CheckpointedStore.options

    private func makeStore() throws -> TemporaryStore { try CheckpointedStore.make() }

    private func expectSameAnswers(_ log: EventLog) throws {
        #expect(log.head.position == 95)
        for stream in 0..<7 {
            let positions = try log.events(inStream: "stream-\(stream)").map(\.position)
            #expect(positions == (1...95).filter { $0 % 7 == stream }.map(UInt64.init))
            #expect(log.streamVersion("stream-\(stream)") == UInt64(positions.count))
        }
        for number in [1, 10, 11, 64, 95] {
            #expect(try log.result(ofCommand: "cmd-\(number)")?.positions == UInt64(number)...UInt64(number))
        }
        #expect(log.streamNames(withPrefix: "stream-").count == 7)
    }

    @Test func runsAreWrittenMergedAndUsedOnOpen() throws {
        let store = try makeStore()
        let runs = try FileSurgery.indexRunPaths(in: store.directory)
        #expect(!runs.isEmpty)
        #expect(runs.count <= 4)
        #expect(
            runs.first.map { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix("index-00000000000000000001-") }
                == true)
        let reopened = try store.open(.write)
        #expect(reopened.index.runsEnd >= 90)
        #expect(reopened.index.delta.count == 95 - Int(reopened.index.runsEnd))
        try expectSameAnswers(reopened)
        try expectSameAnswers(try store.open(.read))
        #expect(store.log.verify().isSound)
        #expect(store.log.verify().indexRuns == runs.count)
    }

    @Test func aMergedRunEqualsARunBuiltFromScratch() throws {
        let store = try makeStore()
        let path = try FileSurgery.indexRunPaths(in: store.directory)[0]
        let run = try IndexRun(path: path, name: "run", files: store.log.files)
        var delta = IndexDelta(firstPosition: 1)
        try store.log.forEachRecord(through: run.lastPosition) { record in
            delta.add(
                position: record.position, offset: 0, stream: record.stream, commandID: record.commandID,
                streamVersion: record.streamVersion)
        }
        var fresh = IndexRunBuilder(delta: delta, chainHash: run.chainHash)
        fresh.offsets = (run.firstPosition...run.lastPosition).map { run.offset(of: $0) }
        #expect(fresh.encoded() == Array(run.fileBytes))
    }

    @Test func aDamagedRunIsIgnoredReportedAndRebuilt() throws {
        let store = try makeStore()
        let path = try FileSurgery.indexRunPaths(in: store.directory)[0]
        try FileSurgery.flipByte(path, at: 200)
        let report = try store.open(.read).verify()
        #expect(report.problem?.kind == .index)
        #expect(report.events == 95)
        let reader = try store.open(.read)
        try expectSameAnswers(reader)
        #expect(reader.index.runs.allSatisfy { $0.name != URL(fileURLWithPath: path).lastPathComponent })
        let writer = try store.open(.write)
        try expectSameAnswers(writer)
        for number in 96...110 {
            _ = try writer.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
        }
        #expect(writer.verify().isSound)
        // The checkpoint run is built and written in the background (``DeltaFlush``): on a busy
        // machine it may not be saved yet when the appends return.
        try writer.waitForCompaction()
        #expect(try store.open(.read).index.runsEnd >= 100)
    }

    @Test func aReaderChecksARunOnFirstUseAndDoesWithoutItIfDamaged() throws {
        let store = try makeStore()
        let path = try FileSurgery.indexRunPaths(in: store.directory)[0]
        let name = URL(fileURLWithPath: path).lastPathComponent
        // Byte 200 is in the offsets table (from byte 128): the offset of position 19.
        try FileSurgery.flipByte(path, at: 200)
        let reader = try store.open(.read)
        // Opening checked the header only, and the head reads no run.
        #expect(reader.index.runs.first?.name == name)
        #expect(reader.index.runs.contains { !$0.isVerified })
        #expect(reader.head.position == 95)
        // The first lookup that needs the run finds the damage and leaves the run out.
        #expect(try reader.event(at: 19).position == 19)
        #expect(reader.index.runs.allSatisfy { $0.name != name && $0.isVerified })
        try expectSameAnswers(reader)

        let streamReader = try store.open(.read)
        #expect(streamReader.streamVersion("stream-5") == 13)
        #expect(streamReader.index.runs.allSatisfy { $0.name != name })
        try expectSameAnswers(streamReader)
    }

    @Test func aReaderThatLooksNothingUpChecksNoRunAndReplaysAll() throws {
        let store = try makeStore()
        let reader = try store.open(.read)
        #expect(!reader.index.runs.isEmpty)
        #expect(reader.head.position == 95)
        var positions: [UInt64] = []
        try reader.forEachRecord(from: 1) { positions.append($0.position) }
        #expect(positions == Array(1...95))
        #expect(reader.index.runs.allSatisfy { !$0.isVerified })
        try expectSameAnswers(reader)
        #expect(reader.index.runs.allSatisfy { $0.isVerified })
        #expect(try store.open(.write).index.runs.allSatisfy { $0.isVerified })
    }

    @Test func aMissingCheckpointIsRebuiltFromTheLog() throws {
        let store = try makeStore()
        for path in try FileSurgery.indexRunPaths(in: store.directory) {
            try FileManager.default.removeItem(atPath: path)
        }
        let reopened = try store.open(.write)
        #expect(reopened.index.runs.isEmpty)
        try expectSameAnswers(reopened)
    }

    @Test func aRunThatDoesNotMatchTheLogIsNotTrusted() throws {
        let store = try makeStore()
        let other = try TemporaryStore(options: Self.options)
        for number in 1...95 {
            _ = try other.log.append(Controls.request("other-\(number % 3)", command: "x-\(number)"))
        }
        let mine = try FileSurgery.indexRunPaths(in: store.directory)
        for path in mine { try FileManager.default.removeItem(atPath: path) }
        for path in try FileSurgery.indexRunPaths(in: other.directory) {
            try FileManager.default.copyItem(
                atPath: path, toPath: store.directory + "/index/" + URL(fileURLWithPath: path).lastPathComponent)
        }
        let reader = try store.open(.read)
        #expect(reader.index.runs.isEmpty)
        try expectSameAnswers(reader)
        #expect(reader.verify().problem?.kind == .index)
    }

    @Test func aRunPastTheEndOfTheLogIsNotTrusted() throws {
        let store = try makeStore()
        let runs = try FileSurgery.indexRunPaths(in: store.directory)
        let last = runs.last!
        let range = IndexRunLayout.range(ofFileName: URL(fileURLWithPath: last).lastPathComponent)!
        let renamed = store.directory + "/index/" + IndexRunLayout.fileName(first: range.lowerBound, last: 500)
        try FileManager.default.moveItem(atPath: last, toPath: renamed)
        let reader = try store.open(.read)
        #expect(reader.index.runsEnd < range.lowerBound)
        try expectSameAnswers(reader)
    }
}

struct ReaderRefreshTests {
    @Test func aLongLivedReaderPicksUpNewCheckpoints() throws {
        let store = try TemporaryStore(options: IndexCheckpointTests.options)
        _ = try store.log.append(Controls.request("first"))
        let reader = try store.open(.read)
        for number in 1...60 { _ = try store.log.append(Controls.request("s-\(number % 4)", command: "r-\(number)")) }
        try reader.refresh()
        #expect(reader.head == store.log.head)
        #expect(reader.index.runsEnd >= 40)
        #expect(reader.index.delta.count < 20)
        #expect(try reader.events(inStream: "s-1").count == 15)
        #expect(try reader.result(ofCommand: "r-7")?.positions == 8...8)
    }
}

struct StreamVersionAcrossCheckpointsTests {
    @Test func versionsStayExactWhileRunsAreWrittenAndMerged() throws {
        let store = try TemporaryStore(options: IndexCheckpointTests.options)
        for number in 1...200 {
            let stream = "s-\(number % 3)"
            _ = try store.log.append(Controls.request(stream, expected: .exact(store.log.streamVersion(stream))))
        }
        #expect(store.log.index.runsEnd >= 180)
        #expect((0..<3).map { store.log.streamVersion("s-\($0)") } == [66, 67, 67])
        #expect(try store.open(.read).streamVersion("s-2") == 67)
    }
}
