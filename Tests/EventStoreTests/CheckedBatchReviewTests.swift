import Glibc
import Testing

@testable import EventStore

/// Second reading of the large append's background checks (``BackgroundTask``), record sealing
/// (``RecordSealer``) and name scan. Given a batch of ``EventLog/backgroundCheckRequests`` or more
/// with bad requests / when it is appended / then the first bad request's error is reported, as
/// when the checks ran first, nothing traps on the way and no file changes.
struct CheckedBatchReviewTests {
    private let faults = FaultInjector()
    private let fatal = FatalRecorder()

    private func batch(_ tag: String, count: Int = 200) -> [AppendRequest] {
        (0..<count).map { Controls.request("s-\($0 % 7)", command: "\(tag)-\($0)") }
    }

    /// The plan meets a conflict (3) and refuses a command with no event itself (20), both
    /// after the first bad request (10): that one's error is the one reported.
    @Test func severalProblemsReportTheFirstBadRequest() throws {
        let store = try TemporaryStore()
        var requests = batch("a")
        requests[3].expected = .exact(42)
        requests[10].metadata.actor = String(repeating: "x", count: 256)
        requests[20].events = []
        requests[150].events[0].payload = [UInt8](repeating: 1, count: EventLogLimits.maximumPayloadBytes + 1)
        requests[160].events = Array(repeating: Controls.event(), count: EventLogLimits.maximumEventsPerCommand + 1)
        requests[170].conditions = [StreamCondition(stream: "", expected: .any)]
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: requests) }
        #expect(error?.code == .tooLarge)
        #expect(error?.message.contains("actor is 256 bytes") == true)
        #expect(store.log.head.position == 0)
    }

    /// Bad names reach the plan's lookups in index runs and in the log before the checks end.
    @Test(arguments: 0..<6)
    func badRequestsAgainstIndexRunsAreRefusedWithoutATrap(problem: Int) throws {
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.checkpointInterval = 50 })
        for round in 0..<3 { _ = try store.log.append(batch: batch("r\(round)")) }
        // A merge of index runs started by those appends writes its file in the background.
        store.log.waitForCompactionJob()
        let before = try store.fileBytes
        var requests = batch("x")
        switch problem {
        case 0: requests[150].stream = ""
        case 1: requests[150].metadata.commandID = ""
        case 2: requests[150].metadata.commandID = String(repeating: "c", count: 70_000)
        case 3:
            let long = String(repeating: "é", count: 40_000)
            requests[150].conditions = [StreamCondition(stream: long, expected: .exact(3))]
        case 4: requests[150].stream = String(repeating: "é", count: 40_000)
        default:
            requests[150].metadata.commandID = "r0-5"  // already in the log
            requests[150].events = []
        }
        #expect(throws: StoreError.self) { try store.log.append(batch: requests) }
        #expect(store.log.head.position == 600)
        #expect(try store.fileBytes == before)
    }

    /// Every request already in the log, one of them bad: nothing to plan, the check still refuses.
    @Test func aBadBatchOfRecordedCommandsIsRefused() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(batch: batch("c"))
        var again = batch("c")
        again[50].metadata.actor = "bo\u{1}b"
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: again) }
        #expect(error?.code == .invalidArgument)
    }

    /// The lock stays busy past the timeout: the failed check is reported, not `.busy`.
    @Test func aBadBatchWhileAnotherWriterHoldsTheLockReportsTheCheck() throws {
        let store = try TemporaryStore()
        let other = try WriterLock(directory: store.directory, files: FileOperations(options: store.options))
        try other.acquire(timeout: .zero)
        defer { other.release() }
        var requests = batch("d")
        requests[5].stream = ""
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: requests) }
        #expect(error?.code == .invalidArgument)
    }

    /// A failed append left bytes it could not clear (`tailNeedsRecovery`): a bad batch waits for
    /// its checks and fails before the recovery, which the next good batch does.
    @Test func aTailAFailedAppendLeftIsNotRecoveredForABadBatch() throws {
        let fatal = self.fatal
        let options = EventLogOptions.testing.with {
            $0.systemCalls = SystemCalls.live.injecting(faults)
            $0.onFatalError = { fatal.record($0) }
        }
        let store = try TemporaryStore(options: options)
        _ = try store.log.append(Controls.request(command: "first"))
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 60, pathContains: "segment-"))
        faults.add(.init(.pwrite, onCall: 2, errno: EIO, isPersistent: true, pathContains: "segment-"))
        #expect(throws: StoreError.self) { try store.log.append(Controls.request()) }
        #expect(store.log.tailNeedsRecovery)
        faults.removeAll()
        let before = try store.fileBytes
        var requests = batch("e")
        requests[199].events = []
        #expect(throws: StoreError.self) { try store.log.append(batch: requests) }
        #expect(try store.fileBytes == before)
        #expect(FileSurgery.quarantinePaths(in: store.directory).isEmpty)
        #expect(try store.log.append(batch: batch("e")).count == 200)
        #expect(FileSurgery.quarantinePaths(in: store.directory).count == 1)
        #expect(store.log.verify().isSound)
        #expect(fatal.recorded.isEmpty)
    }

    /// ``BackgroundTask/wait()`` may be called again (the append's error path does): it returns
    /// or throws at once, the same way.
    @Test func aBackgroundTaskCanBeWaitedForTwice() throws {
        let failing = BackgroundTask("eig.test") { () throws(StoreError) in throw StoreError(.io, "no") }
        #expect(throws: StoreError(.io, "no")) { try failing.wait() }
        #expect(throws: StoreError(.io, "no")) { try failing.wait() }
        let passing = BackgroundTask("eig.test") { () throws(StoreError) in }
        try passing.wait()
        try passing.wait()
    }

    /// Sealed on the sealer's thread: one record larger than a publication, several, and one
    /// among small ones; the chain and the head hold on reopening.
    @Test func largeRecordsAreSealedOnTheSealerThreadSoundly() throws {
        let store = try TemporaryStore()
        let big = ProposedEvent(
            type: "Big", occurredAt: Controls.occurredAt,
            payload: [UInt8](repeating: 0x41, count: EventLogLimits.maximumPayloadBytes))
        _ = try store.log.append(Controls.request(command: "one", events: [big]))
        _ = try store.log.append(Controls.request(command: "three", events: Array(repeating: big, count: 3)))
        var mixed = batch("f", count: 130)
        mixed[7].events = [big]
        _ = try store.log.append(batch: mixed)
        #expect(store.log.verify().isSound)
        let reopened = try store.open(.write)
        #expect(reopened.head == store.log.head)
        #expect(reopened.verify().isSound)
    }

    /// The word-at-a-time scan for control characters finds what a scalar-by-scalar one finds,
    /// for random names of 1 to 40 bytes mixing ASCII, C0, DEL, C1 and multi-byte characters.
    @Test func theNameScanAgreesWithAScalarByScalarOne() {
        var random = SeededRandom(seed: 7)
        let pool: [Unicode.Scalar] = [
            "a", " ", "~", "\u{7F}", "\u{0}", "\u{1F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{C2}", "é", "€",
            "😀", "\u{100}",
        ]
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                let pick = Int.random(in: 0..<(pool.count * 4), using: &random)
                scalars.append(pick < pool.count ? pool[pick] : "m")
            }
            let name = String(scalars)
            let expected = name.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }?.value
            guard AppendRequest.firstControlCharacter(name) == expected else {
                Issue.record("the scan disagrees for the bytes \(Array(name.utf8))")
                return
            }
        }
    }
}
