import Foundation
import Synchronization
import Testing

@testable import EventStore

/// Given a reader that read a zero length field at its tail and then lists the store's
/// directory to judge a later segment it saw it could not take up / when a writer recovers
/// the interrupted rollover, appends to the old segment and rolls over between that read and
/// that listing / then the reader reports no damage and reads the records; a later segment
/// that really does not continue the log is still damage.
struct RolloverWhileReadingTests {
    static let small = EventLogOptions.testing.with {
        $0.segmentSize = 4096
        $0.preallocationChunk = 1024
    }

    /// An interrupted rollover as a crash leaves it (FORMAT.md §8): a file named after the
    /// position after the head whose header is unreadable (zeros), holding no record.
    private func leaveAnInterruptedRollover(in store: TemporaryStore) {
        let path = store.directory + "/" + SegmentName.make(firstPosition: store.log.head.position + 1)
        #expect(FileManager.default.createFile(atPath: path, contents: Data([UInt8](repeating: 0, count: 256))))
    }

    /// The reader saw zeros after its head in segment 1 and the unreadable segment 4; the
    /// writer then removes that one, appends position 4 to segment 1 and a commit that starts
    /// segment 5, all before the reader's listing: the reader reads on instead of reporting
    /// "the segment starts at position 5 but the log ends at 3".
    @Test func aRolloverBetweenTheZeroLengthAndTheListingIsNoDamage() throws {
        let store = try TemporaryStore(options: Self.small)
        _ = try store.log.append(batch: (1...3).map { Controls.request("s-\($0)", command: "c-\($0)") })
        leaveAnInterruptedRollover(in: store)
        let hook = DirectoryListingHook(directory: store.directory)
        let reader = try store.open(.read, options: Self.small.with { $0.systemCalls = hook.calls })
        #expect(reader.head.position == 3)
        #expect(reader.unreadableTail == nil)
        let directory = store.directory
        hook.beforeNextListing {
            do {
                let writer = try EventLog.open(at: directory, mode: .write, options: Self.small)
                _ = try writer.append(Controls.request("s-4", command: "c-4"))
                _ = try writer.append(batch: (5...34).map { Controls.request("s-\($0)", command: "c-\($0)") })
                #expect(writer.head.segments == 2)
                #expect(writer.head.position == 34)
            } catch {
                Issue.record("the writer failed: \(error)")
            }
        }
        try reader.refresh()
        #expect(hook.ran)
        #expect(try store.segmentPaths.map { String($0.split(separator: "/").last!) } == [1, 5].map(SegmentName.make))
        #expect(reader.unreadableTail == nil)
        #expect(reader.head.position == 34)
        #expect(try reader.event(at: 34).commandID == "c-34")
        try reader.refresh()
        #expect(reader.unreadableTail == nil)
        #expect(try reader.head == store.open(.read).head)
    }

    /// Segment 2 renamed after a later position (its header no longer matches its name) with
    /// segment 3 after it: the tail of segment 1, looked at again, still ends there, so the
    /// gap is reported.
    @Test func aLaterSegmentThatDoesNotContinueTheLogIsStillDamage() throws {
        let store = try TemporaryStore(options: Self.small)
        for number in 1...80 { _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)")) }
        let paths = try store.segmentPaths
        try #require(paths.count >= 3)
        let head = UInt64(try FileSurgery.recordOffsets(paths[0]).count)
        let moved = store.directory + "/" + SegmentName.make(firstPosition: head + 3)
        try FileManager.default.moveItem(atPath: paths[1], toPath: moved)
        let reader = try store.open(.read)
        #expect(reader.head.position == head)
        let damage = try #require(reader.unreadableTail)
        #expect(damage.contains("starts at position \(head + 3) but the log ends at \(head)"))
    }
}

/// Runs an action once, right before the store's directory is next listed (the listing then
/// shows what the action did): a writer's work landing at that exact point of a reader's scan.
final class DirectoryListingHook: Sendable {
    private let directory: String
    private let action = Mutex<(@Sendable () -> Void)?>(nil)
    private let didRun = Mutex(false)

    init(directory: String) { self.directory = directory }

    var ran: Bool { didRun.withLock { $0 } }

    func beforeNextListing(_ body: @escaping @Sendable () -> Void) {
        action.withLock { $0 = body }
    }

    private func takeAction() -> (@Sendable () -> Void)? {
        action.withLock { action in
            defer { action = nil }
            return action
        }
    }

    var calls: SystemCalls {
        var calls = SystemCalls.live
        calls.listDirectory = { [self] path in
            if path == directory, let body = takeAction() {
                body()
                didRun.withLock { $0 = true }
            }
            return SystemCalls.live.listDirectory(path)
        }
        return calls
    }
}
