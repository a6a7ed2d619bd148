import Glibc
import Testing

@testable import EventStore

/// What a direct write saves beyond the `fdatasync`: the writer does not read its tail back
/// from the disk before its next append while its ``StoreWatch`` says nobody wrote after it
/// (``EventLog/tailIsOwnWrite()``), and it reads it again as soon as someone did.
struct OwnTailTests {
    /// Whether the page of the file at `path` holding `offset` is in the page cache (`mincore`
    /// of a mapping that is never touched, so asking reads nothing from the disk).
    static func isCached(_ path: String, at offset: Int) throws -> Bool {
        let fd = Glibc.open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { Glibc.close(fd) }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapping = mmap(nil, page, PROT_READ, MAP_SHARED, fd, off_t(offset & ~(page - 1)))
        try #require(mapping != MAP_FAILED)
        defer { munmap(mapping, page) }
        var resident: UInt8 = 0
        try #require(mincore(mapping, page, &resident) == 0)
        return resident & 1 != 0
    }

    @Test func aWriterDoesNotReadItsTailBackAfterItsOwnDirectWrite() throws {
        // Given a writer that has just written a commit directly (which takes the written
        // pages out of the page cache)
        let store = try TemporaryStore()
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        _ = try store.log.append(Controls.request(command: "direct"))
        #expect(store.log.lastWriteWasDirect)
        let tail = store.log.segments[store.log.tailSegment].path
        let offset = store.log.tailOffset
        // (what this test observes: a file system that keeps the page cached cannot tell)
        try #require(try !Self.isCached(tail, at: offset), "a direct write drops its pages from the page cache")
        // When it catches up before its next append
        try store.log.refresh()
        // Then it trusted its watch: the page after its last record was not fetched from the disk
        #expect(store.log.tailIsOwnWrite())
        #expect(try !Self.isCached(tail, at: offset))
        #expect(store.log.tailOffset == offset)
    }

    @Test func anotherWritersAppendToTheTailIsNotTakenForTheWritersOwn() throws {
        // Given a writer writing directly, and another writer on the same store
        let store = try TemporaryStore()
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        _ = try store.log.append(Controls.request(command: "direct"))
        #expect(store.log.tailIsOwnWrite())
        let other = try store.open(.write)
        // When the other appends to the same segment
        _ = try other.append(Controls.request(command: "other"))
        // Then the first no longer takes the tail for its own, and catching up finds the record
        #expect(!store.log.tailIsOwnWrite())
        try store.log.refresh()
        #expect(store.log.head == other.head)
    }

    @Test func anotherWritersRolloverIsNotTakenForTheWritersOwnTail() throws {
        // Given a writer writing directly, and another writer on the same store
        let store = try TemporaryStore(options: .testing.with { $0.segmentSize = 16 << 10 })
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        _ = try store.log.append(Controls.request(command: "direct"))
        #expect(store.log.tailIsOwnWrite())
        let other = try store.open(.write)
        // When the other starts a segment without touching the first one's tail segment (its
        // record is larger than a segment)
        let large = Controls.event(payload: #"{"text":""# + String(repeating: "r", count: 20_000) + #""}"#)
        let segments = try store.segmentPaths.count
        _ = try other.append(Controls.request("large", command: "large", events: [large]))
        #expect(try store.segmentPaths.count == segments + 1)
        // Then the first no longer takes its tail for the log's, and catching up follows it
        #expect(!store.log.tailIsOwnWrite())
        try store.log.refresh()
        #expect(store.log.head == other.head)
    }
}
