import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a log whose last segment is full / when the append that starts the next segment fails
/// and even removing that segment fails (or the process dies there) / then nothing acknowledged
/// is lost, the failed command is not in the log, the writer goes on, a reopened log works and
/// readers see exactly the acknowledged records; a last segment that does not continue the log
/// stays corruption.
struct InterruptedRolloverTests {
    static let segmentSize = 4096
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()

    private var options: EventLogOptions {
        let fatal = self.fatal
        return EventLogOptions.testing.with {
            $0.systemCalls = SystemCalls.live.injecting(faults)
            $0.onFatalError = { fatal.record($0) }
            $0.segmentSize = Self.segmentSize
            $0.preallocationChunk = 1024
        }
    }

    /// A store whose only segment has room for `room` more single-event commands: the next
    /// one after those starts a new segment.
    private func makeStore(room: Int = 0) throws -> TemporaryStore {
        let store = try TemporaryStore(options: options)
        var number = 0
        while true {
            number += 1
            let before = store.log.tailOffset
            _ = try store.log.append(Controls.request("s-\(number % 3)", command: "before-\(1000 + number)"))
            let length = store.log.tailOffset - before
            try #require(store.log.head.segments == 1)
            if store.log.tailOffset + (room + 1) * length > Self.segmentSize { return store }
        }
    }

