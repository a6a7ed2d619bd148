import Dispatch
import Synchronization

/// The `fdatasync` of a large append, run on another thread while the writer takes the records
/// into its index, so that the wait for the disk and the index work overlap.
///
/// Nothing is acknowledged earlier: the append waits for it (``wait()``) before it returns or
/// does anything else with its files (a checkpoint comes after), and a failure is as fatal as on
/// the writer's own thread (``FileOperations/syncData(_:path:)`` reports it to `onFatalError`,
/// and the log stops). Only the writer's in-memory index runs ahead of the disk, for the length
/// of the sync; if the sync fails, the log is stopped for good and its head goes back to the
/// last durable record, so no read shows the records (but ``EventLog/streamVersion(_:)`` and
/// ``EventLog/streamNames(withPrefix:)``, which cannot refuse, count them).
final class BackgroundSync: Sendable {
    private let outcome = Mutex<StoreError?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Appends of fewer bytes sync on the writer's thread: waking another costs microseconds,
    /// more than the index work of a few records.
    static let minimumBytes = 64 << 10

    /// Starts syncing `files` (each an open descriptor and its path, for the error).
    ///
    /// On a queue of its own, not a global one: a serial queue always gets a thread, while the
    /// global queues' pool is as wide as the cores, so an append made from busy Dispatch workers
    /// (or from as many appenders as cores) would wait, blocked, for a worker to finish: seconds,
    /// or for ever if the workers wait for the appends.
    init(_ targets: [(fd: Int32, path: String)], files: FileOperations) {
        DispatchQueue(label: "eig.background-sync", qos: .userInitiated).async { [self] in
            do throws(StoreError) {
                for target in targets { try files.syncData(target.fd, path: target.path) }
            } catch {
                outcome.withLock { $0 = error }
            }
            done.signal()
        }
    }

    /// Waits for the sync to end; throws its (fatal) error if it failed.
    func wait() throws(StoreError) {
        done.wait()
        if let error = outcome.withLock({ $0 }) { throw error }
    }
}
