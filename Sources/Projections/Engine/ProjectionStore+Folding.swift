internal import EventStore

extension ProjectionStore {
    /// Walks the log from just after the earliest job's start through `head`, decoding each
    /// record once and folding it into every job.
    func run(_ set: inout FoldSet, through head: LogHead, progress: Progress?) throws(ProjectionError) {
        guard let start = set.start, start < head.position else { return }
        var decoder = EventDecoder()
        let interval = max(options.progressInterval, 1)
        let total = head.position - start
        progress?(0, total)
        do {
            try log.forEachRecord(from: start + 1, through: head.position) { record in
                if let event = try decoder.decode(record) {
                    try set.apply(event, store: self)
                }
                if let progress, record.position % interval == 0 { progress(record.position - start, total) }
            }
        } catch let error as ProjectionError {
            throw error
        } catch let error as StoreError {
            throw .log(error)
        } catch {
            throw ProjectionError(.io, "reading the log failed", cause: String(describing: error))
        }
        progress?(total, total)
    }
}
