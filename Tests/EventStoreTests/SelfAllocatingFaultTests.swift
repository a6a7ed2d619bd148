import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a large append that grows the segment by its own bytes (``EventLog/selfAllocatingBytes``)
/// / when it fails and taking it back fails too / then nothing of it ever joins the log, and
/// the store stays one that opens for writing and verifies: the second reading of 026bb4e.
struct SelfAllocatingFaultTests {
    private let faults = FaultInjector()
    private let chunk = 256 << 10

    private func makeStore(segmentSize: Int) throws -> TemporaryStore {
        let chunk = self.chunk
        let store = try TemporaryStore(
            options: EventLogOptions.testing.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.segmentSize = segmentSize
                $0.preallocationChunk = chunk
            })
        return store
    }

    /// `count` one-event commands of `payloadBytes` each.
    private func batch(_ count: Int, payloadBytes: Int, tag: String) -> [AppendRequest] {
        (0..<count).map { number in
            Controls.request(
                "dossier-\(number % 5)", command: "\(tag)-\(number)",
                events: [Controls.event(payload: String(repeating: "x", count: payloadBytes))])
        }
    }

    private func fileSize(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? -1
    }

    /// Small appends until the records end less than 40 KiB before the file does.
    private func fillNearTheEnd(_ store: TemporaryStore, _ segment: String) throws {
        var number = 0
        while try fileSize(segment) - FileSurgery.endOfRecords(segment) >= 40 << 10 {
            _ = try store.log.append(batch: batch(20, payloadBytes: 400, tag: "small-\(number)"))
            number += 1
        }
    }

    /// A write of 1.5 MB past the segment's known end, then a full disk; clearing it, the first
    /// megabyte of zeros goes through and the rest fails. Whatever of the batch is left must be
    /// where the writer's recovery looks (not past the size it knew), and be cut as a torn tail.
    @Test func aFailedLargeWriteWhoseUndoFailsHalfWayIsCutNotLeftPastTheKnownEnd() throws {
        let store = try makeStore(segmentSize: 16 << 20)
        _ = try store.log.append(Controls.request(command: "first"))
        let segment = try #require(try store.segmentPaths.first)
        try fillNearTheEnd(store, segment)
        let head = store.log.head
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 1_500_000, pathContains: "segment-"))
        faults.add(.init(.pwrite, onCall: 2, errno: ENOSPC, pathContains: "segment-"))
        // The undo: its first megabyte of zeros is written, the rest fails.
        faults.add(.init(.pwrite, onCall: 4, errno: EIO, pathContains: "segment-"))
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batch: batch(300, payloadBytes: 8000, tag: "failing"))
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
        let store = try makeStore(segmentSize: 4096)
        let head = store.log.head
        // The first mapping is the empty segment's, taken again by the catch-up scan.
        faults.add(.init(.mmap, onCall: 2, errno: ENOMEM, pathContains: "segment-"))
        // Should the records be written before the mapping fails: the undo's zeros fail.
        faults.add(.init(.pwrite, onCall: 2, errno: EIO, pathContains: "segment-"))
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batch: batch(40, payloadBytes: 4000, tag: "failing"))
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
        let retried = try store.log.append(batch: batch(40, payloadBytes: 4000, tag: "failing"))
        #expect(retried.last?.positions == 40...40)
        let segment = try #require(try store.segmentPaths.first)
        #expect(try fileSize(segment) == FileSurgery.endOfRecords(segment))
        #expect(try store.open(.write).verify().isSound)
    }
}
