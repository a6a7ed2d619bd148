import EventStore

/// `store replay`: every event in order through the zero-copy reader (which checks each
/// record's CRC32C), each payload parsed by the byte-level JSON reader, the read model built
/// and compared with `PREFIX.expected.json`. Opening the log is timed apart (`open_ms`).
/// `--read-ahead off` keeps the checksums on the replaying thread (by default the engine
/// verifies them ahead of it on another core).
enum StoreReplayPhase {
    static func run(_ flags: inout BenchFlags) throws {
        let directory = try flags.required("store")
        let prefix = try flags.required("workload")
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        let readAhead = try flags.choice("read-ahead", of: ["on", "off"], default: "on")
        try flags.checkAllRead(wordsUsed: 1)
        var options = EventLogOptions()
        if readAhead == "off" { options.readAheadRecords = 0 }
        let expected = try ExpectedReadModel(prefix: prefix)
        try BenchResult.repeating(repeats) {
            var log: EventLog?
            let openSeconds = try BenchOutput.seconds {
                log = try EventLog.open(at: directory, mode: .read, options: options)
            }
            guard let log else { throw WorkloadError("the store did not open") }
            var model = ReplayReadModel()
            var tape = JSONTape()
            let timing = try BenchOutput.measure {
                try log.forEachRecord { record in try model.apply(record, tape: &tape) }
            }
            let built = model.result
            let matches = built == expected
            if !matches {
                BenchOutput.error("eig-bench: read model differs\n  built:    \(built)\n  expected: \(expected)\n")
            }
            var result = BenchResult(phase: "replay", timing: timing)
            result.addRate("events", model.events)
            result.add("read_model_ok", .bool(matches))
            result.add("read_ahead", .text(readAhead))
            result.add("open_ms", .number((openSeconds * 1e6).rounded() / 1e3))
            return result
        }
    }
}
