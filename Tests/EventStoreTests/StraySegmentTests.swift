import Foundation
import Testing

@testable import EventStore

/// Given the files a crash during a rollover leaves (or a segment that is not this log's) /
/// when the store is read or opened for writing / then an interrupted rollover is ignored by
/// readers and reused or removed by the writer, and a last segment that does not continue the
/// log is refused as corruption without changing a byte.
struct StraySegmentTests {
    /// A store whose last append started the second segment: its head before that append,
    /// and the path of the second segment.
    private func makeRolledOverStore() throws -> (TemporaryStore, LogHead, String) {
        let store = try TemporaryStore(options: RolloverTests.small)
        var number = 0
        while true {
            number += 1
            let before = store.log.head
            _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)"))
            if store.log.head.segments == 2 { return (store, before, try store.segmentPaths[1]) }
        }
    }

    private func expectHead(_ log: EventLog, _ head: LogHead) {
        #expect(log.head.position == head.position)
        #expect(log.head.chainHash == head.chainHash)
    }

    /// The new segment is in place (header and zeros), its first record was never written.
    @Test func aCrashAfterTheRenameBeforeTheFirstRecordLeavesASegmentTheWriterReuses() throws {
        let (store, before, path) = try makeRolledOverStore()
        let end = try FileSurgery.endOfRecords(path)
        try FileSurgery.write(path, [UInt8](repeating: 0, count: end - SegmentHeader.length), at: SegmentHeader.length)
        let reader = try store.open(.read)
        expectHead(reader, before)
        let report = reader.verify()
        #expect(report.isSound && report.tornTail == nil && report.events == before.position)
        let writer = try store.open(.write)
        expectHead(writer, before)
        let next = before.position + 1
        #expect(try writer.append(Controls.request(command: "after")).positions == next...next)
        #expect(try store.segmentPaths == [try store.segmentPaths[0], path])
        #expect(FileSurgery.quarantinePaths(in: store.directory).isEmpty)
        #expect(writer.verify().isSound)
    }

    /// The new segment's first record was cut short: a torn tail, quarantined, and the segment
    /// is reused.
    @Test func aCrashAfterAPartialFirstRecordInTheNewSegmentIsATornTail() throws {
        let (store, before, path) = try makeRolledOverStore()
        let end = try FileSurgery.endOfRecords(path)
        let half = (end - SegmentHeader.length) / 2
        let kept = FileSurgery.quarantined(
            try FileSurgery.bytes(path)[SegmentHeader.length..<(SegmentHeader.length + half)])
        try FileSurgery.write(
            path, [UInt8](repeating: 0, count: end - SegmentHeader.length - half), at: SegmentHeader.length + half)
        let reader = try store.open(.read)
        expectHead(reader, before)
        let report = reader.verify()
        #expect(report.isSound)
        #expect(report.tornTail?.position == before.position + 1)
        let writer = try store.open(.write)
        expectHead(writer, before)
        let quarantined = FileSurgery.quarantinePaths(in: store.directory)
        #expect(quarantined.count == 1)
        #expect(try quarantined.first.map(FileSurgery.bytes) == kept)
        #expect(try FileSurgery.bytes(path)[SegmentHeader.length...].allSatisfy { $0 == 0 })
        _ = try writer.append(Controls.request(command: "after"))
        #expect(writer.verify().isSound && writer.verify().events == before.position + 1)
    }

    /// A last segment named after the position after the head but chained to another record.
    @Test func aLastSegmentWithAnotherPreviousChainHashIsRefused() throws {
        let store = try TemporaryStore(options: RolloverTests.small)
        for number in 1...10 { _ = try store.log.append(Controls.request(command: "c-\(number)")) }
        let foreign =
            SegmentHeader(firstPosition: 11, previousChainHash: .zero).encoded + [UInt8](repeating: 0, count: 1024)
        let path = store.directory + "/" + SegmentName.make(firstPosition: 11)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(foreign)))
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
        #expect(error?.position == 11)
        #expect(try FileSurgery.bytes(path) == foreign)
        let reader = try store.open(.read)
        #expect(reader.head.position == 10)
        #expect(reader.verify().problem?.kind == .continuity)
    }

    /// A last segment named after a position the log already holds: readers must not take it
    /// for the segment holding those positions.
    @Test func aLastSegmentStartingInsideTheLogIsRefusedAndReadersIgnoreIt() throws {
        let store = try TemporaryStore(options: RolloverTests.small)
        for number in 1...10 { _ = try store.log.append(Controls.request(command: "c-\(number)")) }
        let inside =
            SegmentHeader(firstPosition: 6, previousChainHash: try store.log.event(at: 5).chainHash).encoded
            + [UInt8](repeating: 0, count: 1024)
        let path = store.directory + "/" + SegmentName.make(firstPosition: 6)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(inside)))
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
        #expect(FileManager.default.fileExists(atPath: path))
        let reader = try store.open(.read)
        #expect(reader.head.position == 10)
        #expect(try reader.event(at: 7).commandID == "c-7")
        #expect(reader.verify().problem?.kind == .continuity)
    }

    /// The records before the last segment are missing but it holds valid records: not an
    /// interrupted rollover (a valid record after damage), so corruption.
    @Test func aLastSegmentWithRecordsAfterMissingPositionsIsRefused() throws {
        let (store, _, path) = try makeRolledOverStore()
        for number in 1...3 { _ = try store.log.append(Controls.request(command: "more-\(number)")) }
        let first = try store.segmentPaths[0]
        let last = try FileSurgery.recordOffsets(first).last!
        let end = try FileSurgery.endOfRecords(first)
        try FileSurgery.write(first, [UInt8](repeating: 0, count: end - last), at: last)
        let before = try store.segmentPaths.map(FileSurgery.bytes)
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
        #expect(try store.segmentPaths.map(FileSurgery.bytes) == before)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try !store.open(.read).verify().isSound)
    }
}
