internal import EventStore

extension ProjectionStore {
    /// Walks the log from just after the earliest job's start through `head`, decoding each
    /// record once and folding it into every job.
    func run(_ set: inout FoldSet, through head: LogHead, progress: Progress?) throws(ProjectionError) {
        guard let start = set.start, start < head.position else { return }
        if options.decodingThreads > 0, head.position - start >= options.parallelThreshold {
            return try runInParallel(&set, from: start, through: head, progress: progress)
        }
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

    /// The same walk, decoded by ``DecodePipeline`` workers while this thread folds (and
    /// decodes too, whenever the range it needs next is not ready).
    private func runInParallel(
        _ set: inout FoldSet, from start: UInt64, through head: LogHead, progress: Progress?
    ) throws(ProjectionError) {
        let ranges = DecodePipeline.ranges(from: start + 1, through: head.position, size: max(options.decodingChunk, 1))
        let pipeline = DecodePipeline(
            directory: log.directory, ranges: ranges, workers: options.decodingThreads, window: 4)
        defer { pipeline.finish() }
        let total = head.position - start
        progress?(0, total)
        var decoder = EventDecoder()
        for index in ranges.indices {
            while !pipeline.isReady(index), pipeline.help(with: log, decoder: &decoder) {}
            let chunk = try pipeline.take(index)
            // Each event is lent to the folds where it lies: iterating the array would copy
            // every event out of it (retaining its strings) and destroy the copy.
            try chunk.events.withUnsafeBufferPointer { (events) throws(ProjectionError) in
                for position in events.indices { try set.apply(events[position], store: self) }
            }
            progress?(chunk.last - start, total)
        }
    }
}
