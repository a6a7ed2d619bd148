import Dispatch
import Synchronization

/// Work a large append runs on another thread while it goes on with its own, then waits for:
/// the checks of its requests while it plans them (``EventLog/append(batch:)``, from
/// ``EventLog/backgroundCheckRequests`` requests on), and its `fdatasync` while its index takes
/// the records in and a pipelined append prepares its next batch (``EventLog/startSync()``, from
/// ``EventLog/backgroundSyncBytes`` on): waking another thread costs microseconds, so only large
/// appends gain.
///
/// On a queue of its own, not a global one: a serial queue always gets a thread, while the
/// global queues' pool is as wide as the cores, so an append made from busy Dispatch workers
/// (or from as many appenders as cores) would wait, blocked, for a worker to finish: seconds,
/// or for ever if the workers wait for the appends.
final class BackgroundTask: Sendable {
    private let outcome = Mutex<StoreError?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` (`label` names its queue in a debugger).
    init(_ label: String, _ work: @escaping @Sendable () throws(StoreError) -> Void) {
        DispatchQueue(label: label, qos: .userInitiated).async { [self] in
            do throws(StoreError) {
                try work()
            } catch {
                outcome.withLock { $0 = error }
            }
            done.signal()
        }
    }

    /// Waits for the work to end (at once if it has, however often asked); throws its error.
    func wait() throws(StoreError) {
        done.wait()
        done.signal()
        if let error = outcome.withLock({ $0 }) { throw error }
    }
}
