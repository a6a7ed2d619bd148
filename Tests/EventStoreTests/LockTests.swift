import Glibc
import Testing

@testable import EventStore

struct LockTests {
    /// Holds the store's writer lock the way another process would: its own open file, `flock`.
    private final class ForeignLock {
        let fd: Int32
        init(directory: String) {
            fd = open(directory + "/lock", O_RDWR)
            precondition(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
        }
        deinit { close(fd) }
    }

    @Test func aSecondWriterGetsBusyAfterTheTimeout() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request())
        let lock = ForeignLock(directory: store.directory)
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: StoreError.self) { try store.log.append(Controls.request()) }
        let waited = clock.now - start
        #expect(error?.code == .busy)
        #expect(error?.message.contains("try again later") == true)
        #expect(waited >= .milliseconds(200))
        #expect(waited < .seconds(5))
        #expect(store.log.head.position == 1)
        let opening = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(opening?.code == .busy)
        _ = lock
    }

    @Test func readersTakeNoLock() throws {
        let store = try TemporaryStore()
        _ = try store.log.append(Controls.request())
        let lock = ForeignLock(directory: store.directory)
        let reader = try store.open(.read)
        #expect(reader.head.position == 1)
        #expect(reader.verify().isSound)
        try reader.refresh()
        _ = lock
    }

    @Test func theLockIsHeldOnlyAroundAnAppend() throws {
        let store = try TemporaryStore()
        let other = try store.open(.write)
        _ = try store.log.append(Controls.request("a", expected: .noStream))
        let conflict = #expect(throws: StoreError.self) { try other.append(Controls.request("a", expected: .noStream)) }
        #expect(conflict?.code == .versionConflict)
        #expect(try other.append(Controls.request("a", expected: .exact(1))).positions == 2...2)
        #expect(try store.log.append(Controls.request("a", expected: .exact(2))).positions == 3...3)
        #expect(store.log.verify().isSound)
        #expect(other.head.position == 2)
        try other.refresh()
        #expect(other.head.position == 3)
    }

    @Test func twoWritersInterleavedAcrossSegmentsAndCheckpoints() throws {
        let options = EventLogOptions.testing.with {
            $0.segmentSize = 4096
            $0.preallocationChunk = 1024
            $0.checkpointInterval = 7
        }
        let store = try TemporaryStore(options: options)
        let other = try store.open(.write)
        for number in 1...120 {
            let writer = number % 3 == 0 ? other : store.log
            let stream = "s-\(number % 4)"
            try appendRetrying(writer, stream: stream, command: "c-\(number)")
        }
        let report = try store.open(.read).verify()
        #expect(report.isSound)
        #expect(report.events == 120)
        for stream in 0..<4 {
            #expect(try store.open(.read).events(inStream: "s-\(stream)").map(\.streamVersion) == Array(1...30))
        }
    }
}

/// Appends with the version the writer knows, re-reading once after a conflict (what a command
/// handler does when another writer got there first).
private func appendRetrying(_ writer: EventLog, stream: String, command: String) throws {
    let attempt = Controls.request(stream, expected: .exact(writer.streamVersion(stream)), command: command)
    if (try? writer.append(attempt)) == nil {
        _ = try writer.append(
            Controls.request(stream, expected: .exact(writer.streamVersion(stream)), command: command))
    }
}

struct StoreCreationTests {
    @Test func createMakesAPrivateStore() throws {
        let root = try TemporaryDirectory()
        let directory = root.path + "/store"
        let log = try EventLog.create(at: directory, options: .testing)
        #expect(log.head.position == 0)
        var info = stat()
        #expect(lstat(directory, &info) == 0 && info.st_mode & 0o777 == 0o700)
        for name in ["store.json", "lock", SegmentName.make(firstPosition: 1)] {
            #expect(lstat(directory + "/" + name, &info) == 0 && info.st_mode & 0o777 == 0o600)
        }
        #expect(lstat(directory + "/index", &info) == 0 && info.st_mode & 0o777 == 0o700)
    }

    @Test func groupReadableStoresLetTheGroupRead() throws {
        let root = try TemporaryDirectory()
        let directory = root.path + "/store"
        let log = try EventLog.create(
            at: directory, options: EventLogOptions.testing.with { $0.permissions = .groupReadable })
        _ = try log.append(Controls.request())
        var info = stat()
        #expect(lstat(directory, &info) == 0 && info.st_mode & 0o777 == 0o750)
        #expect(
            lstat(directory + "/" + SegmentName.make(firstPosition: 1), &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test func createRefusesAnExistingStoreAndOtherFiles() throws {
        let store = try TemporaryStore()
        let error = #expect(throws: StoreError.self) { try EventLog.create(at: store.directory, options: .testing) }
        #expect(error?.code == .alreadyExists)
        let root = try TemporaryDirectory()
        close(open(root.path + "/notes.txt", O_CREAT | O_WRONLY, 0o600))
        let other = #expect(throws: StoreError.self) { try EventLog.create(at: root.path, options: .testing) }
        #expect(other?.code == .alreadyExists)
        #expect(other?.message.contains("notes.txt") == true)
    }

    @Test func createAcceptsTheRepositorysEventLogFolder() throws {
        let root = try TemporaryDirectory()
        close(open(root.path + "/FORMAT.md", O_CREAT | O_WRONLY, 0o644))
        let log = try EventLog.create(at: root.path, options: .testing)
        _ = try log.append(Controls.request())
        #expect(try EventLog.open(at: root.path, mode: .read, options: .testing).head.position == 1)
    }

    @Test func openingSomethingThatIsNotAStoreSaysSo() throws {
        let root = try TemporaryDirectory()
        let error = #expect(throws: StoreError.self) {
            try EventLog.open(at: root.path, mode: .read, options: .testing)
        }
        #expect(error?.code == .notFound)
        #expect(error?.message.contains("eig init") == true)
        let missing = #expect(throws: StoreError.self) {
            try EventLog.open(at: root.path + "/nowhere", mode: .write, options: .testing)
        }
        #expect(missing?.code == .notFound)
    }

    @Test func theStoreKeepsItsIdentity() throws {
        let store = try TemporaryStore()
        let reopened = try store.open(.read)
        #expect(reopened.storeID == store.log.storeID)
        #expect(reopened.createdAt == store.log.createdAt)
        let manifest = try FileSurgery.bytes(store.directory + "/store.json")
        #expect(String(decoding: manifest, as: UTF8.self).contains(#""formatVersion":1"#))
    }

    @Test func badOptionsAreRefused() throws {
        let root = try TemporaryDirectory()
        let error = #expect(throws: StoreError.self) {
            try EventLog.create(at: root.path + "/s", options: EventLogOptions.testing.with { $0.segmentSize = 100 })
        }
        #expect(error?.code == .invalidArgument)
    }
}
