import Foundation
import Testing

@testable import EventStore

/// A second reader's checks of the writer across processes and at segment edges: two logs
/// on one store stand for two processes (each has its own lock descriptor).
struct SecondReadingTests {
    @Test func aCommandAnotherWriterAppendedAfterOurOpenIsADuplicate() throws {
        let store = try TemporaryStore()
        let other = try store.open(.write)
        let first = try other.append(Controls.request("dossier-P5-0001", command: "cmd-x"))
        let again = try store.log.append(Controls.request("dossier-P5-0002", expected: .noStream, command: "cmd-x"))
        #expect(again == AppendResult(positions: first.positions, streamVersion: 1, isDuplicate: true))
        #expect(store.log.head.position == 1)
        #expect(try store.open(.read).streamVersion("dossier-P5-0002") == 0)
    }

    @Test func recordedAtNeverDecreasesAcrossWriters() throws {
        let ahead = ManualClock()
        let behind = ManualClock()
        behind.set(Timestamp(iso8601: "2021-05-04T17:00:00Z")!)
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.clock = { ahead.read() } })
        let late = try store.open(.write, options: store.options.with { $0.clock = { behind.read() } })
        _ = try store.log.append(Controls.request())
        _ = try late.append(Controls.request())
        var events: [RecordedEvent] = []
        var cursor = try store.open(.read).events()
        try cursor.forEach { events.append($0) }
        #expect(events.count == 2)
        #expect(events[1].recordedAt >= events[0].recordedAt)
    }

    @Test func aRecordExactlyFillingASegmentRollsOverCleanly() throws {
        // The length of one record, measured in a first store.
        let probe = try TemporaryStore()
        _ = try probe.log.append(Controls.request(command: "probe-1000"))
        let length = Int(probe.log.head.bytes) - SegmentHeader.length
        let perSegment = (EventLogLimits.minimumSegmentSize - SegmentHeader.length) / length + 1
        let size = SegmentHeader.length + perSegment * length
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.segmentSize = size })
        for number in 0..<(2 * perSegment + 1) {
            _ = try store.log.append(Controls.request(command: "probe-\(1000 + number)"))
        }
        #expect(try store.segmentPaths.count == 3)
        #expect(store.log.head.position == UInt64(2 * perSegment + 1))
        let reopened = try store.open(.write)
        #expect(reopened.head == store.log.head)
        _ = try reopened.append(Controls.request(command: "after"))
        let reader = try store.open(.read)
        var count = 0
        var cursor = reader.events()
        try cursor.forEach { _ in count += 1 }
        #expect(count == 2 * perSegment + 2)
        #expect(reader.verify().isSound)
    }
    /// A long-lived writer knows its segment's size as it last saw it. When another writer's
    /// record ends exactly there, the bytes past the known size are not zeros: the writer must
    /// look again instead of taking that end for the log's, or it writes over those records.
    @Test func aWriterWhoseKnownSizeEndsAtAnotherWritersRecordSeesWhatFollows() throws {
        let probe = try TemporaryStore()
        _ = try probe.log.append(Controls.request(command: "probe-1000"))
        let length = Int(probe.log.head.bytes) - SegmentHeader.length
        // The first writer learns the segment's size when it creates it: the header and one chunk.
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.preallocationChunk = 4 * length })
        let other = try store.open(.write)
        for number in 0..<6 { _ = try other.append(Controls.request(command: "probe-\(1000 + number)")) }
        _ = try store.log.append(Controls.request(command: "probe-2000"))
        #expect(store.log.head.position == 7)
        let reader = try store.open(.read)
        #expect(reader.head.position == 7)
        #expect(try reader.result(ofCommand: "probe-1005")?.positions == 6...6)
        #expect(reader.verify().isSound)
    }
    /// What a power loss during a rollover can leave: the new segment's file (header, zeros)
    /// is durable, the records before it that it names are not. Opening for writing removes
    /// that segment, and the segment before it becomes the one appends go to again.
    @Test func anEmptySegmentThatDoesNotContinueTheLogIsRemovedAndAppendsGoOn() throws {
        let store = try TemporaryStore()
        for number in 1...3 { _ = try store.log.append(Controls.request(command: "before-\(number)")) }
        let stray =
            SegmentHeader(firstPosition: 9, previousChainHash: .zero).encoded + [UInt8](repeating: 0, count: 4096)
        let path = store.directory + "/" + SegmentName.make(firstPosition: 9)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(stray)))
        let reopened = try store.open(.write)
        #expect(try store.segmentPaths.count == 1)
        _ = try reopened.append(Controls.request(command: "after"))
        #expect(reopened.head.position == 4)
        #expect(try store.open(.read).verify().isSound)
    }
    /// The same power loss when the records before the new segment were cut short: the tail of
    /// the segment before it is torn (nothing acknowledged is there), not corruption.
    @Test func aTornTailBeforeAnEmptyStraySegmentIsRecovered() throws {
        let store = try TemporaryStore()
        for number in 1...3 { _ = try store.log.append(Controls.request(command: "before-\(number)")) }
        let segment = try store.segmentPaths[0]
        let last = try FileSurgery.recordOffsets(segment).last!
        let end = try FileSurgery.endOfRecords(segment)
        let half = (end - last) / 2
        try FileSurgery.write(segment, [UInt8](repeating: 0, count: end - last - half), at: last + half)
        let stray =
            SegmentHeader(firstPosition: 4, previousChainHash: .zero).encoded + [UInt8](repeating: 0, count: 4096)
        let path = store.directory + "/" + SegmentName.make(firstPosition: 4)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(stray)))
        let reopened = try store.open(.write)
        #expect(reopened.head.position == 2)
        #expect(try store.segmentPaths.count == 1)
        #expect(FileSurgery.quarantinePaths(in: store.directory).count == 1)
        _ = try reopened.append(Controls.request(command: "after"))
        #expect(try store.open(.read).verify().isSound)
    }
}