    /// A command a little larger than those that filled the store, so that the segment rolls
    /// over before the position a stray segment is named after.
    private func request(_ number: Int) -> AppendRequest {
        Controls.request(
            "s-\(number % 3)", command: "after-\(1000 + number)",
            events: [
                Controls.event(payload: #"{"title":"Signaux faibles","note":"\#(String(repeating: "x", count: 80))"}"#)
            ])
    }

    /// The name the segment starting at `position` has.
    private func segmentPath(_ store: TemporaryStore, _ position: UInt64) -> String {
        store.directory + "/" + SegmentName.make(firstPosition: position)
    }

    /// Every record a fresh reader sees, with the acknowledged command ids in order.
    private func commandIDs(_ store: TemporaryStore) throws -> [String] {
        var ids: [String] = []
        try store.open(.read, options: .testing).forEachRecord { ids.append($0.commandID) }
        return ids
    }

    /// Makes the write of the records into the segment starting at `position` fail, then every
    /// removal of a segment: its header and preallocated zeros are the first two `pwrite`s on
    /// it (through its temporary name), the records the third. With `shortWriteFirst`, the
    /// records are written in part and clearing them fails too, so that segment keeps a torn
    /// first record.
    private func failTheRollover(to position: UInt64, shortWriteFirst: Bool = false) {
        let name = SegmentName.make(firstPosition: position)
        if shortWriteFirst {
            faults.add(.init(.pwrite, onCall: 3, shortWriteBytes: 40, pathContains: name))
            faults.add(.init(.pwrite, onCall: 4, errno: ENOSPC, isPersistent: true, pathContains: name))
        } else {
            faults.add(.init(.pwrite, onCall: 3, errno: ENOSPC, pathContains: name))
        }
        faults.add(.init(.unlink, errno: EIO, isPersistent: true, pathContains: "segment-", pathHasSuffix: ".eig"))
    }

    /// The first positions of the segment files in the store.
    private func segmentStarts(_ store: TemporaryStore) throws -> [UInt64] {
        try store.segmentPaths.compactMap { SegmentName.firstPosition(of: String($0.split(separator: "/").last!)) }
    }

    // MARK: Write fails, then the unlink of the new segment fails

    /// `room` records of the command go into the full segment, the rest into the new one.
    @Test(arguments: [0, 3])
    func aDoubleFaultLeavesTheLogAsItWasAndTheWriterGoesOn(room: Int) throws {
        let store = try makeStore(room: room)
        let head = store.log.head
        let acknowledged = try commandIDs(store)
        let stray = head.position + 1  // a commit never spans segments: the whole batch goes to the new one
        failTheRollover(to: stray)
        let failing = (1...(room + 2)).map { Controls.request("b-\($0)", command: "failing-\($0)") }
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: failing) }
        #expect(error?.errno == ENOSPC)
        #expect(faults.triggered(.unlink) == 1)
        #expect(try segmentStarts(store) == [1, stray])
        faults.removeAll()
        #expect(store.log.head == head)
        #expect(try commandIDs(store) == acknowledged)
        #expect(try store.open(.read, options: .testing).verify().isSound)
        // Batches of larger commands fill the first segment past the stray segment's first
        // position (no append starts there) and roll over to later segments.
        for first in stride(from: 1, through: 60, by: 5) {
            _ = try store.log.append(batch: (first..<(first + 5)).map(request))
        }
        let expected = acknowledged + (1...60).map { "after-\(1000 + $0)" }
        #expect(try commandIDs(store) == expected)
        let reader = try store.open(.read, options: .testing)
        #expect(reader.head == store.log.head)
        #expect(try reader.event(at: stray + 1).commandID == expected[Int(stray)])
        #expect(reader.verify().isSound)
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.head == store.log.head)
        #expect(try reopened.append(batch: failing).count == failing.count)
        #expect(reopened.verify().isSound)
        #expect(fatal.recorded.isEmpty)
    }

    /// The process dies right after the double fault (the stray segment may hold a torn first
    /// record when clearing it failed too); the log is reopened from its files.
    @Test(arguments: [(0, false), (0, true), (3, false), (3, true)])
    func aProcessThatDiesAfterADoubleFaultLeavesALogThatReopens(room: Int, torn: Bool) throws {
        let store = try makeStore(room: room)
        let head = store.log.head
        let acknowledged = try commandIDs(store)
        let stray = head.position + 1  // a commit never spans segments: the whole batch goes to the new one
        failTheRollover(to: stray, shortWriteFirst: torn)
        let failing = (1...(room + 2)).map { Controls.request("b-\($0)", command: "failing-\($0)") }
        #expect(throws: StoreError.self) { try store.log.append(batch: failing) }
        #expect(try segmentStarts(store) == [1, stray])
        faults.removeAll()
        let reader = try store.open(.read, options: .testing)
        #expect(reader.head.position == head.position && reader.head.chainHash == head.chainHash)
        #expect(try commandIDs(store) == acknowledged)
        #expect(reader.verify().isSound)
        let writer = try store.open(.write, options: .testing)
        #expect(writer.head.position == head.position && writer.head.chainHash == head.chainHash)
        for number in 1...40 { _ = try writer.append(request(number)) }
        #expect(try commandIDs(store) == acknowledged + (1...40).map { "after-\(1000 + $0)" })
        #expect(writer.verify().isSound)
        #expect(try store.open(.read, options: .testing).verify().isSound)
    }

    /// A commit never spans segments, so the segment a failed append started (and could not
    /// remove) is named after the position right after the head and holds no record: it
    /// continues the log, and the next append takes it up and writes into it.
    @Test func aStraySegmentThatCannotBeRemovedContinuesTheLogAndTheNextAppendTakesItUp() throws {
        let store = try makeStore(room: 3)
        let head = store.log.head
        let stray = head.position + 1  // the whole batch goes to the new segment
        failTheRollover(to: stray)
        let failing = (1...5).map { Controls.request("b-\($0)", command: "failing-\($0)") }
        #expect(throws: StoreError.self) { try store.log.append(batch: failing) }
        #expect(try segmentStarts(store) == [1, stray])
        #expect(try store.open(.read, options: .testing).head.position == head.position)
        let appended = try store.log.append(batch: [request(1), request(2)])
        #expect(appended.last?.positions.lowerBound == head.position + 2)
        #expect(try segmentStarts(store) == [1, stray])
        #expect(try store.open(.read, options: .testing).head.position == head.position + 2)
        #expect(store.log.verify().isSound)
        faults.removeAll()
    }

    /// Another long-lived writer must not append around the segment this one could not remove:
    /// single commands up to the position before it, or a batch across it.
    @Test(arguments: [1, 10])
    func anotherWriterRemovesTheStraySegmentBeforeAppendingAroundIt(batchSize: Int) throws {
        let store = try makeStore(room: 3)
        let other = try store.open(.write, options: .testing)
        let head = store.log.head
        let stray = head.position + 1  // the whole batch goes to the new segment
        failTheRollover(to: stray)
        let failing = (1...5).map { Controls.request("b-\($0)", command: "failing-\($0)") }
        #expect(throws: StoreError.self) { try store.log.append(batch: failing) }
        #expect(try segmentStarts(store) == [1, stray])
        for first in stride(from: 1, through: 20, by: batchSize) {
            _ = try other.append(batch: (first..<(first + batchSize)).map(request))
        }
        #expect(other.head.position == head.position + 20)
        // The stray continued the log: the other writer took it up (FORMAT.md §9).
        #expect(try segmentStarts(store).dropFirst().first == stray)
        let reader = try store.open(.read, options: .testing)
        #expect(reader.head == other.head)
        #expect(reader.verify().isSound)
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.head == other.head)
        faults.removeAll()
        #expect(try store.log.append(batch: failing).count == 5)
        #expect(store.log.verify().isSound)
    }
}
