import Glibc
import Synchronization

@testable import EventStore

/// Records a log's `fdatasync`s (with the thread each ran on) and `close`s, in the order they
/// happen, so that a test can tell which thread made an append durable and whether a
/// descriptor was closed while a sync of it was still running.
final class SyncTrace: Sendable {
    enum Step: Equatable, Sendable {
        case syncBegan(fd: Int32, thread: UInt)
        case syncEnded(fd: Int32)
        case closed(fd: Int32)
    }

    private let recorded = Mutex<[Step]>([])

    var steps: [Step] { recorded.withLock { $0 } }

    /// Forgets the steps so far (those of the appends that set a test up).
    func reset() { recorded.withLock { $0.removeAll() } }

    /// The descriptors synced, in order, and the threads the syncs ran on.
    var syncs: [(fd: Int32, thread: UInt)] {
        steps.compactMap { if case .syncBegan(let fd, let thread) = $0 { (fd, thread) } else { nil } }
    }

    /// Whether `fd` was closed only after every sync of it had ended (and never while one ran).
    func closedAfterItsSyncs(_ fd: Int32) -> Bool {
        var running = 0
        var closed = false
        for step in steps {
            switch step {
            case .syncBegan(let synced, _) where synced == fd: running += 1
            case .syncEnded(let synced) where synced == fd: running -= 1
            case .closed(let closing) where closing == fd:
                if running != 0 { return false }
                closed = true
            default: break
            }
        }
        return closed
    }

    /// `base` with its `fdatasync` and `close` recorded.
    func tracing(_ base: SystemCalls) -> SystemCalls {
        var calls = base
        calls.fdatasync = { [self] fd in
            recorded.withLock { $0.append(.syncBegan(fd: fd, thread: UInt(pthread_self()))) }
            let result = base.fdatasync(fd)
            let code = Glibc.errno
            recorded.withLock { $0.append(.syncEnded(fd: fd)) }
            Glibc.errno = code
            return result
        }
        calls.close = { [self] fd in
            recorded.withLock { $0.append(.closed(fd: fd)) }
            return base.close(fd)
        }
        return calls
    }

    /// The calling thread, as ``Step/syncBegan(fd:thread:)`` records it.
    static var currentThread: UInt { UInt(pthread_self()) }
}
