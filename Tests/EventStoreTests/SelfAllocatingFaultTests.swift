import Foundation
import Glibc
import Testing

@testable import EventStore

/// The second reading of 026bb4e (a large append grows the segment by its own bytes,
/// ``EventLog/selfAllocatingBytes``): given such an append / when it fails and taking it back
/// fails too / then nothing of it ever joins the log and the store still opens for writing and
/// verifies; and a file that ends at its last record, cut by a crash or grown while a reader
/// has it mapped, reads and recovers like one with free space after it.
struct SelfAllocatingFaultTests {
    private let faults = FaultInjector()
    private var growing: GrowingSegment { GrowingSegment(faults: faults) }

    /// A write of 1.5 MB past the segment's known end, then a full disk; clearing it, the first
    /// megabyte of zeros goes through and the rest fails. Whatever of the batch is left must be
    /// where the writer's recovery looks (not past the size it knew), and be cut as a torn tail.
    @Test func aFailedLargeWriteWhoseUndoFailsHalfWayIsCutNotLeftPastTheKnownEnd() throws {
        let (store, _) = try growing.makeStoreNearTheEnd(segmentSize: 16 << 20)
        let head = store.log.head
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 1_500_000, pathContains: "segment-"))
        faults.add(.init(.pwrite, onCall: 2, errno: ENOSPC, pathContains: "segment-"))
        // The undo: its first megabyte of zeros is written, the rest fails.
        faults.add(.init(.pwrite, onCall: 4, errno: EIO, pathContains: "segment-"))
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batch: GrowingSegment.batch(300, payloadBytes: 8000, tag: "failing"))
        }
        #expect(error?.errno == ENOSPC)
        #expect(faults.triggered(.pwrite) == 3)
        faults.removeAll()
        #expect(store.log.head == head)

        let after = try store.log.append(Controls.request(command: "after"))
        #expect(after.positions == (head.position + 1)...(head.position + 1))
        #expect(store.log.verify().isSound)
        let reopened = try store.open(.write)
        #expect(reopened.head.position == head.position + 1)
        #expect(try reopened.result(ofCommand: "failing-0") == nil)
        #expect(reopened.verify().isSound)
    }

    /// A batch larger than the segment, into an empty one: written whole, then the segment's
    /// mapping cannot grow to it (ENOMEM) and clearing it fails. The append reported `.io`
    /// ("the log is as it was"): its commit must not turn up in the log afterwards.
    @Test func aLargeBatchWhoseMappingCannotGrowIsNeverInTheLog() throws {
        let store = try growing.makeStore(segmentSize: 4096)
        let head = store.log.head
        // The first mapping is the empty segment's, taken again by the catch-up scan.
        faults.add(.init(.mmap, onCall: 2, errno: ENOMEM, pathContains: "segment-"))
        // Should the records be written before the mapping fails: the undo's zeros fail.
        faults.add(.init(.pwrite, onCall: 2, errno: EIO, pathContains: "segment-"))
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batch: GrowingSegment.batch(40, payloadBytes: 4000, tag: "failing"))
        }
        #expect(error?.code == .io)
        #expect(faults.triggered(.mmap) == 1)
        faults.removeAll()
        #expect(store.log.head == head)
        let reopened = try store.open(.write)
        #expect(reopened.head == head)
        #expect(try reopened.result(ofCommand: "failing-0") == nil)
        #expect(reopened.verify().isSound)
        // Tried again, it is written whole, and the file ends at its last record.
        let retried = try store.log.append(batch: GrowingSegment.batch(40, payloadBytes: 4000, tag: "failing"))
        #expect(retried.last?.positions == 40...40)
        let segment = try #require(try store.segmentPaths.first)
        #expect(try GrowingSegment.fileSize(segment) == FileSurgery.endOfRecords(segment))
        #expect(try store.open(.write).verify().isSound)
    }

    /// A crash that cut a large append at a record boundary leaves a file ending exactly there,
    /// without the commit's end: no reader shows those records, verify calls them an unfinished
    /// commit, and the next writer cuts them and goes on.
    @Test func aLargeAppendCutAtARecordBoundaryAtTheFileEndIsAnUnfinishedCommit() throws {
        let (store, segment) = try growing.makeStoreNearTheEnd(segmentSize: 4 << 20)
        let head = store.log.head
        _ = try store.log.append(batch: GrowingSegment.batch(200, payloadBytes: 400, tag: "cut"))
        let offsets = try FileSurgery.recordOffsets(segment)
        #expect(try GrowingSegment.fileSize(segment) == FileSurgery.endOfRecords(segment))
        try FileSurgery.truncate(segment, to: offsets[offsets.count - 1])

        let reader = try store.open(.read)
        #expect(reader.head == head)
        #expect(reader.unreadableTail == nil)
        let report = reader.verify()
        #expect(report.isSound && report.tornTail?.position == head.position + 1)
        let writer = try store.open(.write)
        #expect(writer.head == head)
        #expect(
            try writer.append(Controls.request(command: "after")).positions == (head.position + 1)...(head.position + 1)
        )
        let after = writer.verify()
        #expect(after.isSound && after.tornTail == nil)
    }

    /// A reader that mapped a segment ending at its last record follows it as large appends
    /// grow it and then roll over to the next: every event, in order, no damage reported.
    @Test func aReaderFollowsASegmentGrownByLargeAppendsIntoTheNext() throws {
        let store = try growing.makeStore(segmentSize: 1 << 20)
        _ = try store.log.append(batch: GrowingSegment.batch(200, payloadBytes: 400, tag: "large-0"))
        let segment = try #require(try store.segmentPaths.first)
        let reader = try store.open(.read)
        var number = 1
        var refreshesAtTheFileEnd = 0
        while try store.segmentPaths.count < 2 {
            _ = try store.log.append(batch: GrowingSegment.batch(200, payloadBytes: 400, tag: "large-\(number)"))
            number += 1
            if try store.segmentPaths.count == 1,
                try GrowingSegment.fileSize(segment) == FileSurgery.endOfRecords(segment)
            {
                refreshesAtTheFileEnd += 1
            }
            try reader.refresh()
            #expect(reader.head == store.log.head)
            #expect(reader.unreadableTail == nil)
        }
        var count: UInt64 = 0
        try reader.forEachRecord { record in
            count += 1
            #expect(record.position == count)
        }
        #expect(refreshesAtTheFileEnd >= 2)
        #expect(count == store.log.head.position && count == UInt64(number) * 200)
        #expect(reader.verify().isSound)
    }
}
