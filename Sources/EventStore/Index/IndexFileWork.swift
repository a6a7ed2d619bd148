/// A checkpoint run being written on a background thread by its ``IndexFileJob`` (a frozen
/// delta's flush, ``DeltaFlush``; a merge of runs, ``RunMerge``): what the log asks of either,
/// said once for both.
protocol IndexFileWork: AnyObject {
    var job: IndexFileJob { get }
}

extension IndexFileWork {
    /// How the job ended, or nil while it runs.
    var outcome: IndexFileJob.Outcome? { job.outcome }

    /// Waits for the job to end.
    @discardableResult
    func wait() -> IndexFileJob.Outcome { job.wait() }

    /// The error that stops the log, once the job failed to make its file durable.
    var fatalError: StoreError? { job.fatalError }
}
