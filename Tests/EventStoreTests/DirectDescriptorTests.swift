import Glibc
import Synchronization
import Testing

@testable import EventStore

/// The direct descriptor itself: opened so that a write is durable when it returns, and given
/// up for buffered writes when the file system refuses a direct write (not only its opening).
struct DirectDescriptorTests {
    /// Records the flags of each `O_DIRECT` open, and can refuse every write through one.
    final class DirectOpens: Sendable {
        private let state = Mutex<(flags: [Int32], fds: Set<Int32>)>(([], []))
        let refusesWrites: Bool

        init(refusesWrites: Bool = false) { self.refusesWrites = refusesWrites }

        var flags: [Int32] { state.withLock { $0.flags } }

        func calls(_ base: SystemCalls) -> SystemCalls {
            var calls = base
            calls.open = { [self] path, flags, mode in
                let fd = base.open(path, flags, mode)
                if fd >= 0, flags & __O_DIRECT != 0 {
                    state.withLock {
                        $0.flags.append(flags)
                        $0.fds.insert(fd)
                    }
                }
                return fd
            }
            calls.close = { [self] fd in
                state.withLock { _ = $0.fds.remove(fd) }
                return base.close(fd)
            }
            calls.pwrite = { [self] fd, buffer, count, offset in
                if refusesWrites, state.withLock({ $0.fds.contains(fd) }) { return SystemCalls.failing(EINVAL, -1) }
                return base.pwrite(fd, buffer, count, offset)
            }
            return calls
        }
    }

    @Test func theDirectDescriptorIsOpenedForSynchronousWrites() throws {
        // Given a writer writing directly
        let opens = DirectOpens()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = opens.calls(.live) })
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        _ = try store.log.append(Controls.request(command: "direct"))
        #expect(store.log.lastWriteWasDirect)
        // Then its direct descriptor was opened O_DSYNC: without it, no fdatasync would make the
        // acknowledged commit durable
        #expect(!opens.flags.isEmpty)
        for flags in opens.flags { #expect(flags & O_DSYNC == O_DSYNC) }
    }

    @Test func aFileSystemThatRefusesADirectWriteIsWrittenBuffered() throws {
        // Given a writer watching its store, on a file system that opens a file O_DIRECT but
        // refuses the write (EINVAL: another block size, say), before writing anything
        let opens = DirectOpens(refusesWrites: true)
        let syncs = CallCounter()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = syncs.counting(opens.calls(.live)) })
        try StoreWatchTests.appendUntilWatching(store.log)
        let head = store.log.head.position
        // When it appends
        let before = syncs.fdatasyncs
        for number in 1...5 { _ = try store.log.append(Controls.request(command: "buffered-\(number)")) }
        // Then each append was written buffered and synced, the log did not stop, and no
        // direct write is tried again
        #expect(store.log.directWritesRefused)
        #expect(!store.log.lastWriteWasDirect)
        #expect(syncs.fdatasyncs == before + 5)
        #expect(store.log.head.position == head + 5)
        #expect(store.log.verify().isSound)
        #expect(opens.flags.count == 1)
    }
}

extension DirectDescriptorTests {
    @Test func aDirectDescriptorThatCannotBeOpenedLeavesTheAppendBuffered() throws {
        // Given a writer watching its store, whose process has run out of descriptors when it
        // first opens its segment O_DIRECT (EMFILE: nothing was written)
        let failures = Mutex(1)
        var calls = SystemCalls.live
        calls.open = { path, flags, mode in
            if flags & __O_DIRECT != 0,
                failures.withLock({ left in
                    defer { left -= 1 }; return left > 0
                })
            {
                return SystemCalls.failing(EMFILE, -1)
            }
            return SystemCalls.live.open(path, flags, mode)
        }
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = calls })
        try StoreWatchTests.appendUntilWatching(store.log)
        let head = store.log.head.position
        // When it appends, and again once the descriptor can be opened
        _ = try store.log.append(Controls.request(command: "buffered"))
        #expect(!store.log.lastWriteWasDirect)
        _ = try store.log.append(Controls.request(command: "direct"))
        // Then the first append was written buffered, and the next one directly
        #expect(store.log.lastWriteWasDirect)
        #expect(!store.log.directWritesRefused)
        #expect(store.log.head.position == head + 2)
        #expect(store.log.verify().isSound)
    }
}
