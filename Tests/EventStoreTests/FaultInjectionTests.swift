import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// Records fatal errors instead of ending the test process.
final class FatalRecorder: Sendable {
    private let errors = Mutex<[StoreError]>([])
    var recorded: [StoreError] { errors.withLock { $0 } }
    func record(_ error: StoreError) { errors.withLock { $0.append(error) } }
}

/// Given a log / when a system call fails (ENOSPC, EIO, short write, failed fsync) / then the
/// log is exactly as before the command and reopens, or the failure is fatal and never retried.
struct FaultInjectionTests {
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()

    private func makeStore(segmentSize: Int = 64 << 20) throws -> TemporaryStore {
        let fatal = self.fatal
        let options = EventLogOptions.testing.with {
            $0.systemCalls = SystemCalls.live.injecting(faults)
            $0.onFatalError = { fatal.record($0) }
            $0.segmentSize = segmentSize
            $0.preallocationChunk = min(segmentSize, 64 << 10)
        }
        let store = try TemporaryStore(options: options)
        for number in 1...5 {
            _ = try store.log.append(Controls.request("s-\(number % 2)", command: "before-\(number)"))
        }
        return store
    }

    private func snapshot(_ store: TemporaryStore) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in try store.segmentPaths { files[path] = try FileSurgery.bytes(path) }
        return files
    }

    private func expectUnchanged(_ store: TemporaryStore, since before: [String: [UInt8]], head: LogHead) throws {
        #expect(store.log.head == head)
        #expect(try snapshot(store) == before)
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.head == head)
        #expect(reopened.verify().isSound)
        #expect(try reopened.append(Controls.request(command: "after")).positions == 6...6)
    }

    @Test(arguments: [ENOSPC, EIO])
    func aFailedWriteLeavesTheLogAsItWas(code: Int32) throws {
        let store = try makeStore()
        let (before, head) = (try snapshot(store), store.log.head)
        faults.add(.init(.pwrite, onCall: 1, errno: code, pathContains: "segment-"))
        let error = #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "failing")) }
        #expect(error?.code == .io)
        #expect(error?.errno == code)
        #expect(fatal.recorded.isEmpty)
        try expectUnchanged(store, since: before, head: head)
        #expect(try store.log.append(Controls.request(command: "failing")).positions == 7...7)
    }

    @Test func aShortWriteFollowedByAFailureIsCleared() throws {
        let store = try makeStore()
        let (before, head) = (try snapshot(store), store.log.head)
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 50, pathContains: "segment-"))
        faults.add(.init(.pwrite, onCall: 2, errno: ENOSPC, pathContains: "segment-"))
        #expect(throws: StoreError.self) { try store.log.append(Controls.request()) }
        #expect(faults.triggered(.pwrite) == 2)
        try expectUnchanged(store, since: before, head: head)
    }

    @Test func aShortWriteThatCompletesIsFine() throws {
        let store = try makeStore()
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 10, pathContains: "segment-"))
        #expect(try store.log.append(Controls.request()).positions == 6...6)
        #expect(store.log.verify().isSound)
        #expect(try store.open(.read).event(at: 6).type == "DossierSubmitted")
    }

    @Test func aFailedFdatasyncIsFatalAndNeverRetried() throws {
        let store = try makeStore()
        let syncsBefore = faults.calls(of: .fdatasync)
        faults.add(.init(.fdatasync, onCall: 1, errno: EIO, isPersistent: true))
        let error = #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "lost?")) }
        #expect(error?.code == .fatal)
        #expect(fatal.recorded.count == 1)
        #expect(fatal.recorded.first?.errno == EIO)
        #expect(faults.calls(of: .fdatasync) == syncsBefore + 1)
        let again = #expect(throws: StoreError.self) { try store.log.append(Controls.request()) }
        #expect(again?.code == .fatal)
        #expect(throws: StoreError.self) { try store.log.events(inStream: "s-0") }
        #expect(throws: StoreError.self) { try store.log.refresh() }
        #expect(faults.calls(of: .fdatasync) == syncsBefore + 1)
        #expect(fatal.recorded.count == 1)
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.verify().isSound)
        #expect([5, 6].contains(reopened.head.position))
        _ = try reopened.append(Controls.request(command: "lost?"))
        #expect(reopened.head.position == 6)
    }

    /// A batch of more than ``EventLog/backgroundSyncBytes`` is synced on another thread while the
    /// index takes it in: its failure is just as fatal, and the append does not return normally.
    @Test func aFailedFdatasyncOfALargeBatchIsFatalToo() throws {
        let store = try makeStore()
        let batch = (1...600).map { Controls.request("s-\($0 % 7)", command: "large-\($0)") }
        let syncsBefore = faults.calls(of: .fdatasync)
        faults.add(.init(.fdatasync, onCall: 1, errno: EIO, isPersistent: true))
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.code == .fatal)
        #expect(fatal.recorded.count == 1)
        #expect(faults.calls(of: .fdatasync) == syncsBefore + 1)
        #expect(throws: StoreError.self) { try store.log.append(Controls.request()) }
        #expect(throws: StoreError.self) { try store.log.events(inStream: "s-0") }
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.verify().isSound)
        #expect([5, 605].contains(reopened.head.position))
    }

    /// The same batch, synced on another thread, is whole and readable once the append returns.
    @Test func aLargeBatchIsSyncedOnceAndReadable() throws {
        let store = try makeStore()
        let batch = (1...600).map { Controls.request("s-\($0 % 7)", command: "large-\($0)") }
        let syncsBefore = faults.calls(of: .fdatasync)
        let results = try store.log.append(batch: batch)
        #expect(faults.calls(of: .fdatasync) == syncsBefore + 1)
        #expect(results.map(\.positions.lowerBound) == Array(6...605))
        #expect(store.log.head.position == 605)
        #expect(try store.open(.read).events(inStream: "s-3").count == 86)
        #expect(store.log.verify().isSound)
    }

    @Test func aFailedRolloverLeavesTheLogAsItWas() throws {
        let store = try makeStore(segmentSize: 4096)
        let (before, head) = (try snapshot(store), store.log.head)
        let batch = (1...30).map { Controls.request("b-\($0)", command: "batch-\($0)") }
        faults.add(.init(.pwrite, onCall: 2, errno: ENOSPC, pathContains: ".eig.tmp"))
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.errno == ENOSPC)
        #expect(store.log.head == head)
        #expect(try snapshot(store) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: store.directory).allSatisfy { !$0.hasSuffix(".tmp") })
        faults.removeAll()
        let results = try store.log.append(batch: batch)
        #expect(results.last?.positions.lowerBound == head.position + 30)
        #expect(store.log.verify().isSound)
    }

    /// A new segment whose file was renamed into place but could not be mapped must not stay:
    /// the log goes on in the old segment, and a stray file named after a position inside it
    /// would later be taken for the segment holding that position.
    @Test func aRolloverThatFailsAfterItsRenameLeavesNoSegmentFileBehind() throws {
        let store = try makeStore(segmentSize: 4096)
        let (before, head) = (try snapshot(store), store.log.head)
        let batch = (1...30).map { Controls.request("b-\($0)", command: "batch-\($0)") }
        faults.add(.init(.mmap, onCall: 1, errno: ENOMEM, pathContains: ".eig"))
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.code == .io)
        try expectUnchanged(store, since: before, head: head)
        faults.removeAll()
        for number in 1...40 { _ = try store.log.append(Controls.request(command: "after-\(number)")) }
        let reader = try store.open(.read)
        #expect(reader.head == store.log.head)
        #expect(reader.verify().isSound)
    }

    @Test func aFailureInTheSecondSegmentOfABatchUndoesTheFirst() throws {
        let store = try makeStore(segmentSize: 4096)
        let (before, head) = (try snapshot(store), store.log.head)
        let batch = (1...30).map { Controls.request("b-\($0)", command: "batch-\($0)") }
        // The new segment is written through the descriptor opened on its temporary name
        // (header, preallocated zeros), which follows it through the rename: then the records,
        // which fail.
        faults.add(.init(.pwrite, onCall: 3, errno: EIO, pathContains: ".eig"))
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.code == .io)
        #expect(store.log.head == head)
        #expect(try snapshot(store) == before)
        faults.removeAll()
        #expect(try store.log.append(batch: batch).count == 30)
        #expect(store.log.verify().isSound)
    }

    @Test func whenEvenClearingFailsTheNextAppendRecoversTheTail() throws {
        let store = try makeStore()
        let head = store.log.head
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 60, pathContains: "segment-"))
        faults.add(.init(.pwrite, onCall: 2, errno: EIO, isPersistent: true, pathContains: "segment-"))
        #expect(throws: StoreError.self) { try store.log.append(Controls.request()) }
        #expect(store.log.tailNeedsRecovery)
        faults.removeAll()
        #expect(try store.log.append(Controls.request()).positions == 6...6)
        #expect(FileSurgery.quarantinePaths(in: store.directory).count == 1)
        #expect(store.log.verify().isSound)
        #expect(head.position == 5)
    }

    @Test func aFailedFsyncWhileCheckpointingIsFatalButTheAppendStands() throws {
        let store = try makeStore()
        let fatal = self.fatal
        let options = store.options.with {
            $0.checkpointInterval = 3
            $0.onFatalError = { fatal.record($0) }
        }
        let writer = try store.open(.write, options: options)
        faults.add(.init(.fsync, onCall: 1, errno: EIO, pathContains: "index"))
        let result = try writer.append(Controls.request(command: "checkpointed"))
        #expect(result.positions == 6...6)
        // The checkpoint's run is written in the background: its failed fsync stops the log then.
        writer.waitForCompactionJob()
        #expect(fatal.recorded.count == 1)
        #expect(throws: StoreError.self) { try writer.append(Controls.request()) }
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.head.position == 6)
        #expect(reopened.verify().isSound)
    }
}
