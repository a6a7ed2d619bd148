import Testing

@testable import EventStore

/// The in-memory tables over the checkpoint runs (every stream's count in the runs, one filter
/// of the runs' command keys) give the same answers as searching the runs one by one, before
/// and after they are built, and whether the runs were loaded or written by the same log.
struct IndexLookupTests {
    static let options = IndexCheckpointTests.options

    /// 300 single-event commands over 40 streams: many runs, every stream in several of them.
    private func makeStore() throws -> TemporaryStore {
        let store = try TemporaryStore(options: Self.options)
        for number in 1...300 {
            _ = try store.log.append(Controls.request("stream-\(number % 40)", command: "cmd-\(number)"))
        }
        return store
    }

    /// Events of `stream-<stream>` among the 300 commands.
    private func version(_ stream: Int) -> UInt64 { UInt64((1...300).filter { $0 % 40 == stream }.count) }

    private func expectSameAnswers(_ log: EventLog) throws {
        for stream in 0..<40 { #expect(log.streamVersion("stream-\(stream)") == version(stream)) }
        #expect(log.streamVersion("stream-absent") == 0)
        for number in 1...300 {
            #expect(try log.result(ofCommand: "cmd-\(number)")?.positions == UInt64(number)...UInt64(number))
        }
        for number in 301...400 { #expect(try log.result(ofCommand: "cmd-\(number)") == nil) }
    }

    @Test func aReopenedLogAnswersTheSameBeforeAndAfterItsTablesAreBuilt() throws {
        let store = try makeStore()
        let log = try store.open(.write)
        #expect(log.index.runs.count >= 2)
        // The first pass searches the runs until the tables are built; the second uses them.
        try expectSameAnswers(log)
        try expectSameAnswers(log)
        let repeated = try log.append(Controls.request("stream-7", command: "cmd-5"))
        #expect(repeated.isDuplicate && repeated.positions == 5...5)
        #expect(
            try log.append(Controls.request("stream-new", expected: .noStream, command: "cmd-301")).positions
                == 301...301)
        #expect(throws: StoreError.self) {
            try log.append(Controls.request("stream-3", expected: .exact(3), command: "cmd-302"))
        }
        #expect(
            try log.append(Controls.request("stream-3", expected: .exact(8), command: "cmd-302")).streamVersion == 9)
    }

    @Test func theWriterThatMadeTheRunsAnswersFromItsOwnTables() throws {
        let store = try makeStore()
        try expectSameAnswers(store.log)
        let batch = (301...340).map {
            Controls.request("stream-\($0 % 40)", expected: .exact(version($0 % 40)), command: "cmd-\($0)")
        }
        #expect(try store.log.append(batch: batch).map(\.streamVersion) == (301...340).map { version($0 % 40) + 1 })
        #expect(try store.log.append(batch: batch).allSatisfy(\.isDuplicate))
        #expect(store.log.verify().isSound)
    }

    /// Past 65,536 commands the writer's filter over its runs is rebuilt larger: commands of
    /// every run are still recognised, new ones still are not.
    @Test func theRunsFilterIsRebuiltWhenFullAndMissesNothing() throws {
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.checkpointInterval = 4096 })
        func batch(_ number: Int) -> [AppendRequest] {
            (0..<1000).map { Controls.request("stream-\($0 % 100)", command: "cmd-\(number)-\($0)") }
        }
        for number in 0..<70 { _ = try store.log.append(batch: batch(number)) }
        #expect(store.log.index.runs.count >= 2)
        for number in [0, 33, 65, 69] {
            #expect(try store.log.append(batch: batch(number)).allSatisfy(\.isDuplicate))
        }
        #expect(try store.log.append(batch: batch(70)).allSatisfy { !$0.isDuplicate })
        #expect(store.log.head.position == 71_000)
    }

    @Test func theRunsFilterHoldsEveryKeyItWasGiven() {
        var filter = RunsCommandFilter(capacity: 10)
        #expect(filter.capacity == 1 << 16)
        let keys = (0..<5000).map { StableHash.commandKey(StableHash.of("cmd-\($0)")) }
        for key in keys { filter.insert(key) }
        #expect(keys.allSatisfy { filter.mayContain($0) })
        let strangers = (0..<5000).filter { filter.mayContain(StableHash.commandKey(StableHash.of("other-\($0)"))) }
        #expect(strangers.count < 50)
        #expect(filter.hasRoom(for: (1 << 16) - 5000) && !filter.hasRoom(for: (1 << 16) - 4999))
    }
}
