import Dispatch
import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// Second reading of the in-place record buffer (``RecordBuffer``) and of the large append's
/// background `fdatasync` (``EventLog/startSync()``): every byte of a record is written, an append
/// returns only once durable on every segment it touched, a failed sync stops the log, a
/// descriptor is closed only after its sync, and small appends sync as before.
struct BatchAppendReviewTests {
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()
    private let trace = SyncTrace()

    private func makeStore(segmentSize: Int = 64 << 20, commands: Int = 3) throws -> TemporaryStore {
        let (fatal, trace) = (self.fatal, self.trace)
        let options = EventLogOptions.testing.with {
            $0.systemCalls = trace.tracing(SystemCalls.live.injecting(faults))
            $0.onFatalError = { fatal.record($0) }
            $0.segmentSize = segmentSize
            $0.preallocationChunk = min(segmentSize, 64 << 10)
            $0.clock = { Timestamp(microsecondsSinceEpoch: 1_620_000_000_000_000) }
        }
        let store = try TemporaryStore(options: options)
        for number in 0..<commands {
            _ = try store.log.append(Controls.request("s-\(number % 2)", command: "before-\(number)"))
        }
        trace.reset()
        return store
    }

    /// Commands with long names, every optional id and long payloads: more than
    /// ``EventLog/backgroundSyncBytes`` in all.
    private func longBatch(_ tag: String, commands: Int = 160) -> [AppendRequest] {
        (0..<commands).map { number in
            let padding = String(repeating: "\(tag)-\(number)-", count: 12)
            return AppendRequest(
                stream: "dossier-\(padding)\(number % 9)", expected: .any,
                metadata: CommandMetadata(
                    commandID: "command-\(tag)-\(padding)", actor: "a-rather-long-operator-account-name",
                    onBehalfOf: "someone-on-whose-behalf-\(padding)", correlationID: "correlation-\(padding)",
                    causationID: "causation-\(padding)"),
                events: (0..<3).map { event in
                    ProposedEvent(
                        type: "AVeryLongEventTypeNameHappened\(event)", schemaVersion: 7,
                        occurredAt: Controls.occurredAt,
                        payload: Array(String(repeating: "{\"\(tag)\":\(number * 3 + event)}", count: 8).utf8))
                })
        }
    }

    /// Commands with short names, no optional id, and payloads from empty to a few bytes.
    private func shortBatch(_ tag: String, commands: Int = 90) -> [AppendRequest] {
        (0..<commands).map { number in
            AppendRequest(
                stream: "s\(number % 4)", expected: .any,
                metadata: CommandMetadata(commandID: "\(tag)\(number)", actor: "al"),
                events: (0..<(1 + number % 3)).map { event in
                    ProposedEvent(
                        type: "X", occurredAt: Controls.occurredAt,
                        payload: Array(String(repeating: "y", count: (number + event) % 5).utf8))
                })
        }
    }

    /// The bytes a fresh encoder writes for `events` (what the log holds must be exactly these).
    private func reference(_ events: [RecordedEvent], commitEnds: Set<UInt64>, previous: Digest) -> [UInt8] {
        var bytes: [UInt8] = []
        var previous = previous
        for event in events {
            previous = RecordEncoder.append(
                to: &bytes, position: event.position, streamVersion: event.streamVersion,
                recordedAt: event.recordedAt,
                event: ProposedEvent(
                    type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt,
                    payload: event.payload),
                eventID: event.eventID,
                fields: RecordEncoder.CommandFields(
                    stream: event.stream,
                    metadata: CommandMetadata(
                        commandID: event.commandID, actor: event.actor, onBehalfOf: event.onBehalfOf,
                        correlationID: event.correlationID, causationID: event.causationID)),
                previous: previous, commitEnd: commitEnds.contains(event.position))
        }
        return bytes
    }

