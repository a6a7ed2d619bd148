import Dispatch
import Synchronization

/// One index run file written atomically on a background thread (a merge of runs, ``RunMerge``,
/// or a frozen delta's run, ``DeltaFlush``), and what the log shares with that thread: the
/// outcome, once there is one, and the group to wait on.
///
/// On a queue of its own, not a global one: a serial queue always gets a thread, while the
/// global queues' pool is as wide as the cores, so a writer released on a busy Dispatch
/// worker (it waits for its job) could wait for a free worker: seconds, or for ever if every
/// worker is such a writer.
final class IndexFileJob: Sendable {
    /// How the job ended.
    enum Outcome: Sendable {
        /// The run is in `index/`, durable, under its name.
        case written
        /// Nothing was renamed into place. A `.fatal` error (a failed fsync) was already reported
        /// to `onFatalError`, on the job's thread, and stops the log.
        case failed(StoreError)
    }

    private let group = DispatchGroup()
    private let result = Mutex<Outcome?>(nil)

    /// Starts computing the file's bytes with `bytes`, then writing them to `path` through
    /// `temporary` (fsync, rename, fsync of `directory`), on a queue labelled `label`.
    init(
        _ label: String, qos: DispatchQoS, path: String, temporary: String, directory: String, files: FileOperations,
        bytes: @escaping @Sendable () -> [UInt8]
    ) {
        DispatchQueue(label: label, qos: qos).async(group: group) { [self] in
            let outcome: Outcome
            do throws(StoreError) {
                try files.replaceAtomically(path, with: bytes(), directory: directory, temporary: temporary)
                outcome = .written
            } catch {
                outcome = .failed(error)
            }
            result.withLock { $0 = outcome }
        }
    }

    /// How the job ended, or nil while it runs.
    var outcome: Outcome? { result.withLock { $0 } }

    /// Waits for the job to end.
    @discardableResult
    func wait() -> Outcome {
        group.wait()
        return outcome!
    }

    /// The error that stops the log, once the job failed to make its file durable.
    var fatalError: StoreError? {
        if case .failed(let error) = outcome, error.code == .fatal { return error }
        return nil
    }

    /// The name a job's temporary file has in `index/`: `<run name>.<kind>-<pid>-<random>.tmp`
    /// (kind `merge` or `flush`), its own in this process and among processes.
    static func temporaryName(of name: String, kind: String, process: Int32) -> String {
        name + ".\(kind)-\(process)-\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).tmp"
    }

    /// The process whose job writes the temporary file `name`, or nil if it is not a job's.
    ///
    /// A writer's opening removes the temporary files a crash left in `index/`, but not those of
    /// a job whose process is alive: removing one makes that job's rename fail, and a writer
    /// whose jobs take longer than the time between other writers' openings never saves them.
    static func process(owningTemporary name: String) -> Int32? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[parts.count - 1] == "tmp" else { return nil }
        let tag = parts[parts.count - 2]
        guard tag.hasPrefix("merge-") || tag.hasPrefix("flush-") else { return nil }
        let fields = tag.dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 2, let pid = Int32(fields[0]), pid > 0 else { return nil }
        return pid
    }
}
