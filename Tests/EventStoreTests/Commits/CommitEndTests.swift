import Foundation
import Testing

@testable import EventStore

/// A commit (one append: a command or a batch) is all or nothing across a crash: records after
/// the last commit end are never shown and the next writer cuts them (FORMAT.md §5.1, §8).
struct CommitEndTests {
    /// Two acknowledged commands, then a three-command batch whose last record is torn (its
    /// second half zeroed) or missing whole (all of it zeroed: the flag never written).
    @Test(arguments: [false, true])
    func aBatchWhoseLastRecordIsLostIsCutWhole(missingWhole: Bool) throws {
        let store = try TemporaryStore()
        for number in 1...2 { _ = try store.log.append(Controls.request(command: "before-\(number)")) }
        let batch = (1...3).map { Controls.request("dossier-P5-010\($0)", command: "batch-\($0)") }
        _ = try store.log.append(batch: batch)
        let segment = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(segment)
        let end = try FileSurgery.endOfRecords(segment)
        let original = try FileSurgery.bytes(segment)
        let cut = missingWhole ? offsets[4] : (offsets[4] + end) / 2
        try FileSurgery.write(segment, [UInt8](repeating: 0, count: end - cut), at: cut)

        let reopened = try store.open(.write)
        #expect(reopened.head.position == 2)
        for number in 1...3 { #expect(try reopened.events(inStream: "dossier-P5-010\(number)").isEmpty) }
        let quarantined = FileSurgery.quarantinePaths(in: store.directory)
        #expect(quarantined.count == 1)
        if let file = quarantined.first {
            #expect(try FileSurgery.bytes(file) == FileSurgery.quarantined(original[offsets[2]..<cut]))
        }
        #expect(try FileSurgery.bytes(segment)[offsets[2]..<end].allSatisfy { $0 == 0 })
        #expect(reopened.verify().isSound)
        #expect(reopened.verify().tornTail == nil)
        let again = try reopened.append(batch: batch)
        #expect(again.map(\.isDuplicate) == [false, false, false])
        #expect(again.last?.positions == 5...5)
        #expect(try store.open(.read).verify().isSound)
    }

    /// A three-event command torn after its first event: readers see none of it, before any
    /// writer recovers; `verify` calls it a torn tail.
    @Test func aCommandTornAfterItsFirstEventIsInvisibleToReaders() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request(command: "first"))
        let events = (1...3).map { Controls.event(payload: #"{"step":\#($0)}"#) }
        _ = try store.log.append(Controls.request("dossier-P5-0008", command: "three", events: events))
        let segment = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(segment)
        let end = try FileSurgery.endOfRecords(segment)
        try FileSurgery.write(segment, [UInt8](repeating: 0, count: end - offsets[2]), at: offsets[2])

        let reader = try store.open(.read)
        #expect(reader.head.position == 1)
        #expect(try reader.events(inStream: "dossier-P5-0008").isEmpty)
        #expect(try count(reader) == 1)
        #expect(throws: StoreError.self) { try reader.event(at: 2) }
        let report = reader.verify()
        #expect(report.isSound)
        #expect(report.events == 1)
        #expect(report.tornTail?.position == 2)
        // The writer that wrote it does not see it either once it looks again.
        let writer = try store.open(.write)
        #expect(writer.head.position == 1)
        #expect(
            try writer.append(Controls.request("dossier-P5-0008", command: "three", events: events)).positions == 2...4)
    }

    /// A batch that does not fit in the current segment goes whole into the next one.
    @Test func aBatchThatDoesNotFitGoesWholeIntoTheNextSegment() throws {
        let store = try TemporaryStore(
            options: .testing.with {
                $0.segmentSize = 4096; $0.preallocationChunk = 1024
            })
        var number = 0
        while try FileSurgery.endOfRecords(store.segmentPaths[0]) < 3300 {
            number += 1
            _ = try store.log.append(Controls.request(command: "single-\(number)"))
        }
        let head = store.log.head.position
        let batch = (1...6).map { Controls.request("dossier-P5-020\($0)", command: "fit-\($0)") }
        _ = try store.log.append(batch: batch)
        let paths = try store.segmentPaths
        #expect(paths.count == 2)
        #expect(paths.last?.hasSuffix(SegmentName.make(firstPosition: head + 1)) == true)
        #expect(try FileSurgery.recordOffsets(paths[0]).count == Int(head))
        #expect(try FileSurgery.recordOffsets(paths[1]).count == 6)
        #expect(store.log.verify().isSound)
    }

    /// A store written by the format 1 code (committed fixture) reads and verifies; the first
    /// append after it starts a format 2 segment.
    @Test func aVersion1StoreIsReadAndTheFirstAppendStartsAVersion2Segment() throws {
        let root = try TemporaryDirectory()
        let directory = root.path + "/store"
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/v1-store").path
        try FileManager.default.copyItem(atPath: fixture, toPath: directory)
        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        #expect(reader.head.position == 26)
        #expect(try count(reader) == 26)
        #expect(try reader.events(inStream: "dossier-P1-0001").count == 6)
        #expect(reader.verify().isSound)
        #expect(reader.verify().tornTail == nil)

        let writer = try EventLog.open(
            at: directory, mode: .write, options: .testing.with { $0.segmentSize = 4096 })
        let result = try writer.append(Controls.request("dossier-P1-0001", command: "v2-first"))
        #expect(result.positions == 27...27)
        let paths = try FileSurgery.segmentPaths(in: directory)
        #expect(paths.count == 3)
        #expect(paths.last?.hasSuffix(SegmentName.make(firstPosition: 27)) == true)
        let header = try FileSurgery.bytes(paths[2])
        #expect(header[8] == 2 && header[9] == 0)
        #expect(try FileSurgery.bytes(paths[1])[8] == 1)
        #expect(try EventLog.open(at: directory, mode: .read, options: .testing).verify().isSound)
        #expect(
            try EventLog.open(at: directory, mode: .read, options: .testing).events(inStream: "dossier-P1-0001").count
                == 7)
    }

    private func count(_ log: EventLog) throws -> Int {
        var cursor = log.events()
        var count = 0
        while try cursor.next() != nil { count += 1 }
        return count
    }

    /// The commit-end flag is an unknown flag in a format 1 segment.
    @Test func theCommitEndFlagIsRefusedInAVersion1Segment() throws {
        var record: [UInt8] = []
        _ = RecordEncoder.append(
            to: &record, position: 1, streamVersion: 1, recordedAt: Controls.occurredAt, event: Controls.event(),
            eventID: EventID(high: 1, low: 2),
            fields: RecordEncoder.CommandFields(
                stream: "dossier-P5-0007", metadata: CommandMetadata(commandID: "c1", actor: "alice")),
            previous: .zero, commitEnd: true)
        record.withUnsafeBytes { bytes in
            #expect(RecordLayout.hasUnknownFlags(bytes.baseAddress!, segmentVersion: 1))
            #expect(!RecordLayout.hasUnknownFlags(bytes.baseAddress!, segmentVersion: 2))
            #expect(RecordLayout.isCommitEnd(bytes.baseAddress!, segmentVersion: 2))
        }
    }
}
