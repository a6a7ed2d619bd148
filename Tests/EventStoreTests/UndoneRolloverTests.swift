import Foundation
import Synchronization
import Testing

@testable import EventStore

/// Given another log that looks (``EventLog/refresh()``, no lock) while a writer's append that
/// rolled over fails and removes the segment it started / when appends go on / then that log
/// does not keep the removed file: a writer appending into it would lose acknowledged
/// commands, a reader would never see the segment that replaces it.
struct UndoneRolloverTests {
    /// Runs `body` in place of the first `pwrite` of a record at `position` (the append's
    /// records, not a header or zeros), which then fails with EIO.
    private final class RecordWriteHook: Sendable {
        private let state = Mutex<(position: UInt64, body: (@Sendable () -> Void)?)>((0, nil))

        func arm(position: UInt64, _ body: @escaping @Sendable () -> Void) {
            state.withLock { $0 = (position, body) }
        }

        var systemCalls: SystemCalls {
            var calls = SystemCalls.live
            let base = SystemCalls.live
            calls.pwrite = { [self] fd, buffer, count, offset in
                let body = state.withLock { armed -> (@Sendable () -> Void)? in
                    guard let body = armed.body, count >= 16,
                        buffer.loadUnaligned(fromByteOffset: RecordLayout.positionOffset, as: UInt64.self)
                            == armed.position.littleEndian
                    else { return nil }
                    armed.body = nil
                    return body
                }
                guard let body else { return base.pwrite(fd, buffer, count, offset) }
                body()
                errno = EIO
                return -1
            }
            return calls
        }
    }

    /// A store whose first segment is nearly full, a writer on it whose next append rolls over,
    /// and its record-write hook.
    private func nearlyFullStore() throws -> (TemporaryStore, EventLog, RecordWriteHook) {
        let store = try TemporaryStore(options: RolloverTests.small)
        var number = 0
        while try FileSurgery.endOfRecords(store.segmentPaths[0]) < 3300 {
            number += 1
            _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)"))
        }
        let hook = RecordWriteHook()
        let failing = try store.open(.write, options: RolloverTests.small.with { $0.systemCalls = hook.systemCalls })
        return (store, failing, hook)
    }

    /// A big command: it does not fit in what is left of the first segment.
    private let big = (1...4).map { _ in
        Controls.event(payload: #"{"filler":"\#(String(repeating: "x", count: 200))"}"#)
    }

    @Test func aWriterThatSawTheRemovedSegmentAppendsInTheLog() throws {
        let (store, failing, hook) = try nearlyFullStore()
        let other = try store.open(.write)
        let next = failing.head.position + 1
        nonisolated(unsafe) let looking = other
        hook.arm(position: next) { try? looking.refresh() }
        let error = #expect(throws: StoreError.self) {
            try failing.append(Controls.request("s-big", command: "rolled-back", events: big))
        }
        #expect(error?.code == .io)
        #expect(try store.segmentPaths.count == 1)

        #expect(try other.append(Controls.request(command: "after")).positions == next...next)
        let reader = try store.open(.read)
        #expect(try reader.result(ofCommand: "after")?.positions == next...next)
        #expect(reader.verify().isSound)
    }

    @Test func aReaderThatSawTheRemovedSegmentSeesTheOneThatReplacesIt() throws {
        let (store, failing, hook) = try nearlyFullStore()
        let reader = try store.open(.read)
        let next = failing.head.position + 1
        nonisolated(unsafe) let looking = reader
        hook.arm(position: next) { try? looking.refresh() }
        #expect(throws: StoreError.self) {
            try failing.append(Controls.request("s-big", command: "rolled-back", events: big))
        }

        _ = try failing.append(Controls.request("s-big", command: "again", events: big))
        try reader.refresh()
        #expect(reader.head.position == next + 3)
        #expect(try reader.result(ofCommand: "again")?.positions == next...(next + 3))
    }
}
