import Dispatch
import Synchronization

/// Work the log runs on another thread while it goes on with its own, then waits for or looks
/// at: the checks of a large append's requests while it plans them (``EventLog/append(batch:)``,
/// from ``EventLog/backgroundCheckRequests`` requests on), its `fdatasync` while its index takes
/// the records in and a pipelined append prepares its next batch (``EventLog/startSync()``, from
/// ``EventLog/backgroundSyncBytes`` on), and the writing of index run files (``IndexFileJob``).
/// Waking another thread costs microseconds, so only large appends gain.
///
/// On a queue of its own, not a global one: a serial queue always gets a thread, while the
/// global queues' pool is as wide as the cores, so an append made from busy Dispatch workers
/// (or from as many appenders as cores) would wait, blocked, for a worker to finish: seconds,
/// or for ever if the workers wait for the appends.
final class BackgroundTask: Sendable {
    /// How the work ended.
    enum Outcome: Sendable {
        case succeeded
        case failed(StoreError)
    }

    private let ending = Mutex<Outcome?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` (`label` names its queue in a debugger).
    init(_ label: String, qos: DispatchQoS = .userInitiated, _ work: @escaping @Sendable () throws(StoreError) -> Void)
    {
        DispatchQueue(label: label, qos: qos).async { [self] in
            let outcome: Outcome
            do throws(StoreError) {
                try work()
                outcome = .succeeded
            } catch {
                outcome = .failed(error)
            }
            ending.withLock { $0 = outcome }
            done.signal()
        }
    }

    /// How the work ended, or nil while it runs.
    var outcome: Outcome? { ending.withLock { $0 } }

    /// Waits for the work to end (at once if it has, however often asked); throws its error.
    func wait() throws(StoreError) {
        if case .failed(let error) = waitForOutcome() { throw error }
    }

    /// Waits for the work to end (at once if it has, however often asked).
    @discardableResult
    func waitForOutcome() -> Outcome {
        done.wait()
        done.signal()
        return outcome!
    }
}
