import Foundation
import Testing

@testable import EventStore

/// Given a log whose bytes were damaged / when it is verified, read or opened for writing /
/// then the damage is found at the right position, a torn tail is recovered, corruption is
/// refused, and nothing is ever skipped.
struct DamageTests {
    /// Ten single-event commands in one segment.
    private func makeStore(options: EventLogOptions = .testing) throws -> (TemporaryStore, String, [Int]) {
        let store = try TemporaryStore(options: options)
        for number in 1...10 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let path = try store.segmentPaths.last!
        return (store, path, try FileSurgery.recordOffsets(path))
    }

    @Test func aFlippedByteInTheMiddleIsFoundAndWritingIsRefused() throws {
        let (store, path, offsets) = try makeStore()
        try FileSurgery.flipByte(path, at: offsets[4] + 70)
        let before = try FileSurgery.bytes(path)
        let report = try store.open(.read).verify()
        #expect(!report.isSound)
        #expect(report.problem?.position == 5)
        #expect(report.problem?.offset == UInt64(offsets[4]))
        #expect(report.problem?.kind == .record)
        #expect(report.problem?.what.contains("position 6") == true)
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
        #expect(error?.position == 5)
        #expect(try FileSurgery.bytes(path) == before)
        #expect(FileSurgery.quarantinePaths(in: store.directory).isEmpty)
        let reader = try store.open(.read)
        #expect(reader.head.position == 4)
    }

