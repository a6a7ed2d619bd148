import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// Small commits of a long-lived writer go to disk with `O_DIRECT | O_DSYNC`
/// (``DirectTailWriter``, ``EventLog/writeDirectly(at:in:)``): the same bytes as a buffered
/// write and its `fdatasync`, in one write, and the writer's ``StoreWatch`` tells it that
/// nobody wrote after it, so it does not read its tail back from the disk.
struct DirectWriteTests {
    /// Appends until the writer watches its store and its tail segment: its next small
    /// commit is written directly.
    static func appendUntilWritingDirectly(_ log: EventLog) throws {
        try StoreWatchTests.appendUntilWatching(log)
        _ = try log.append(Controls.request(command: "first-watched"))
        let tail = log.segments[log.tailSegment].path
        #expect(log.storeWatch?.watchesTail(at: tail) == true)
    }

    @Test func aLongLivedWritersSmallCommitsAreDurableWithoutAnFdatasync() throws {
        // Given a writer that watches its store
        let syncs = CallCounter()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = syncs.counting(.live) })
        try Self.appendUntilWritingDirectly(store.log)
        let before = syncs.fdatasyncs
        let head = store.log.head.position
        // When it appends single commands and a small batch
        for number in 1...30 {
            _ = try store.log.append(Controls.request("dossier-\(number % 3)", command: "direct-\(number)"))
            #expect(store.log.lastWriteWasDirect)
        }
        _ = try store.log.append(
            batch: (31...40).map { Controls.request("dossier-\($0 % 3)", command: "direct-\($0)") })
        #expect(store.log.lastWriteWasDirect)
        // Then none of them called fdatasync, and the log holds them: it verifies (free space
        // after the last record is zeros), and a new reader finds each one in its stream
        #expect(syncs.fdatasyncs == before)
        #expect(store.log.head.position == head + 40)
        #expect(store.log.verify().isSound)
        let reader = try store.open(.read)
        #expect(reader.head == store.log.head)
        for stream in 0..<3 {
            let commands = try reader.events(inStream: "dossier-\(stream)").map(\.commandID)
            #expect(commands == (1...40).filter { $0 % 3 == stream }.map { "direct-\($0)" })
        }
    }

    @Test func directCommitsSpanningBlocksKeepTheTailBlockBetweenThem() throws {
        // Given a writer writing directly
        let store = try TemporaryStore()
        try Self.appendUntilWritingDirectly(store.log)
        // When its commits are of every size up to several blocks, so that they start and end
        // anywhere in a block, and some cross blocks
        var sent: [String] = []
        for number in 1...24 {
            let text = String(repeating: "é", count: number * 211)
            let payload = #"{"text":""# + text + #""}"#
            _ = try store.log.append(
                Controls.request(
                    "long-\(number % 2)", command: "span-\(number)", events: [Controls.event(payload: payload)]))
            #expect(store.log.lastWriteWasDirect)
            sent.append(payload)
        }
        // Then every payload reads back whole after a reopen, and the log verifies
        let reopened = try store.open(.write)
        #expect(reopened.verify().isSound)
        var read: [String] = []
        for stream in 0..<2 {
            for event in try reopened.events(inStream: "long-\(stream)") {
                read.append(String(decoding: event.payload, as: UTF8.self))
            }
        }
        #expect(read.sorted() == sent.sorted())
    }

    @Test func anotherWritersAppendAfterADirectWriteIsSeenAndNotWrittenOver() throws {
        // Given a writer writing directly, and another writer on the same store
        let store = try TemporaryStore()
        try Self.appendUntilWritingDirectly(store.log)
        let version = store.log.streamVersion("dossier-P5-0007")
        let other = try store.open(.write)
        // When the other appends to a stream, and the first appends expecting the version it knew
        _ = try other.append(Controls.request(command: "other-1"))
        let conflict = #expect(throws: StoreError.self) {
            try store.log.append(Controls.request(expected: .exact(version), command: "stale"))
        }
        // Then the first sees the conflict, and its next append goes after the other's
        #expect(conflict?.code == .versionConflict)
        let result = try store.log.append(Controls.request(expected: .exact(version + 1), command: "fresh"))
        #expect(result.positions.lowerBound == other.head.position + 1)
        #expect(store.log.verify().isSound)
        let commands = try store.open(.read).events(inStream: "dossier-P5-0007").suffix(2).map(\.commandID)
        #expect(commands == ["other-1", "fresh"])
    }

    @Test func aSegmentAnotherWriterStartsWithoutTouchingTheTailIsFollowed() throws {
        // Given a writer writing directly, whose tail segment another writer leaves alone
        // (its one record is larger than a segment, so it starts a segment of its own)
        let store = try TemporaryStore(options: .testing.with { $0.segmentSize = 16 << 10 })
        try Self.appendUntilWritingDirectly(store.log)
        let head = store.log.head.position
        let segments = try store.segmentPaths.count
        let other = try store.open(.write)
        let large = Controls.event(payload: #"{"text":""# + String(repeating: "z", count: 20_000) + #""}"#)
        _ = try other.append(Controls.request("large", command: "large", events: [large]))
        #expect(try store.segmentPaths.count == segments + 1)
        // When the first appends again
        let result = try store.log.append(Controls.request(command: "after-large"))
        // Then it found the new segment and wrote after the other's record
        #expect(result.positions == (head + 2)...(head + 2))
        #expect(store.log.verify().isSound)
        #expect(try store.open(.read).events(inStream: "large").count == 1)
    }

    /// Each one's direct write (an `O_DIRECT` `pwrite`) queues the `IN_MODIFY` that makes the
    /// other read its tail.
    @Test func twoDirectWritersTakingTurnsNeverWriteOverEachOther() throws {
        let store = try TemporaryStore()
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        let other = try store.open(.write)
        try DirectWriteTests.appendUntilWritingDirectly(other)
        var expected: [String] = []
        for turn in 1...20 {
            for (name, log) in [("first", store.log), ("other", other)] {
                _ = try log.append(Controls.request("turns", command: "\(name)-\(turn)"))
                #expect(log.lastWriteWasDirect)
                expected.append("\(name)-\(turn)")
            }
        }
        #expect(store.log.verify().isSound)
        #expect(try store.open(.read).events(inStream: "turns").map(\.commandID) == expected)
    }

    @Test func aFailedDirectWriteLeavesTheSegmentAsItWas() throws {
        // Given a writer writing directly, and a long commit whose write stops after its first
        // block (the block that holds earlier records too: a short direct write ends at a block
        // boundary, so the injector cuts these 6,000 bytes to 4,096)
        let faults = FaultInjector()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = .live.injecting(faults) })
        try Self.appendUntilWritingDirectly(store.log)
        let head = store.log.head
        let before = try store.fileBytes
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 6000, pathContains: SegmentName.prefix))
        let long = Controls.event(payload: #"{"text":""# + String(repeating: "w", count: 12_000) + #""}"#)
        // When it appends
        let error = #expect(throws: StoreError.self) {
            try store.log.append(Controls.request(command: "cut", events: [long]))
        }
        // Then the append failed, the bytes are what they were, and the next append goes in
        // the same place
        #expect(error?.code == .io)
        #expect(store.log.head == head)
        #expect(try store.fileBytes == before)
        let result = try store.log.append(Controls.request(command: "cut", events: [long]))
        #expect(result.positions == (head.position + 1)...(head.position + 1))
        #expect(store.log.lastWriteWasDirect)
        let reopened = try store.open(.write)
        #expect(reopened.verify().isSound)
        #expect(reopened.head == store.log.head)
    }

    @Test func aDirectWriteThatCannotBeTakenBackStopsTheLogAndAReopenRecoversTheTail() throws {
        // Given a writer writing directly, whose write and its undo both fail
        let faults = FaultInjector()
        let fatal = FatalRecorder()
        let store = try TemporaryStore(
            options: .testing.with {
                $0.systemCalls = .live.injecting(faults)
                $0.onFatalError = { fatal.record($0) }
            })
        try Self.appendUntilWritingDirectly(store.log)
        let head = store.log.head
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 4096, pathContains: SegmentName.prefix))
        faults.add(.init(.pwrite, onCall: 2, errno: EIO, pathContains: SegmentName.prefix))
        let long = Controls.event(payload: #"{"text":""# + String(repeating: "v", count: 12_000) + #""}"#)
        // When it appends
        let error = #expect(throws: StoreError.self) {
            try store.log.append(Controls.request(command: "torn", events: [long]))
        }
        // Then the log stops, as after a failed fdatasync, and writes nothing more
        #expect(error?.code == .fatal)
        #expect(fatal.recorded.count == 1)
        #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "refused")) }
        // and the store reopened appends where the log ended, and verifies
        let reopened = try store.open(.write)
        #expect(reopened.head == head)
        let result = try reopened.append(Controls.request(command: "next"))
        #expect(result.positions == (head.position + 1)...(head.position + 1))
        #expect(reopened.verify().isSound)
    }

    @Test func aFileSystemThatRefusesDirectWritesIsWrittenBuffered() throws {
        // Given a writer watching its store, on a file system that refuses O_DIRECT (EINVAL
        // when a file is opened for it)
        var refusing = SystemCalls.live
        refusing.open = { path, flags, mode in
            if flags & __O_DIRECT != 0 { return SystemCalls.failing(EINVAL, -1) }
            return SystemCalls.live.open(path, flags, mode)
        }
        let syncs = CallCounter()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = syncs.counting(refusing) })
        try StoreWatchTests.appendUntilWatching(store.log)
        // When it appends
        let before = syncs.fdatasyncs
        for number in 1...5 { _ = try store.log.append(Controls.request(command: "buffered-\(number)")) }
        // Then each append was written and synced as before, and no direct write is tried again
        #expect(store.log.directWritesRefused)
        #expect(!store.log.lastWriteWasDirect)
        #expect(syncs.fdatasyncs == before + 5)
        #expect(store.log.verify().isSound)
    }

    @Test func directWritesCanBeTurnedOff() throws {
        let syncs = CallCounter()
        let store = try TemporaryStore(
            options: .testing.with {
                $0.systemCalls = syncs.counting(.live)
                $0.directWrites = false
            })
        try StoreWatchTests.appendUntilWatching(store.log)
        let before = syncs.fdatasyncs
        for number in 1...5 { _ = try store.log.append(Controls.request(command: "off-\(number)")) }
        #expect(!store.log.lastWriteWasDirect)
        #expect(syncs.fdatasyncs == before + 5)
    }

    @Test func theTailBlocksAreTheBlocksACommitTouches() {
        #expect(DirectTailWriter.blocks(start: 0, count: 1) == 0..<4096)
        #expect(DirectTailWriter.blocks(start: 100, count: 3996) == 0..<4096)
        #expect(DirectTailWriter.blocks(start: 100, count: 3997) == 0..<8192)
        #expect(DirectTailWriter.blocks(start: 4096, count: 4096) == 4096..<8192)
        #expect(DirectTailWriter.blocks(start: 8191, count: 2) == 4096..<12288)
    }
}
