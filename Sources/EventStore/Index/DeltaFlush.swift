import Dispatch
import Glibc

/// The index delta a checkpoint froze, being saved as a checkpoint run on a background thread
/// (an LSM tree's immutable memtable being flushed): the append that froze it goes on at once
/// with a fresh delta, and a later checkpoint swaps the run in (``EventLog/finishFlush(waiting:)``).
///
/// The job builds the run from its own copy of the frozen delta (a value: its arrays are shared
/// copy-on-write with the index, which never changes them), sorts and encodes it, and writes it
/// atomically under a temporary name of its own (`<run>.flush-<pid>-<random>.tmp`, which a
/// writer's opening leaves alone while this process lives). It never touches the log, its index
/// or its lock. A range's run has the same bytes whoever builds it, so a file left unused (the
/// index was loaded again meanwhile) is harmless: a loader takes it, or the next writer's
/// opening deletes it.
///
/// A class because the log holds the one flush in flight. Releasing it waits for the job: no
/// job outlives its log, so a process never exits in the middle of a write nor leaves a
/// temporary file behind.
final class DeltaFlush: IndexFileWork {
    /// The positions the run covers: it is swapped in only if the index's frozen delta still
    /// covers exactly these (an index loaded again meanwhile has no frozen delta).
    let positions: ClosedRange<UInt64>
    /// The run's file name in `index/`.
    let name: String
    let job: IndexFileJob

    /// Starts saving `frozen` (not empty) as a run in `directory`.
    init(_ frozen: FrozenDelta, directory: String, files: FileOperations) {
        precondition(frozen.delta.count > 0, "an empty delta has no run")
        positions = frozen.delta.firstPosition...frozen.delta.lastPosition
        let name = IndexRunLayout.fileName(first: positions.lowerBound, last: positions.upperBound)
        self.name = name
        // Built on the job's thread: the sort of the streams is most of a checkpoint's cost.
        job = IndexFileJob(
            "eig.index-delta-flush", qos: .userInitiated, path: directory + "/" + name,
            temporary: directory + "/" + IndexFileJob.temporaryName(of: name, kind: "flush", process: getpid()),
            directory: directory, files: files
        ) { IndexRunBuilder(delta: frozen.delta, chainHash: frozen.chainHash).encoded() }
    }

    deinit {
        job.wait()
    }
}
