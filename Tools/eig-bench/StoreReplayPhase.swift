import EventStore

/// `store replay`: every event in order through the zero-copy reader (which checks each
/// record's CRC32C), each payload parsed by the byte-level JSON reader, the read model built
/// and compared with `PREFIX.expected.json`. Opening the log is timed apart (`open_ms`).
/// `--read-ahead on` has the checksums verified ahead of the replaying thread on another core,
/// `off` keeps them on it; by default (`auto`) the log decides: ahead only with the portable
/// CRC. `thread_cpu_seconds` is the replaying thread's own
/// CPU time, apart from the checker's: on a shared machine, the figure to compare.
enum StoreReplayPhase {
    static func run(_ flags: inout BenchFlags) throws {
        let directory = try flags.required("store")
        let prefix = try flags.required("workload")
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        let readAhead = try flags.choice("read-ahead", of: ["auto", "on", "off"], default: "auto")
        try flags.checkAllRead(wordsUsed: 1)
        var options = EventLogOptions()
        if readAhead == "off" { options.readAheadRecords = 0 }
        if readAhead == "on" { options.readAheadRecords = 4096 }  // the log's own threshold
        let expected = try ExpectedReadModel(prefix: prefix)
        try BenchResult.repeating(repeats) {
            var log: EventLog?
            let openSeconds = try BenchOutput.seconds {
                log = try EventLog.open(at: directory, mode: .read, options: options)
            }
            guard let log else { throw WorkloadError("the store did not open") }
            var model = ReplayReadModel()
            var tape = JSONTape()
            let threadBefore = BenchOutput.threadCPUSeconds
            let timing = try BenchOutput.measure {
                try log.forEachRecord { record in try model.apply(record, tape: &tape) }
                model.finish()
            }
            let threadSeconds = BenchOutput.threadCPUSeconds - threadBefore
            let built = model.result
            let matches = built == expected
            if !matches {
                BenchOutput.error("eig-bench: read model differs\n  built:    \(built)\n  expected: \(expected)\n")
            }
            var result = BenchResult(phase: "replay", timing: timing)
            result.addRate("events", model.events)
            result.add("read_model_ok", .bool(matches))
            result.add("read_ahead", .text(options.readAheadRecords > 0 ? "on" : "off"))
            result.add("open_ms", .number((openSeconds * 1e6).rounded() / 1e3))
            result.add("thread_cpu_seconds", .number((threadSeconds * 1e6).rounded() / 1e6))
            return result
        }
    }
}
