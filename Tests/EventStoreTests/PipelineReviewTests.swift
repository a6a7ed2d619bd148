import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// Second reading of pipelined batch appends: given a log whose next batch must first recover
/// the tail (a stray segment file where it will write) / when the batch before it is still
/// syncing on another thread / then that sync's descriptor is not closed under it, and both
/// batches are durable and acknowledged.
struct PipelineReviewTests {
    private let fatal = FatalRecorder()

    /// Large one-event commands: a batch of them is synced on another thread.
    private func batch(_ number: Int, commands: Int = 300) -> [AppendRequest] {
        (0..<commands).map { index in
            let event = ProposedEvent(
                type: "DossierImported", occurredAt: Controls.occurredAt,
                payload: Array(String(repeating: "p", count: 300).utf8),
                eventID: EventID(high: 9, low: UInt64(number * commands + index + 1)))
            return AppendRequest(
                stream: "dossier-\(number)-\(index)", expected: .noStream,
                metadata: CommandMetadata(commandID: "import-\(number)-\(index)", actor: "alice"), events: [event])
        }
    }

    @Test func aStrayRecoveredBeforeTheNextBatchDoesNotCloseTheSegmentStillSyncing() throws {
        let probe = CloseDuringSyncProbe()
        let fatal = self.fatal
        let options = EventLogOptions.testing.with {
            $0.systemCalls = probe.wrapping(SystemCalls.live)
            $0.onFatalError = { fatal.record($0) }
            $0.segmentSize = 4 << 20
            $0.preallocationChunk = 4 << 20
        }
        let store = try TemporaryStore(options: options)
        // A stray segment (what a writer's failed append could not remove) named for a position
        // the second batch writes (2...601 for the two batches), not the first (1...300).
        let stray = store.directory + "/" + SegmentName.make(firstPosition: 400)
        let header = SegmentHeader(firstPosition: 400, previousChainHash: .zero).encoded
        #expect(
            FileManager.default.createFile(atPath: stray, contents: Data(header + [UInt8](repeating: 0, count: 1024))))
        var acknowledged: [[AppendResult]] = []
        try store.log.append(batches: [batch(0), batch(1)]) { acknowledged.append($0) }
        #expect(probe.closesDuringSync == 0)
        #expect(acknowledged.map(\.count) == [300, 300])
        #expect(!FileManager.default.fileExists(atPath: stray))
        #expect(store.log.head.position == 600)
        #expect(fatal.recorded.isEmpty)
        #expect(store.log.verify().isSound)
        #expect(try store.open(.read).head.position == 600)
    }
}

extension PipelineReviewTests {
    /// The acknowledgement runs under the writer lock, which is not reentrant: an append from
    /// it (or from the batches sequence) is refused with a clear error, not a trap.
    @Test func anAppendFromTheAcknowledgementIsRefusedAndChangesNothing() throws {
        let store = try TemporaryStore(options: EventLogOptions.testing)
        let log = store.log
        var inner: [StoreError] = []
        var acknowledged = 0
        try log.append(batches: [batch(0, commands: 3), batch(1, commands: 3)]) { _ in
            acknowledged += 1
            do throws(StoreError) {
                _ = try log.append(Controls.request("inside", command: "inside-\(acknowledged)"))
            } catch {
                inner.append(error)
            }
        }
        #expect(acknowledged == 2)
        #expect(inner.map(\.code) == [.invalidArgument, .invalidArgument])
        #expect(log.head.position == 6)
        // The lock was held to the end and released once: the next append takes it again.
        #expect(try log.append(Controls.request("after", command: "after")).positions == 7...7)
        #expect(log.verify().isSound)
    }
}

extension PipelineReviewTests {
    /// A checkpoint after batch 1 whose fsync fails stops the log. The checkpoint run is written
    /// on another thread (``DeltaFlush``), so the writer learns of the failure before its next
    /// write if the flush has ended by then, and at the latest at the next due checkpoint, which
    /// waits for it: batch 2 may be written and acknowledged (its own sync succeeded), batch 3
    /// never is. What is acknowledged is exactly what the reopened store holds, and it verifies.
    @Test func aCheckpointStoppingTheLogBetweenBatchesWritesNothingMore() throws {
        let faults = FaultInjector()
        let fatal = self.fatal
        let options = EventLogOptions.testing.with {
            $0.systemCalls = SystemCalls.live.injecting(faults)
            $0.onFatalError = { fatal.record($0) }
            $0.segmentSize = 4 << 20
            $0.checkpointInterval = 300
        }
        let store = try TemporaryStore(options: options)
        faults.add(.init(.fsync, onCall: 1, errno: EIO, pathContains: "/index/"))
        var acknowledged: [[AppendResult]] = []
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batches: [batch(0), batch(1), batch(2)]) { acknowledged.append($0) }
        }
        #expect(error?.code == .fatal)
        #expect(acknowledged.count == 1 || acknowledged.count == 2)
        #expect(acknowledged.allSatisfy { $0.count == 300 })
        #expect(faults.triggered(.fsync) == 1)
        let reopened = try store.open(.write)
        #expect(reopened.head.position == 300 * UInt64(acknowledged.count))
        #expect(reopened.verify().isSound)
    }
}

/// Counts the descriptors closed while an `fdatasync` of that same descriptor is under way (on
/// any thread). Each sync waits 25 ms before it starts, so that a close made out of order lands
/// inside it; with no close out of order the outcome does not depend on timing.
private final class CloseDuringSyncProbe: Sendable {
    private let state = Mutex((syncing: [Int32: Int](), closesDuringSync: 0))

    var closesDuringSync: Int { state.withLock { $0.closesDuringSync } }

    func wrapping(_ base: SystemCalls) -> SystemCalls {
        var calls = base
        calls.fdatasync = { [self] fd in
            state.withLock { $0.syncing[fd, default: 0] += 1 }
            usleep(25_000)
            let result = base.fdatasync(fd)
            let code = Glibc.errno
            state.withLock { $0.syncing[fd, default: 1] -= 1 }
            Glibc.errno = code
            return result
        }
        calls.close = { [self] fd in
            state.withLock { if $0.syncing[fd, default: 0] > 0 { $0.closesDuringSync += 1 } }
            return base.close(fd)
        }
        return calls
    }
}
