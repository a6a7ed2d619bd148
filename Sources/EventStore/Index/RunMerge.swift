import Dispatch
import Glibc
import Synchronization

/// A merge of adjacent checkpoint runs into one run file, made on a background thread so that
/// the append that saved the newest run does not wait for it (compaction, as in an LSM tree).
///
/// Merging is a pure function of immutable inputs: run files are never modified once written,
/// and the job reads only the checked tables of their mappings (``IndexRunTables``), never the
/// log, its index or its lock. All it does to the store is add one file, under the merged run's
/// deterministic name: a temporary file with a name of its own (this process, this job), fsync,
/// rename, fsync of `index/`. The name is the range's, and a range's run has the same bytes
/// whoever builds it, so renaming over a file another process wrote under that name changes no
/// byte anyone reads. The log swaps the result in later, under its lock, and only then unlinks
/// the inputs (``EventLog/finishCompaction(waiting:)``).
///
/// A class because the log holds the one merge in flight and compares its inputs by identity.
/// Releasing it waits for the job: no job outlives its log, so a process that closes its logs
/// never exits in the middle of a write nor leaves a temporary file behind.
final class RunMerge {
    /// The runs merged, oldest first: the result replaces them only if the log's index still
    /// holds these very objects, adjacent (an index loaded again meanwhile holds others).
    let inputs: [IndexRun]
    /// The merged run's file name in `index/`.
    let name: String
    private let job: Job

    /// How the job ended.
    enum Outcome: Sendable {
        /// The merged run is in `index/`, durable, under ``RunMerge/name``.
        case written
        /// Nothing was renamed into place. A `.fatal` error (a failed fsync) was already reported
        /// to `onFatalError`, on the job's thread, and stops the log.
        case failed(StoreError)
    }

    /// Starts merging `inputs` (adjacent, oldest first, at least two, every one checked) on a
    /// background thread.
    ///
    /// On a queue of its own, not a global one: a serial queue always gets a thread, while the
    /// global queues' pool is as wide as the cores, so a writer released on a busy Dispatch
    /// worker (it waits for its merge) could wait for a free worker: seconds, or for ever if
    /// every worker is such a writer.
    init(inputs: [IndexRun], directory: String, files: FileOperations) {
        precondition(inputs.count >= 2, "a merge takes at least two runs")
        self.inputs = inputs
        let tables = inputs.map(\.tables)
        let name = IndexRunLayout.fileName(first: tables[0].firstPosition, last: tables[tables.count - 1].lastPosition)
        self.name = name
        let path = directory + "/" + name
        let temporary = directory + "/" + Self.temporaryName(of: name, process: getpid())
        let job = Job()
        self.job = job
        DispatchQueue(label: "eig.index-run-merge", qos: .utility).async(group: job.group) {
            job.finish(Self.merge(tables, path: path, temporary: temporary, directory: directory, files: files))
        }
    }

    deinit {
        job.group.wait()
    }

    /// How the job ended, or nil while it runs.
    var outcome: Outcome? { job.outcome }

    /// Waits for the job to end.
    @discardableResult
    func wait() -> Outcome {
        job.group.wait()
        return job.outcome!
    }

    /// The error that stops the log, once the job failed to make its file durable.
    var fatalError: StoreError? {
        if case .failed(let error) = job.outcome, error.code == .fatal { return error }
        return nil
    }

    /// The name a merge's temporary file has in `index/`: `<run name>.merge-<pid>-<random>.tmp`,
    /// its own in this process and among processes.
    static func temporaryName(of name: String, process: Int32) -> String {
        name + ".merge-\(process)-\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).tmp"
    }

    /// The process whose merge writes the temporary file `name`, or nil if it is not a merge's.
    ///
    /// A writer's opening removes the temporary files a crash left in `index/`, but not those of
    /// a merge whose process is alive: removing one makes that merge's rename fail, and a writer
    /// whose merges take longer than the time between other writers' openings never merges.
    static func process(owningTemporary name: String) -> Int32? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[parts.count - 1] == "tmp", parts[parts.count - 2].hasPrefix("merge-") else {
            return nil
        }
        let fields = parts[parts.count - 2].dropFirst(6).split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 2, let pid = Int32(fields[0]), pid > 0 else { return nil }
        return pid
    }

    /// The job itself: the merged run's bytes (exactly those of the run built from the log over
    /// the same positions), written atomically.
    private static func merge(
        _ tables: [IndexRunTables], path: String, temporary: String, directory: String, files: FileOperations
    ) -> Outcome {
        let bytes = IndexRunMerger.encoded(merging: tables)
        do throws(StoreError) {
            try files.replaceAtomically(path, with: bytes, directory: directory, temporary: temporary)
        } catch {
            return .failed(error)
        }
        return .written
    }

    /// What the job and the log share: the outcome, once there is one, and the group to wait on.
    private final class Job: Sendable {
        let group = DispatchGroup()
        private let result = Mutex<Outcome?>(nil)

        var outcome: Outcome? { result.withLock { $0 } }

        func finish(_ outcome: Outcome) {
            result.withLock { $0 = outcome }
        }
    }
}
