import Dispatch
import Glibc

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
final class RunMerge: IndexFileWork {
    /// The runs merged, oldest first: the result replaces them only if the log's index still
    /// holds these very objects, adjacent (an index loaded again meanwhile holds others).
    let inputs: [IndexRun]
    /// The merged run's file name in `index/`.
    let name: String
    let job: IndexFileJob

    /// Starts merging `inputs` (adjacent, oldest first, at least two, every one checked) on a
    /// background thread (see ``BackgroundTask`` for why on a queue of its own).
    init(inputs: [IndexRun], directory: String, files: FileOperations) {
        precondition(inputs.count >= 2, "a merge takes at least two runs")
        self.inputs = inputs
        let tables = inputs.map(\.tables)
        let name = IndexRunLayout.fileName(first: tables[0].firstPosition, last: tables[tables.count - 1].lastPosition)
        self.name = name
        // The merged run's bytes are exactly those of the run built from the log over the same
        // positions.
        job = IndexFileJob(
            "eig.index-run-merge", qos: .utility, path: directory + "/" + name,
            temporary: directory + "/" + IndexFileJob.temporaryName(of: name, kind: "merge", process: getpid()),
            directory: directory,
            files: files
        ) { IndexRunMerger.encoded(merging: tables) }
    }

    deinit {
        job.wait()
    }
}
