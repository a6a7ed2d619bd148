import Testing

@testable import EventStore

/// A batch of ``EventLog/backgroundCheckRequests`` requests or more is checked on another thread
/// while the writer takes the lock and plans it. Given such a batch with one bad request / when
/// it is appended / then the check's error is reported, as when the checks ran first, and no file
/// changes: not even a torn tail that another writer left is recovered.
struct BackgroundChecksTests {
    private func largeBatch(badAt bad: Int? = nil, _ change: (inout AppendRequest) -> Void = { _ in })
        -> [AppendRequest]
    {
        (0..<(EventLog.backgroundCheckRequests + 40)).map { number in
            var request = Controls.request("s-\(number % 5)", command: "large-\(number)")
            if number == bad { change(&request) }
            return request
        }
    }

    @Test func aBadNameInALargeBatchIsRefusedAndNothingIsWritten() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request("s-0", command: "first"))
        let before = try store.fileBytes
        let batch = largeBatch(badAt: 150) { $0.metadata.actor = "al\u{7}ice" }
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("U+0007") == true)
        #expect(store.log.head.position == 1)
        #expect(try store.fileBytes == before)
        #expect(try store.log.append(batch: largeBatch()).count == EventLog.backgroundCheckRequests + 40)
    }

    /// The plan would find a version conflict first (request 3), but the bad request (150) is
    /// reported: the checks come first, wherever they run.
    @Test func aBadRequestIsReportedRatherThanALaterConflict() throws {
        let store = try TemporaryStore()
        var batch = largeBatch(badAt: 150) { $0.events[0].type = "" }
        batch[3].expected = .exact(99)
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("event type") == true)
        #expect(store.log.head.position == 0)
    }

    /// A command with no event is refused even if the plan reaches it before the checks do.
    @Test func aCommandWithNoEventInALargeBatchIsRefused() throws {
        let store = try TemporaryStore()
        let error = #expect(throws: StoreError.self) {
            try store.log.append(batch: largeBatch(badAt: 1) { $0.events = [] })
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("has no event") == true)
        #expect(store.log.head.position == 0)
    }

    @Test func aTornTailIsNotRecoveredForABatchThatFailsItsChecks() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request("s-0", command: "first"))
        // Another writer's torn append, after this log last read the tail.
        let path = try store.segmentPaths[0]
        try FileSurgery.write(path, [UInt8](repeating: 0xAB, count: 40), at: try FileSurgery.endOfRecords(path))
        let before = try store.fileBytes
        let batch = largeBatch(badAt: 140) { $0.stream = "" }
        let error = #expect(throws: StoreError.self) { try store.log.append(batch: batch) }
        #expect(error?.code == .invalidArgument)
        #expect(try store.fileBytes == before)
        #expect(FileSurgery.quarantinePaths(in: store.directory).isEmpty)
        // A good batch recovers the tail first, then appends.
        #expect(try store.log.append(batch: largeBatch()).count == EventLog.backgroundCheckRequests + 40)
        #expect(FileSurgery.quarantinePaths(in: store.directory).count == 1)
        #expect(store.log.verify().isSound)
    }
}
