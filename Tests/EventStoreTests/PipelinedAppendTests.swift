import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// Given a log / when an import appends many batches through
/// ``EventLog/append(batches:acknowledge:)`` / then the log holds exactly what one
/// ``EventLog/append(batch:)`` after another would write, each batch acknowledged in order once
/// durable, and a failing batch leaves the batches before it durable and itself and every
/// later batch absent.
struct PipelinedAppendTests {
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()

    /// Small batches sync on the writer's thread; large ones (more than
    /// ``EventLog/backgroundSyncBytes``, checked in the background too) on another.
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        case small, large
        var commands: Int { self == .small ? 20 : 300 }
        var payloadBytes: Int { self == .small ? 60 : 300 }
        /// A segment that holds two or three batches.
        var smallSegment: Int { self == .small ? 12 << 10 : 320 << 10 }
        var testDescription: String { rawValue }
    }

    /// One segment of 4 MiB, allocated at the first append: a batch's write is then one `pwrite`.
    private func options(segmentSize: Int = 4 << 20, checkpointInterval: Int = 16_384) -> EventLogOptions {
        let fatal = self.fatal
        return EventLogOptions.testing.with {
            $0.systemCalls = SystemCalls.live.injecting(faults)
            $0.onFatalError = { fatal.record($0) }
            $0.segmentSize = segmentSize
            $0.preallocationChunk = segmentSize
            $0.checkpointInterval = checkpointInterval
            $0.clock = { Timestamp(microsecondsSinceEpoch: 1_620_000_000_000_000) }
        }
    }

    /// A store holding one command (`setup`), so that its segment is allocated.
    private func makeStore(_ options: EventLogOptions) throws -> TemporaryStore {
        let store = try TemporaryStore(options: options)
        var setup = Controls.request("setup", command: "setup")
        setup.events[0].eventID = EventID(high: 1, low: 1)
        _ = try store.log.append(setup)
        return store
    }

    /// `count` batches of one-event commands on seven streams, each expecting the version the
    /// commands before it (in earlier batches too) leave: a batch is accepted only if the one
    /// before it was planned in first. Event ids are fixed, so that two logs can be compared byte
    /// for byte.
    private func batches(_ count: Int, _ shape: Shape, tag: String = "import") -> [[AppendRequest]] {
        var versions: [String: UInt64] = [:]
        var serial: UInt64 = 0
        return (0..<count).map { batch in
            (0..<shape.commands).map { number in
                let stream = "dossier-\((batch * shape.commands + number) % 7)"
                let current = versions[stream, default: 0]
                versions[stream] = current + 1
                serial += 1
                let event = ProposedEvent(
                    type: "DossierImported", occurredAt: Controls.occurredAt,
                    payload: Array(String(repeating: "p", count: shape.payloadBytes).utf8),
                    eventID: EventID(high: 7, low: serial))
                return AppendRequest(
                    stream: stream, expected: current == 0 ? .noStream : .exact(current),
                    metadata: CommandMetadata(commandID: "\(tag)-\(batch)-\(number)", actor: "alice"), events: [event])
            }
        }
    }

    /// The segment files' bytes, in order of their names.
    private func segmentBytes(_ store: TemporaryStore) throws -> [[UInt8]] {
        try store.segmentPaths.sorted().map(FileSurgery.bytes)
    }

    @Test(arguments: Shape.allCases)
    func pipelinedBatchesWriteWhatSequentialBatchesWrite(shape: Shape) throws {
        // Small segments and checkpoints: rollovers and index runs happen between batches.
        let options = options(segmentSize: shape.smallSegment, checkpointInterval: 500)
        let (pipelined, sequential) = (try makeStore(options), try makeStore(options))
        let input = batches(6, shape)
        var acknowledged: [[AppendResult]] = []
        try pipelined.log.append(batches: input) { acknowledged.append($0) }
        let expected = try input.map { batch throws(StoreError) in try sequential.log.append(batch: batch) }
        #expect(acknowledged == expected)
        #expect(acknowledged.count == 6)
        #expect(acknowledged.last?.last?.positions == UInt64(1 + 6 * shape.commands)...UInt64(1 + 6 * shape.commands))
        #expect(pipelined.log.head == sequential.log.head)
        #expect(try segmentBytes(pipelined) == segmentBytes(sequential))
        #expect(try pipelined.segmentPaths.count > 1)
        #expect(pipelined.log.verify().isSound)
        let reopened = try pipelined.open(.write)
        #expect(reopened.head == sequential.log.head)
        #expect(reopened.streamVersion("dossier-3") == sequential.log.streamVersion("dossier-3"))
        #expect(fatal.recorded.isEmpty)
    }

    @Test func batchesAreAcknowledgedInOrderOnlyOnceDurable() throws {
        let store = try makeStore(options())
        let input = batches(5, .large)
        let syncsBefore = faults.calls(of: .fdatasync)
        var seen: [(first: UInt64, syncs: Int)] = []
        try store.log.append(batches: input) { results in
            seen.append((results[0].positions.lowerBound, faults.calls(of: .fdatasync) - syncsBefore))
        }
        #expect(seen.map(\.first) == (0..<5).map { UInt64(2 + $0 * Shape.large.commands) })
        // Batch k is acknowledged after its own sync, and before batch k+1's.
        #expect(seen.map(\.syncs) == [1, 2, 3, 4, 5])
    }

    /// The order that keeps a pipelined append safe: batch k+1 is written only once batch k's
    /// sync has ended, while its planning and encoding overlap that sync.
    @Test func noBatchIsWrittenWhileTheSyncOfAnEarlierOneRuns() throws {
        let probe = WriteDuringSyncProbe()
        let store = try makeStore(options().with { $0.systemCalls = probe.wrapping(SystemCalls.live) })
        let syncsBefore = probe.syncs
        try store.log.append(batches: batches(4, .large)) { _ in }
        #expect(probe.syncs - syncsBefore == 4)
        #expect(probe.writesDuringSync == 0)
        #expect(store.log.verify().isSound)
    }

    /// An importer deciding each batch on the log: the versions it reads already count the
    /// batch before, whose sync may still be running.
    @Test func aLazySequenceDecidesEachBatchOnTheVersionsTheBatchBeforeLeft() throws {
        let store = try makeStore(options())
        let log = store.log
        let streams = (0..<5).map { "dossier-\($0)" }
        // One command per stream and batch, 15 KB each: every batch is synced in the background.
        let input = (0..<4).lazy.map { batch in
            streams.map { stream in
                Controls.request(
                    stream, expected: .exact(log.streamVersion(stream)), command: "lazy-\(batch)-\(stream)",
                    events: [Controls.event(payload: String(repeating: "z", count: 15_000))])
            }
        }
        var versions: [[UInt64]] = []
        try log.append(batches: input) { versions.append($0.map(\.streamVersion)) }
        #expect(versions == (1...4).map { Array(repeating: UInt64($0), count: 5) })
        #expect(try store.open(.read).head.position == 21)
    }

    @Test func emptyBatchesAreAcknowledgedInTheirPlace() throws {
        let store = try makeStore(options())
        let input = batches(2, .small)
        var counts: [Int] = []
        try store.log.append(batches: [[], input[0], [], input[1]]) { counts.append($0.count) }
        #expect(counts == [0, 20, 0, 20])
        #expect(store.log.head.position == 41)
    }

    /// A batch refused while the batch before it may still be syncing.
    enum Refusal: String, CaseIterable, CustomTestStringConvertible {
        case conflict, duplicateID, invalidRequest
        var testDescription: String { rawValue }
    }

    @Test(arguments: Refusal.allCases, Shape.allCases)
    func aRefusedBatchLeavesTheEarlierOnesDurableAndTheLaterOnesAbsent(refusal: Refusal, shape: Shape) throws {
        let store = try makeStore(options())
        var input = batches(5, shape)
        switch refusal {
        case .conflict: input[2][7].expected = .exact(999)
        case .duplicateID: input[2][9].metadata.commandID = input[2][3].metadata.commandID
        case .invalidRequest: input[2][11].stream = ""
        }
        var acknowledged: [[AppendResult]] = []
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batches: input) { acknowledged.append($0) }
        }
        let expectedCode: StoreError.Code = refusal == .conflict ? .versionConflict : .invalidArgument
        #expect(error?.code == expectedCode)
        #expect(acknowledged.count == 2)
        let durable = UInt64(1 + 2 * shape.commands)
        #expect(store.log.head.position == durable)
        let reopened = try store.open(.write)
        #expect(reopened.head == store.log.head)
        // Versions count the acknowledged batches only (the refused one's planned commands are gone).
        #expect(reopened.streamVersion("dossier-0") == store.log.streamVersion("dossier-0"))
        #expect(reopened.streamVersion("dossier-0") == UInt64((0..<(2 * shape.commands)).count { $0 % 7 == 0 }))
        #expect(reopened.verify().isSound)
        #expect(try reopened.events(inStream: "dossier-1").allSatisfy { !$0.commandID.hasPrefix("import-3-") })
        // The log goes on from the last acknowledged batch.
        #expect(try reopened.append(batch: batches(3, shape)[2]).count == shape.commands)
    }

    @Test func reRunningTheSameBatchesWritesNothing() throws {
        let store = try makeStore(options())
        let input = batches(4, .large)
        var first: [[AppendResult]] = []
        try store.log.append(batches: input) { first.append($0) }
        let (bytes, head) = (try store.fileBytes, store.log.head)
        var again: [[AppendResult]] = []
        try store.log.append(batches: input) { again.append($0) }
        #expect(again.count == 4)
        #expect(again.joined().allSatisfy { $0.isDuplicate })
        #expect(again.map { $0.map(\.positions) } == first.map { $0.map(\.positions) })
        #expect(store.log.head == head)
        #expect(try store.fileBytes == bytes)
    }

    @Test(arguments: Shape.allCases)
    func aFailedSyncStopsTheLogAndItsBatchIsNotAcknowledged(shape: Shape) throws {
        let store = try makeStore(options())
        let input = batches(5, shape)
        faults.add(.init(.fdatasync, onCall: 3, errno: EIO, isPersistent: true, pathContains: "segment-"))
        var acknowledged = 0
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batches: input) { _ in acknowledged += 1 }
        }
        #expect(error?.code == .fatal)
        #expect(acknowledged == 2)
        #expect(fatal.recorded.count == 1)
        // The head goes back to what is durable; the stopped log refuses the rest.
        let durable = UInt64(1 + 2 * shape.commands)
        #expect(store.log.head.position == durable)
        #expect(throws: StoreError.self) { try store.log.append(batches: [input[3]]) { _ in acknowledged += 1 } }
        #expect(acknowledged == 2)
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.verify().isSound)
        // Batch 3 is there only if its bytes reached the file; batches 4 and 5 never.
        #expect([durable, durable + UInt64(shape.commands)].contains(reopened.head.position))
    }

    /// The batch after a batch whose sync fails is refused too: the sync's failure is the one
    /// thrown, as it stopped the log.
    @Test(arguments: Shape.allCases)
    func aFailedSyncBeforeARefusedBatchIsTheErrorThrown(shape: Shape) throws {
        let store = try makeStore(options())
        var input = batches(4, shape)
        input[2][5].expected = .exact(999)
        faults.add(.init(.fdatasync, onCall: 2, errno: EIO, isPersistent: true, pathContains: "segment-"))
        var acknowledged = 0
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batches: input) { _ in acknowledged += 1 }
        }
        #expect(error?.code == .fatal)
        #expect(acknowledged == 1)
        #expect(store.log.head.position == UInt64(1 + shape.commands))
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.verify().isSound)
        #expect(reopened.head.position <= UInt64(1 + 2 * shape.commands))
    }

    @Test(arguments: Shape.allCases)
    func aFailedWriteLeavesTheBatchBeforeItAcknowledgedAndItselfAbsent(shape: Shape) throws {
        let store = try makeStore(options())
        let input = batches(5, shape)
        // The third batch's write fails: nothing was tried before the second was acknowledged.
        faults.add(.init(.pwrite, onCall: 3, errno: ENOSPC, pathContains: "segment-"))
        var failedWritesAtAcknowledgement: [Int] = []
        let acknowledge: ([AppendResult]) -> Void = { _ in
            failedWritesAtAcknowledgement.append(faults.triggered(.pwrite))
        }
        let error = #expect(throws: StoreError.self) { try store.log.append(batches: input, acknowledge: acknowledge) }
        #expect(error?.code == .io)
        #expect(error?.errno == ENOSPC)
        #expect(failedWritesAtAcknowledgement == [0, 0])
        #expect(fatal.recorded.isEmpty)
        let durable = UInt64(1 + 2 * shape.commands)
        #expect(store.log.head.position == durable)
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.head == store.log.head)
        #expect(reopened.verify().isSound)
        // The log is usable: the rest of the import goes in.
        var acknowledged = 0
        try store.log.append(batches: input[2...]) { _ in acknowledged += 1 }
        #expect(acknowledged == 3)
        #expect(store.log.head.position == UInt64(1 + 5 * shape.commands))
        #expect(store.log.verify().isSound)
    }

    @Test func aReaderLogRefusesAndAcknowledgesNothing() throws {
        let store = try makeStore(options())
        let reader = try store.open(.read)
        var acknowledged = 0
        let error = #expect(throws: StoreError.self) {
            try reader.append(batches: batches(2, .small)) { _ in acknowledged += 1 }
        }
        #expect(error?.code == .readOnly)
        #expect(acknowledged == 0)
    }
}

/// Counts the `pwrite`s made while an `fdatasync` runs (on any thread). Each sync lasts at least
/// 25 ms, longer than a debug build's planning and encoding of a batch, so that a write made out
/// of order lands inside it; with the writes in order the outcome does not depend on timing.
private final class WriteDuringSyncProbe: Sendable {
    private let state = Mutex((running: 0, syncs: 0, writesDuringSync: 0))

    var syncs: Int { state.withLock { $0.syncs } }
    var writesDuringSync: Int { state.withLock { $0.writesDuringSync } }

    func wrapping(_ base: SystemCalls) -> SystemCalls {
        var calls = base
        calls.fdatasync = { [self] fd in
            state.withLock {
                $0.running += 1
                $0.syncs += 1
            }
            let result = base.fdatasync(fd)
            let code = Glibc.errno
            usleep(25_000)
            state.withLock { $0.running -= 1 }
            Glibc.errno = code
            return result
        }
        calls.pwrite = { [self] fd, buffer, count, offset in
            state.withLock { if $0.running > 0 { $0.writesDuringSync += 1 } }
            return base.pwrite(fd, buffer, count, offset)
        }
        return calls
    }
}
