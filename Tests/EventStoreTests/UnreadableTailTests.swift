import Foundation
import Testing

@testable import EventStore

/// Given a log whose bytes end as a writer in its `pwrite` (or a crash) leaves them, or are
/// damaged / when a reader opens or refreshes it / then `unreadableTail` names damage that hides
/// events, and only that: an append in progress is no alarm (`eig verify` calls it sound).
struct UnreadableTailTests {
    static let small = EventLogOptions.testing.with {
        $0.segmentSize = 4096
        $0.preallocationChunk = 1024
    }

    /// The last record half copied into the file: what a reader sees of an append in progress,
    /// and what a crash leaves. Nothing valid follows; verify calls the log sound.
    @Test func aHalfWrittenLastRecordIsNoDamage() throws {
        let store = try TemporaryStore()
        for number in 1...10 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let path = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(path)
        let end = try FileSurgery.endOfRecords(path)
        let half = offsets[9] + (end - offsets[9]) / 2
        try FileSurgery.write(path, [UInt8](repeating: 0, count: end - half), at: half)
        let reader = try store.open(.read)
        #expect(reader.head.position == 9)
        #expect(reader.unreadableTail == nil)
        #expect(reader.verify().isSound)
    }

    /// The second record of a commit of three half copied: still an append in progress.
    @Test func aHalfWrittenRecordInsideTheLastCommitIsNoDamage() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request("s-0", command: "first"))
        _ = try store.log.append(batch: (1...3).map { Controls.request("s-\($0)", command: "c-\($0)") })
        let path = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(path)
        let end = try FileSurgery.endOfRecords(path)
        try FileSurgery.write(path, [UInt8](repeating: 0, count: end - offsets[2] - 30), at: offsets[2] + 30)
        let reader = try store.open(.read)
        #expect(reader.head.position == 1)
        #expect(reader.unreadableTail == nil)
    }

    /// The same bad last record, but a segment follows: the events there are out of reach.
    @Test func aBadLastRecordOfASegmentThatHasASuccessorIsDamage() throws {
        let store = try TemporaryStore(options: Self.small)
        for number in 1...80 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let paths = try store.segmentPaths
        #expect(paths.count >= 3)
        let offsets = try FileSurgery.recordOffsets(paths[0])
        try FileSurgery.flipByte(paths[0], at: offsets[offsets.count - 1] + 70)
        let reader = try store.open(.read)
        #expect(reader.head.position == UInt64(offsets.count - 1))
        #expect(reader.unreadableTail?.contains("position \(offsets.count)") == true)
    }

    /// A damaged header on a segment in the middle: the segments from it on are out of reach,
    /// for a reader that opens now and for one that opened before and refreshes.
    @Test func aBadHeaderOnASegmentInTheMiddleIsDamage() throws {
        let store = try TemporaryStore(options: Self.small)
        for number in 1...10 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let early = try store.open(.read)
        for number in 11...80 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let paths = try store.segmentPaths
        #expect(paths.count >= 3)
        try FileSurgery.flipByte(paths[1], at: 2)
        let reader = try store.open(.read)
        #expect(reader.head.position == UInt64(try FileSurgery.recordOffsets(paths[0]).count))
        let damage = try #require(reader.unreadableTail)
        #expect(damage.contains(String(paths[1].split(separator: "/").last!)))
        #expect(damage.contains("magic"))
        try early.refresh()
        #expect(early.head.position == reader.head.position)
        #expect(early.unreadableTail == damage)
    }

    /// A reader that saw a half-written record, once the writer finished it and went on: the
    /// record and those after it are read, nothing is reported.
    @Test func aReaderThatRefreshesAfterTheWriteEndsSeesItWhole() throws {
        let store = try TemporaryStore()
        for number in 1...5 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let path = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(path)
        let end = try FileSurgery.endOfRecords(path)
        let whole = Array(try FileSurgery.bytes(path)[offsets[4]..<end])
        try FileSurgery.write(path, [UInt8](repeating: 0, count: 40), at: end - 40)
        let reader = try store.open(.read)
        #expect(reader.head.position == 4)
        #expect(reader.unreadableTail == nil)
        try FileSurgery.write(path, whole, at: offsets[4])
        _ = try store.log.append(Controls.request("s-9", command: "c-6"))
        try reader.refresh()
        #expect(reader.head.position == 6)
        #expect(reader.unreadableTail == nil)
    }

    /// A damaged header on the first segment: no event can be read, and the log is not empty.
    @Test func aBadHeaderOnTheFirstSegmentIsDamage() throws {
        let store = try TemporaryStore()
        for number in 1...3 { _ = try store.log.append(Controls.request("s-\(number)", command: "c-\(number)")) }
        try FileSurgery.flipByte(try store.segmentPaths[0], at: 1)
        let reader = try store.open(.read)
        #expect(reader.head.position == 0)
        #expect(reader.unreadableTail?.contains("segment-00000000000000000001.eig") == true)
    }

    /// A commit of three at the end of a segment, its last record zeroed, and a segment after
    /// it: the commit can never end, and the events of the next segment are out of reach.
    @Test func anUnfinishedCommitBeforeALaterSegmentIsDamage() throws {
        let store = try TemporaryStore(options: Self.small)
        _ = try store.log.append(batch: (1...3).map { Controls.request("s-\($0)", command: "c-\($0)") })
        _ = try store.log.append(batch: (4...33).map { Controls.request("s-\($0)", command: "c-\($0)") })
        let paths = try store.segmentPaths
        #expect(paths.count == 2)
        let offsets = try FileSurgery.recordOffsets(paths[0])
        #expect(offsets.count == 3)
        let end = try FileSurgery.endOfRecords(paths[0])
        try FileSurgery.write(paths[0], [UInt8](repeating: 0, count: end - offsets[2]), at: offsets[2])
        let reader = try store.open(.read)
        #expect(reader.head.position == 0)
        #expect(reader.unreadableTail?.contains("another segment follows") == true)
    }

    /// A last segment with a header and no record that starts beyond the head (an interrupted
    /// rollover, FORMAT.md §8), or one whose header is unreadable: verify calls it a torn tail,
    /// the next writer removes it; a reader reports nothing.
    @Test func anInterruptedRolloverIsNoDamage() throws {
        let store = try TemporaryStore()
        for number in 1...3 { _ = try store.log.append(Controls.request("s-\(number)", command: "c-\(number)")) }
        let beyond = store.directory + "/" + SegmentName.make(firstPosition: 7)
        let header = SegmentHeader(firstPosition: 7, previousChainHash: store.log.head.chainHash).encoded
        #expect(
            FileManager.default.createFile(atPath: beyond, contents: Data(header + [UInt8](repeating: 0, count: 256))))
        #expect(try store.open(.read).unreadableTail == nil)
        #expect(store.log.verify().isSound)
        try FileManager.default.removeItem(atPath: beyond)
        let next = store.directory + "/" + SegmentName.make(firstPosition: 4)
        #expect(FileManager.default.createFile(atPath: next, contents: Data([UInt8](repeating: 0, count: 256))))
        #expect(try store.open(.read).unreadableTail == nil)
        #expect(store.log.verify().isSound)
    }

    /// A rollover in progress: the next segment's header is written, no record yet. A reader
    /// that opens then, and one that refreshes then, report nothing; both read the records the
    /// writer then puts in it.
    @Test func aRolloverInProgressIsNoDamage() throws {
        let store = try TemporaryStore()
        for number in 1...3 { _ = try store.log.append(Controls.request("s-\(number)", command: "c-\(number)")) }
        let early = try store.open(.read)
        let next = store.directory + "/" + SegmentName.make(firstPosition: 4)
        let header = SegmentHeader(firstPosition: 4, previousChainHash: store.log.head.chainHash).encoded
        #expect(
            FileManager.default.createFile(atPath: next, contents: Data(header + [UInt8](repeating: 0, count: 512))))
        let reader = try store.open(.read)
        try early.refresh()
        for log in [reader, early] {
            #expect(log.head.position == 3)
            #expect(log.unreadableTail == nil)
        }
        let writer = try store.open(.write)
        _ = try writer.append(Controls.request("s-4", command: "c-4"))
        #expect(try store.segmentPaths.count == 2)
        for log in [reader, early] {
            try log.refresh()
            #expect(log.head.position == 4)
            #expect(log.unreadableTail == nil)
        }
    }
}
