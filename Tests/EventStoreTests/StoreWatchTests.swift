import Foundation
import Glibc
import Synchronization
import Testing

@testable import EventStore

/// The writer's watch on its directory and its tail segment (``StoreWatch``): it replaces two
/// failing `stat`s per append, so it must see every segment file another writer creates or
/// removes; and it replaces reading the tail back from the disk after a direct write, so it
/// must see every write another process makes to the tail segment.
struct StoreWatchTests {
    @Test func aWatchSeesEntriesCreatedRemovedAndRenamedAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        let watch = try #require(StoreWatch(directory.path, calls: .live))
        #expect(!watch.sawDirectoryChanges())
        #expect(FileManager.default.createFile(atPath: directory.path + "/a", contents: Data([1])))
        #expect(watch.sawDirectoryChanges())
        #expect(!watch.sawDirectoryChanges())
        // Writing to an existing file changes no entry.
        let handle = try #require(FileHandle(forWritingAtPath: directory.path + "/a"))
        try handle.write(contentsOf: Data([2, 3]))
        try handle.close()
        #expect(!watch.sawDirectoryChanges())
        try FileManager.default.moveItem(atPath: directory.path + "/a", toPath: directory.path + "/b")
        #expect(watch.sawDirectoryChanges())
        try FileManager.default.removeItem(atPath: directory.path + "/b")
        #expect(watch.sawDirectoryChanges())
        #expect(!watch.sawDirectoryChanges())
        #expect(!watch.isBroken)
    }

    @Test func aWatchWhoseDirectoryIsGoneNoLongerVouches() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/store"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let watch = try #require(StoreWatch(path, calls: .live))
        try FileManager.default.removeItem(atPath: path)
        #expect(watch.sawDirectoryChanges())
        #expect(watch.isBroken)
        #expect(watch.sawDirectoryChanges())
    }

    /// Writes `bytes` at the end of the file at `path`, as another process would.
    static func writeAsAnother(_ path: String, _ bytes: [UInt8] = [7]) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    @Test func theTailIsUnchangedUntilAnotherWritesToIt() throws {
        // Given a watched directory with a segment file this writer wrote to
        let directory = try TemporaryDirectory()
        let watch = try #require(StoreWatch(directory.path, calls: .live))
        let tail = directory.path + "/segment-1"
        #expect(FileManager.default.createFile(atPath: tail, contents: Data([1])))
        #expect(watch.sawDirectoryChanges())
        #expect(!watch.tailIsUnchanged(at: tail))
        try Self.writeAsAnother(tail)
        watch.noteOwnWrite(to: tail)
        // Then its own write is set aside: the tail is unchanged, asked any number of times
        #expect(watch.watchesTail(at: tail))
        #expect(watch.tailIsUnchanged(at: tail))
        #expect(watch.tailIsUnchanged(at: tail))
        #expect(!watch.tailIsUnchanged(at: directory.path + "/segment-2"))
        // When another write reaches the file, it is changed until the writer's next own write
        try Self.writeAsAnother(tail)
        #expect(!watch.tailIsUnchanged(at: tail))
        #expect(!watch.tailIsUnchanged(at: tail))
        try Self.writeAsAnother(tail)
        watch.noteOwnWrite(to: tail)
        #expect(watch.tailIsUnchanged(at: tail))
        #expect(!watch.sawDirectoryChanges())
    }

    @Test func aDirectoryChangeReadWithTheWritersOwnEventsIsStillReported() throws {
        // Given a writer watching its tail
        let directory = try TemporaryDirectory()
        let watch = try #require(StoreWatch(directory.path, calls: .live))
        let tail = directory.path + "/segment-1"
        #expect(FileManager.default.createFile(atPath: tail, contents: Data([1])))
        watch.noteOwnWrite(to: tail)
        #expect(watch.sawDirectoryChanges())
        // When a segment file appears, and the writer's own write is noted after it
        #expect(FileManager.default.createFile(atPath: directory.path + "/segment-2", contents: Data([2])))
        try Self.writeAsAnother(tail)
        watch.noteOwnWrite(to: tail)
        // Then the new entry is still reported, and until then the tail is not vouched for
        #expect(!watch.tailIsUnchanged(at: tail))
        #expect(watch.sawDirectoryChanges())
        #expect(watch.tailIsUnchanged(at: tail))
    }

    @Test func writesToAnEarlierTailNoLongerCount() throws {
        // Given a writer whose tail moved from one segment file to the next
        let directory = try TemporaryDirectory()
        let watch = try #require(StoreWatch(directory.path, calls: .live))
        let first = directory.path + "/segment-1"
        let second = directory.path + "/segment-2"
        #expect(FileManager.default.createFile(atPath: first, contents: Data([1])))
        #expect(FileManager.default.createFile(atPath: second, contents: Data([2])))
        watch.noteOwnWrite(to: first)
        watch.noteOwnWrite(to: second)
        #expect(watch.sawDirectoryChanges())
        // When the earlier file is written to, it does not change the tail; the new one does
        try Self.writeAsAnother(first)
        #expect(watch.tailIsUnchanged(at: second))
        try Self.writeAsAnother(second)
        #expect(!watch.tailIsUnchanged(at: second))
    }

    @Test func aWatchWhoseTailCannotBeWatchedVouchesForNoTail() throws {
        // Given a system that refuses a watch on a file (too many watches)
        let faults = FaultInjector()
        faults.add(.init(.watchFile, isPersistent: true))
        let directory = try TemporaryDirectory()
        let watch = try #require(StoreWatch(directory.path, calls: SystemCalls.live.injecting(faults)))
        let tail = directory.path + "/segment-1"
        #expect(FileManager.default.createFile(atPath: tail, contents: Data([1])))
        watch.noteOwnWrite(to: tail)
        // Then it follows no tail, and says the tail may have changed
        #expect(!watch.watchesTail(at: tail))
        #expect(!watch.tailIsUnchanged(at: tail))
        #expect(watch.sawDirectoryChanges())
        #expect(!watch.isBroken)
    }

    @Test func aShortLivedWriterMakesNoWatch() throws {
        let store = try TemporaryStore()
        for number in 1...3 { _ = try store.log.append(Controls.request(command: "cmd-\(number)")) }
        #expect(store.log.storeWatch == nil)
        #expect(try store.open(.read).storeWatch == nil)
    }

    @Test func aWriterAsksForNoSegmentNameWhileItsDirectoryIsUnchanged() throws {
        // Given a writer that has appended enough to watch its directory
        let asked = CallCounter()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = asked.counting(.live) })
        try Self.appendUntilWatching(store.log)
        let before = asked.segmentNames
        let head = store.log.head.position
        // When it appends more, single events and a batch, in the same segment
        for number in 1...20 { _ = try store.log.append(Controls.request(command: "cmd-\(number)")) }
        _ = try store.log.append(batch: (21...40).map { Controls.request(command: "cmd-\($0)") })
        // Then it asked the file system for no segment file by name
        #expect(asked.segmentNames == before)
        #expect(store.log.head.position == head + 40)
    }

    /// Appends single events until the log watches its directory (after about 16 appends).
    static func appendUntilWatching(_ log: EventLog) throws {
        for number in 1...EventLog.checksBeforeWatching where log.storeWatch == nil {
            _ = try log.append(Controls.request(command: "warm-up-\(number)"))
        }
        #expect(log.storeWatch != nil)
    }

    @Test func aSegmentAnotherWriterStartsIsFollowedThroughTheWatch() throws {
        // Given two writers on one store with small segments, the first one watching
        let store = try TemporaryStore(options: .testing.with { $0.segmentSize = 8192 })
        try Self.appendUntilWatching(store.log)
        let head = store.log.head.position
        let other = try store.open(.write)
        // When the other one fills segments, and the first one appends again
        let big = Controls.event(payload: #"{"text":""# + String(repeating: "x", count: 900) + #""}"#)
        for number in 1...12 { _ = try other.append(Controls.request(command: "other-\(number)", events: [big])) }
        #expect(try store.segmentPaths.count > 2)
        let result = try store.log.append(Controls.request(command: "again"))
        // Then it appends after the other's last record, and the log verifies
        #expect(result.positions == (head + 13)...(head + 13))
        #expect(store.log.verify().isSound)
        #expect(try store.open(.read).events(inStream: "dossier-P5-0007").last?.commandID == "again")
    }

    @Test func aStraySegmentAppearingWhileTheWriterWatchesIsRemovedBeforeItIsWrittenAround() throws {
        // Given a watching writer, and a stray segment (what another writer's failed rollover
        // could not remove) named for a position two appends ahead
        let store = try TemporaryStore()
        try Self.appendUntilWatching(store.log)
        let first = store.log.head.position + 3
        let stray = store.directory + "/" + SegmentName.make(firstPosition: first)
        let header = SegmentHeader(firstPosition: first, previousChainHash: .zero).encoded
        #expect(
            FileManager.default.createFile(atPath: stray, contents: Data(header + [UInt8](repeating: 0, count: 512))))
        // When it appends past that position
        for number in 1...5 { _ = try store.log.append(Controls.request(command: "past-\(number)")) }
        // Then the stray is gone, and the log verifies and reopens
        #expect(!FileManager.default.fileExists(atPath: stray))
        #expect(store.log.verify().isSound)
        #expect(try store.open(.write).head.position == first + 2)
    }

    @Test func withoutAWatchTheWriterAsksByNameAndStillFollowsOthers() throws {
        // Given a system that gives no inotify descriptor
        let faults = FaultInjector()
        faults.add(.init(.watchDirectory, isPersistent: true, pathContains: "/store"))
        let asked = CallCounter()
        let options = EventLogOptions.testing.with {
            $0.systemCalls = asked.counting(SystemCalls.live.injecting(faults))
            $0.segmentSize = 4096
        }
        let store = try TemporaryStore(options: options)
        for number in 1...EventLog.checksBeforeWatching {
            _ = try store.log.append(Controls.request(command: "w-\(number)"))
        }
        #expect(store.log.storeWatch == nil)
        let head = store.log.head.position
        // When another writer fills segments and this one appends
        let other = try store.open(.write)
        let big = Controls.event(payload: #"{"text":""# + String(repeating: "y", count: 900) + #""}"#)
        for number in 1...8 { _ = try other.append(Controls.request(command: "other-\(number)", events: [big])) }
        let before = asked.segmentNames
        let result = try store.log.append(Controls.request(command: "mine"))
        // Then it asked by name, and appended after the other's records
        #expect(asked.segmentNames > before)
        #expect(result.positions == (head + 9)...(head + 9))
        #expect(store.log.verify().isSound)
    }
}
