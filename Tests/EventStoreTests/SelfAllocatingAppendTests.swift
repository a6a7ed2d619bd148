import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a segment preallocated with zeros / when an append of ``EventLog/selfAllocatingBytes``
/// or more runs past its end / then the file grows by the append's own bytes and ends at its
/// last record (no zeros written ahead, for its `fdatasync` to write too), while a smaller
/// append past the end still preallocates a chunk of zeros; either way the log verifies and
/// reads back, and a failed large write leaves the log as it was.
struct SelfAllocatingAppendTests {
    private let faults = FaultInjector()
    private let chunk = GrowingSegment.chunk

    /// A store holding one command.
    private func makeStore() throws -> TemporaryStore {
        let store = try GrowingSegment(faults: faults).makeStore(segmentSize: 4 << 20)
        _ = try store.log.append(Controls.request(command: "first"))
        return store
    }

    private func onlySegment(_ store: TemporaryStore) throws -> String {
        let paths = try store.segmentPaths
        try #require(paths.count == 1)
        return paths[0]
    }

    @Test func aLargeAppendPastTheEndGrowsTheFileByItsOwnBytes() throws {
        let store = try makeStore()
        let segment = try onlySegment(store)
        let preallocated = try GrowingSegment.fileSize(segment)
        #expect(preallocated == SegmentHeader.length + chunk)
        try GrowingSegment.fillNearTheEnd(store, segment)
        let (start, first) = (try FileSurgery.endOfRecords(segment), store.log.head.position + 1)

        let large = GrowingSegment.batch(200, payloadBytes: 400, tag: "large")
        _ = try store.log.append(batch: large)

        let end = try FileSurgery.endOfRecords(segment)
        #expect(end - start >= EventLog.selfAllocatingBytes)
        #expect(end > preallocated && end < preallocated + chunk)
        #expect(try GrowingSegment.fileSize(segment) == end)
        let reopened = try store.open(.write)
        #expect(reopened.verify().isSound)
        #expect(reopened.head.position == first + 199)
        var commandIDs: [String] = []
        var cursor = reopened.events(from: first)
        try cursor.forEach { commandIDs.append($0.commandID) }
        #expect(commandIDs == large.map(\.metadata.commandID))
    }

    @Test func aSmallAppendPastTheEndStillPreallocatesZeros() throws {
        let store = try makeStore()
        let segment = try onlySegment(store)
        // Small appends (below the threshold) until one runs past the preallocated end.
        var number = 0
        while try FileSurgery.endOfRecords(segment) <= SegmentHeader.length + chunk {
            _ = try store.log.append(batch: GrowingSegment.batch(20, payloadBytes: 400, tag: "small-\(number)"))
            number += 1
        }
        let end = try FileSurgery.endOfRecords(segment)
        #expect(try GrowingSegment.fileSize(segment) == SegmentHeader.length + 2 * chunk)
        #expect(try FileSurgery.bytes(segment)[end...].allSatisfy { $0 == 0 })
        // Then a large one grows the file exactly to its end, and a small one preallocates again.
        try GrowingSegment.fillNearTheEnd(store, segment)
        _ = try store.log.append(batch: GrowingSegment.batch(200, payloadBytes: 400, tag: "large"))
        let largeEnd = try FileSurgery.endOfRecords(segment)
        #expect(try GrowingSegment.fileSize(segment) == largeEnd)
        _ = try store.log.append(Controls.request(command: "after"))
        #expect(try GrowingSegment.fileSize(segment) == largeEnd + chunk)
        #expect(try store.open(.write).verify().isSound)
    }

    @Test(arguments: [ENOSPC, EIO])
    func aFailedLargeWritePastTheEndLeavesTheLogAsItWas(code: Int32) throws {
        let store = try makeStore()
        let segment = try onlySegment(store)
        try GrowingSegment.fillNearTheEnd(store, segment)
        let head = store.log.head
        let before = try FileSurgery.bytes(segment)
        // Half the batch reaches the file, then the disk is full.
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 50_000, pathContains: "segment-"))
        faults.add(.init(.pwrite, onCall: 2, errno: code, pathContains: "segment-"))
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batch: GrowingSegment.batch(200, payloadBytes: 400, tag: "failing"))
        }
        #expect(error?.errno == code)
        #expect(store.log.head == head)
        // What the failed write added past the old end is zeros: free space.
        let after = try FileSurgery.bytes(segment)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(after.dropFirst(before.count).allSatisfy { $0 == 0 })
        faults.removeAll()
        let reopened = try store.open(.write)
        #expect(reopened.head == head)
        #expect(reopened.verify().isSound)
        let retried = try reopened.append(batch: GrowingSegment.batch(200, payloadBytes: 400, tag: "failing"))
        #expect(retried.last?.positions == (head.position + 200)...(head.position + 200))
        #expect(try GrowingSegment.fileSize(segment) == FileSurgery.endOfRecords(segment))
        #expect(try store.open(.read).verify().isSound)
    }
}
