import Dispatch

/// One index run file written atomically on a background thread (a merge of runs, ``RunMerge``,
/// or a frozen delta's run, ``DeltaFlush``): a ``BackgroundTask`` that writes it, and how it
/// ended.
final class IndexFileJob: Sendable {
    /// How the job ended: `.succeeded`, the run is in `index/`, durable, under its name; or
    /// `.failed`, nothing was renamed into place (a `.fatal` error, a failed fsync, was already
    /// reported to `onFatalError`, on the job's thread, and stops the log).
    typealias Outcome = BackgroundTask.Outcome

    private let task: BackgroundTask

    /// Starts computing the file's bytes with `bytes`, then writing them to `path` through
    /// `temporary` (fsync, rename, fsync of `directory`), on a queue labelled `label`.
    init(
        _ label: String, qos: DispatchQoS, path: String, temporary: String, directory: String, files: FileOperations,
        bytes: @escaping @Sendable () -> [UInt8]
    ) {
        task = BackgroundTask(label, qos: qos) { () throws(StoreError) in
            try files.replaceAtomically(path, with: bytes(), directory: directory, temporary: temporary)
        }
    }

    /// How the job ended, or nil while it runs.
    var outcome: Outcome? { task.outcome }

    /// Waits for the job to end.
    @discardableResult
    func wait() -> Outcome { task.waitForOutcome() }

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