    /// Checks that segment `path` holds exactly the reference encoding of its events from its
    /// header on, and zeros after them.
    private func expectReferenceBytes(_ store: TemporaryStore, segment path: String, commitEnds: Set<UInt64>) throws {
        let bytes = try FileSurgery.bytes(path)
        let header = try #require(
            try? bytes.withUnsafeBytes { try SegmentHeader.decode(UnsafeRawBufferPointer(rebasing: $0[..<64])).get() })
        var cursor = try store.open(.read).events(from: header.firstPosition)
        var events: [RecordedEvent] = []
        while let event = try cursor.next() { events.append(event) }
        let expected = reference(events, commitEnds: commitEnds, previous: header.previousChainHash)
        let end = SegmentHeader.length + expected.count
        #expect(bytes.count >= end)
        #expect(Array(bytes[SegmentHeader.length..<min(end, bytes.count)]) == expected)
        #expect(bytes[min(end, bytes.count)...].allSatisfy { $0 == 0 })
    }

    @Test func aShorterBatchAfterALongerOneIsWrittenExactlyAsAFreshEncoderWritesIt() throws {
        let store = try makeStore()
        let long = try store.log.append(batch: longBatch("L"))
        let short = try store.log.append(batch: shortBatch("S"))
        let single = try store.log.append(Controls.request("z", command: "last"))
        #expect(store.log.verify().isSound)
        let commitEnds: Set<UInt64> = [
            1, 2, 3, long.last!.positions.upperBound, short.last!.positions.upperBound,
            single.positions.upperBound,
        ]
        try expectReferenceBytes(store, segment: try store.segmentPaths[0], commitEnds: commitEnds)
    }

    @Test func aLongBatchThatFailedToWriteLeavesNothingInTheNextOne() throws {
        let store = try makeStore(segmentSize: 4096)
        // In the new segment (named `.eig` once renamed): the records, which grow it by their
        // own bytes (``EventLog/selfAllocatingBytes``), written in part before the device fills.
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 100_000, pathHasSuffix: ".eig"))
        faults.add(.init(.pwrite, onCall: 2, errno: ENOSPC, pathHasSuffix: ".eig"))
        let failed = #expect(throws: StoreError.self) { try store.log.append(batch: longBatch("F")) }
        #expect(failed?.code == .io)
        #expect(faults.triggered(.pwrite) == 2)
        faults.removeAll()
        #expect(try store.segmentPaths.count == 1)
        let short = try store.log.append(batch: shortBatch("S", commands: 40) + longBatch("M", commands: 20))
        #expect(fatal.recorded.isEmpty)
        #expect(store.log.verify().isSound)
        let paths = try store.segmentPaths
        #expect(paths.count == 2)
        try expectReferenceBytes(store, segment: paths[1], commitEnds: [short.last!.positions.upperBound])
    }

    @Test func aLargeBatchThatRollsOverSyncsBothSegmentsBeforeClosingTheOldOne() throws {
        let store = try makeStore(segmentSize: 4096)
        let oldFD = store.log.segments[store.log.tailSegment].writeFD
        let results = try store.log.append(batch: longBatch("R"))
        let newFD = store.log.segments[store.log.segments.count - 1].writeFD
        #expect(store.log.segments.count == 2)
        #expect(oldFD >= 0 && newFD >= 0 && oldFD != newFD)
        #expect(store.log.segments[0].writeFD == -1)
        #expect(Set(trace.syncs.map(\.fd)) == [oldFD, newFD])
        #expect(trace.syncs.allSatisfy { $0.thread != SyncTrace.currentThread })
        #expect(trace.closedAfterItsSyncs(oldFD))
        #expect(!trace.steps.contains(.closed(fd: newFD)))
        #expect(try store.open(.read).event(at: results.last!.positions.upperBound).stream.hasPrefix("dossier-"))
        #expect(store.log.verify().isSound)
    }

    @Test func aSmallCommandSyncsOnItsOwnThreadBeforeTheIndexTakesIt() throws {
        let store = try makeStore()
        _ = try store.log.append(Controls.request("small", command: "small-1"))
        #expect(trace.syncs.map(\.thread) == [SyncTrace.currentThread])
        faults.add(.init(.fdatasync, onCall: 1, errno: EIO, isPersistent: true))
        let head = store.log.head
        let error = #expect(throws: StoreError.self) {
            try store.log.append(Controls.request("small", command: "small-2"))
        }
        #expect(error?.code == .fatal)
        #expect(store.log.head == head)
        #expect(store.log.streamVersion("small") == 1)
    }

    @Test func aFailedSyncOfTheOldTailInALargeRolloverIsFatalAndNeverRetried() throws {
        let store = try makeStore(segmentSize: 4096)
        let oldName = try #require(try store.segmentPaths.last?.split(separator: "/").last.map(String.init))
        faults.add(.init(.fdatasync, onCall: 1, errno: EIO, isPersistent: true, pathContains: oldName))
        let syncsBefore = faults.calls(of: .fdatasync)
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: longBatch("E")) }
        #expect(error?.code == .fatal)
        #expect(fatal.recorded.count == 1)
        #expect(fatal.recorded.first?.errno == EIO)
        #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "after")) }
        #expect(throws: StoreError.self) { try store.log.refresh() }
        #expect(faults.calls(of: .fdatasync) == syncsBefore + 1)
        faults.removeAll()
        let reopened = try store.open(.write, options: .testing)
        #expect(reopened.verify().isSound)
        #expect([3, 483].contains(reopened.head.position))
        _ = try reopened.append(Controls.request(command: "after"))
    }

    /// With a fatal handler that returns, the stopped log must not show the batch whose sync
    /// failed (it may not be on disk): as after a small command's failed sync, its head, its
    /// reads and its command lookups stay where the last durable append left them.
    @Test func aLogStoppedByALargeBatchsFailedSyncDoesNotShowThatBatch() throws {
        let store = try makeStore()
        let head = store.log.head
        faults.add(.init(.fdatasync, onCall: 1, errno: EIO, isPersistent: true))
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: longBatch("N")) }
        #expect(error?.code == .fatal)
        #expect(store.log.head == head)
        var cursor = store.log.events(from: 1)
        var read: [UInt64] = []
        while let event = try? cursor.next() { read.append(event.position) }
        #expect(read.count <= 3)
        #expect(throws: StoreError.self) { try store.log.event(at: 4) }
        let command = longBatch("N")[0].metadata.commandID
        #expect(throws: StoreError.self) { try store.log.result(ofCommand: command) }
        #expect(throws: StoreError.self) { try store.log.position(atOrBefore: Timestamp(microsecondsSinceEpoch: .max)) }
    }

    /// The writer blocks until the sync ends: if the sync waited for a thread of the same
    /// width-limited pool as the caller's, appends made from busy Dispatch workers would wait for
    /// those workers (seconds, or for ever when the workers wait for the appends).
    @Test func aLargeAppendDoesNotWaitForBusyDispatchWorkers() throws {
        let store = try makeStore()
        let workers = 8 * ProcessInfo.processInfo.activeProcessorCount
        let release = DispatchSemaphore(value: 0)
        let timedOut = Counter()
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                if release.wait(timeout: .now() + 5) == .timedOut { timedOut.add() }
            }
        }
        _ = try store.log.append(batch: longBatch("W"))
        for _ in 0..<workers { release.signal() }
        group.wait()
        #expect(timedOut.value == 0)
        #expect(trace.syncs.allSatisfy { $0.thread != SyncTrace.currentThread })
    }
}

/// A count that Dispatch workers add to.
private final class Counter: Sendable {
    private let count = Atomic<Int>(0)
    var value: Int { count.load(ordering: .relaxed) }
    func add() { count.add(1, ordering: .relaxed) }
}