    /// A bad record inside a commit of many records, valid ones after it: the writer's refusal
    /// names the bad record, as `verify` does, and where its commit starts.
    @Test func aFlippedByteInsideALargeCommitIsNamedWhereItIs() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request("s-0", command: "first"))
        _ = try store.log.append(batch: (1...20).map { Controls.request("s-\($0 % 3)", command: "c-\($0)") })
        let path = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(path)
        try FileSurgery.flipByte(path, at: offsets[11] + 70)
        #expect(store.log.verify().problem?.position == 12)
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
        #expect(error?.position == 12)
        #expect(error?.message.contains("offset \(offsets[11]) (position 12)") == true)
        #expect(error?.message.contains("the commit that starts at offset \(offsets[1]) (position 2)") == true)
    }

    @Test func aReaderThatMeetsDamageThrowsInsteadOfStopping() throws {
        let (store, path, offsets) = try makeStore()
        let reader = try store.open(.read)
        try FileSurgery.flipByte(path, at: offsets[2] + 20)
        var seen: [UInt64] = []
        let error = #expect(throws: StoreError.self) {
            var cursor = reader.events()
            while let event = try cursor.next() { seen.append(event.position) }
        }
        #expect(error?.code == .corrupted)
        #expect(error?.position == 3)
        #expect(seen == [1, 2])
        #expect(throws: StoreError.self) { try reader.events(inStream: "s-0") }
    }

    @Test func aTruncatedTailIsQuarantinedAndTheLogGoesOn() throws {
        let (store, path, offsets) = try makeStore()
        let cut = offsets[9] + 40
        let lost = FileSurgery.quarantined(try FileSurgery.bytes(path)[offsets[9]..<cut])
        try FileSurgery.truncate(path, to: cut)
        let before = store.log.head
        #expect(try store.open(.read).verify().tornTail?.position == 10)
        #expect(try store.open(.read).verify().isSound)
        let writer = try store.open(.write)
        #expect(writer.head.position == 9)
        let quarantined = FileSurgery.quarantinePaths(in: store.directory)
        #expect(quarantined.count == 1)
        #expect(try FileSurgery.bytes(quarantined[0]) == lost)
        #expect(quarantined[0].contains("segment-00000000000000000001.eig-\(offsets[9])-"))
        let report = writer.verify()
        #expect(report.isSound && report.tornTail == nil && report.events == 9)
        #expect(try writer.append(Controls.request("s-1", command: "c-10")).positions == 10...10)
        #expect(writer.head.position == before.position)
        #expect(writer.verify().isSound)
    }

    @Test func aZeroFilledRecordTailIsRecovered() throws {
        let (store, path, offsets) = try makeStore()
        let length = try FileSurgery.endOfRecords(path) - offsets[9]
        let original = Array(try FileSurgery.bytes(path)[offsets[9]..<(offsets[9] + length)])
        try FileSurgery.write(path, [UInt8](repeating: 0, count: length - 30), at: offsets[9] + 30)
        let writer = try store.open(.write)
        #expect(writer.head.position == 9)
        let quarantined = try FileSurgery.bytes(FileSurgery.quarantinePaths(in: store.directory)[0])
        #expect(quarantined == Array(original.prefix(30)))
        #expect(try FileSurgery.bytes(path)[offsets[9]...].allSatisfy { $0 == 0 })
        #expect(writer.verify().isSound)
        _ = try writer.append(Controls.request())
        #expect(writer.verify().events == 10)
    }

    @Test func garbageInTheFreeSpaceIsATornTail() throws {
        let (store, path, _) = try makeStore()
        let end = try FileSurgery.endOfRecords(path)
        try FileSurgery.write(path, Array("half-written".utf8), at: end + 100)
        #expect(try store.open(.read).verify().tornTail?.kind == .freeSpace)
        let writer = try store.open(.write)
        #expect(writer.head.position == 10)
        let quarantined = try FileSurgery.bytes(FileSurgery.quarantinePaths(in: store.directory)[0])
        #expect(quarantined == [UInt8](repeating: 0, count: 100) + Array("half-written".utf8))
        #expect(writer.verify().isSound && writer.verify().tornTail == nil)
    }

    @Test func aReaderNeverChangesATornTail() throws {
        let (store, path, offsets) = try makeStore()
        try FileSurgery.truncate(path, to: offsets[9] + 10)
        let before = try FileSurgery.bytes(path)
        let reader = try store.open(.read)
        #expect(reader.head.position == 9)
        _ = reader.verify()
        #expect(try FileSurgery.bytes(path) == before)
        #expect(FileSurgery.quarantinePaths(in: store.directory).isEmpty)
    }

    @Test func damageInASealedSegmentIsCorruption() throws {
        let options = EventLogOptions.testing.with {
            $0.segmentSize = 4096
            $0.preallocationChunk = 1024
        }
        let store = try TemporaryStore(options: options)
        for _ in 1...60 { _ = try store.log.append(Controls.request()) }
        let first = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(first)
        let last = offsets.count
        try FileSurgery.flipByte(first, at: offsets[last - 1] + 12)
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
        #expect(error?.position == UInt64(last))
        #expect(try store.open(.read).verify().problem?.position == UInt64(last))
    }

    @Test func anInterruptedRolloverIsRemoved() throws {
        let (store, _, _) = try makeStore()
        let torn = store.directory + "/" + SegmentName.make(firstPosition: 11)
        let header = SegmentHeader(firstPosition: 11, previousChainHash: store.log.head.chainHash).encoded
        _ = FileManager.default.createFile(atPath: torn, contents: Data(header.prefix(40)))
        #expect(try store.open(.read).head.position == 10)
        #expect(try store.open(.read).verify().tornTail?.kind == .segmentHeader)
        let writer = try store.open(.write)
        #expect(!FileManager.default.fileExists(atPath: torn))
        #expect(
            try FileSurgery.bytes(FileSurgery.quarantinePaths(in: store.directory)[0])
                == FileSurgery.quarantined(header.prefix(40)))
        _ = try writer.append(Controls.request())
        #expect(writer.verify().isSound)
        #expect(writer.head.position == 11)
    }

    @Test func aSegmentHeaderFromTheFutureIsRefusedClearly() throws {
        let (store, path, _) = try makeStore()
        var header = SegmentHeader(firstPosition: 1, previousChainHash: .zero).encoded
        header[8] = 9
        try FileSurgery.write(path, header, at: 0)
        let error = #expect(throws: StoreError.self) { try store.open(.read) }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.message.contains("version 9") == true)
    }

    @Test func aStoreManifestFromTheFutureIsRefusedClearly() throws {
        let (store, _, _) = try makeStore()
        try Data(#"{"format":"eig-event-log","formatVersion":2,"storeID":"x","createdAt":"x"}"#.utf8)
            .write(to: URL(fileURLWithPath: store.directory + "/store.json"))
        let error = #expect(throws: StoreError.self) { try store.open(.read) }
        #expect(error?.code == .unsupportedFormat)
    }
}

struct VerifyTests {
    @Test func aSoundStoreVerifiesAndReportsProgress() throws {
        let store = try TemporaryStore(options: RolloverTests.small)
        for _ in 1...50 { _ = try store.log.append(Controls.request()) }
        var seen: [UInt64] = []
        let report = store.log.verify { seen.append($0) }
        #expect(report.isSound && report.tornTail == nil)
        #expect(report.events == 50)
        #expect(report.chainHash == store.log.head.chainHash)
        #expect(report.segments == store.log.head.segments)
        #expect(seen.last == 50)
    }

    @Test func anEmptyStoreVerifies() throws {
        let store = try TemporaryStore()
        let report = store.log.verify()
        #expect(report.isSound && report.events == 0 && report.chainHash == .zero)
    }
}
