import Testing

@testable import EventStore

/// Given events in a stream / when a command appends with an expectation / then it is recorded
/// or refused with `.versionConflict` and nothing is written.
struct ExpectedVersionTests {
    @Test func noStreamAcceptsOnlyANewStream() throws {
        let store = try TemporaryStore()
        let log = store.log
        #expect(try log.append(Controls.request(expected: .noStream)).streamVersion == 1)
        let error = #expect(throws: StoreError.self) { try log.append(Controls.request(expected: .noStream)) }
        #expect(error?.code == .versionConflict)
        #expect(error?.stream == "dossier-P5-0007")
        #expect(log.head.position == 1)
    }

    @Test func exactAcceptsOnlyTheCurrentVersion() throws {
        let store = try TemporaryStore()
        let log = store.log
        _ = try log.append(Controls.request(events: [Controls.event(), Controls.event()]))
        #expect(throws: StoreError.self) { try log.append(Controls.request(expected: .exact(1))) }
        #expect(throws: StoreError.self) { try log.append(Controls.request(expected: .exact(3))) }
        #expect(try log.append(Controls.request(expected: .exact(2))).streamVersion == 3)
        #expect(try log.append(Controls.request("other", expected: .exact(0))).streamVersion == 1)
        #expect(log.head.position == 4)
    }

    @Test func anyAcceptsEveryVersion() throws {
        let store = try TemporaryStore()
        let log = store.log
        for version in 1...3 {
            #expect(try log.append(Controls.request(expected: .any)).streamVersion == UInt64(version))
        }
    }

    @Test func conditionsOnOtherStreamsMustHold() throws {
        let store = try TemporaryStore()
        let log = store.log
        _ = try log.append(Controls.request("promotion-P5"))
        let stale = Controls.request(
            "candidature-42", expected: .noStream,
            conditions: [StreamCondition(stream: "promotion-P5", expected: .exact(0))])
        let error = #expect(throws: StoreError.self) { try log.append(stale) }
        #expect(error?.code == .versionConflict)
        #expect(error?.stream == "promotion-P5")
        #expect(log.streamVersion("candidature-42") == 0)
        let fresh = Controls.request(
            "candidature-42", expected: .noStream,
            conditions: [
                StreamCondition(stream: "promotion-P5", expected: .exact(1)),
                StreamCondition(stream: "defi-9", expected: .noStream),
            ])
        #expect(try log.append(fresh).positions == 2...2)
    }

    @Test func aConflictInABatchWritesNothing() throws {
        let store = try TemporaryStore()
        let log = store.log
        _ = try log.append(Controls.request("a"))
        let batch = [
            Controls.request("b", expected: .noStream),
            Controls.request("a", expected: .exact(1)),
            Controls.request("a", expected: .exact(1)),
        ]
        let error = #expect(throws: StoreError.self) { try log.append(batch: batch) }
        #expect(error?.code == .versionConflict)
        #expect(log.head.position == 1)
        #expect(log.streamVersion("b") == 0)
        #expect(log.verify().isSound)
    }

    @Test func laterRequestsInABatchSeeEarlierOnes() throws {
        let store = try TemporaryStore()
        let log = store.log
        let results = try log.append(batch: [
            Controls.request("a", expected: .noStream),
            Controls.request("a", expected: .exact(1), events: [Controls.event(), Controls.event()]),
            Controls.request("b", expected: .noStream, conditions: [StreamCondition(stream: "a", expected: .exact(3))]),
        ])
        #expect(results.map(\.positions) == [1...1, 2...3, 4...4])
        #expect(results.map(\.streamVersion) == [1, 3, 1])
        #expect(try log.events(inStream: "a").map(\.streamVersion) == [1, 2, 3])
    }
}

struct IdempotencyTests {
    @Test func aRepeatedCommandReturnsTheEarlierResultAndWritesNothing() throws {
        let store = try TemporaryStore()
        let log = store.log
        let first = try log.append(Controls.request(command: "cmd-1", events: [Controls.event(), Controls.event()]))
        _ = try log.append(Controls.request("other"))
        let again = try log.append(Controls.request("different-stream", expected: .exact(99), command: "cmd-1"))
        #expect(
            again == AppendResult(positions: first.positions, streamVersion: first.streamVersion, isDuplicate: true))
        #expect(log.head.position == 3)
        #expect(try log.result(ofCommand: "cmd-1") == first)
        #expect(try log.result(ofCommand: "never") == nil)
    }

    @Test func aReRunImportWritesNothing() throws {
        let store = try TemporaryStore()
        let log = store.log
        let batch = (1...20).map { Controls.request("dossier-\($0)", expected: .noStream, command: "import-\($0)") }
        let first = try log.append(batch: batch)
        let head = log.head
        let second = try log.append(batch: batch)
        #expect(second.allSatisfy { $0.isDuplicate })
        #expect(second.map(\.positions) == first.map(\.positions))
        #expect(log.head == head)
    }

    @Test func knownCommandsInABatchAreSkippedAndNewOnesWritten() throws {
        let store = try TemporaryStore()
        let log = store.log
        _ = try log.append(Controls.request("a", command: "known"))
        let results = try log.append(batch: [
            Controls.request("a", expected: .exact(1), command: "new-1"),
            Controls.request("a", expected: .noStream, command: "known"),
            Controls.request("a", expected: .exact(2), command: "new-2"),
        ])
        #expect(results.map(\.isDuplicate) == [false, true, false])
        #expect(results.map(\.positions) == [2...2, 1...1, 3...3])
    }

    @Test func oneCommandIDTwiceInABatchIsRefused() throws {
        let store = try TemporaryStore()
        let log = store.log
        let error = #expect(throws: StoreError.self) {
            try log.append(batch: [Controls.request("a", command: "x"), Controls.request("b", command: "x")])
        }
        #expect(error?.code == .invalidArgument)
        #expect(log.head.position == 0)
    }

    @Test func commandsAreFoundAfterReopeningAndThroughCheckpoints() throws {
        let options = EventLogOptions.testing.with { $0.checkpointInterval = 8 }
        let store = try TemporaryStore(options: options)
        let log = store.log
        let directory = store.directory
        for number in 1...50 { _ = try log.append(Controls.request("s-\(number % 7)", command: "c-\(number)")) }
        let reopened = try EventLog.open(at: directory, mode: .write, options: options)
        #expect(!reopened.index.runs.isEmpty)
        for number in [1, 8, 9, 33, 50] {
            let again = try reopened.append(Controls.request(command: "c-\(number)"))
            #expect(again.isDuplicate)
            #expect(again.positions == UInt64(number)...UInt64(number))
        }
        #expect(reopened.head.position == 50)
    }
}
