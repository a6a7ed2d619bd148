import EventStore

/// `store load`: for each stream id of `PREFIX.loads.txt`, read that stream's events through
/// the index and fold them into the dossier's state. Opening the log is timed apart.
enum StoreLoadPhase {
    static func run(_ flags: inout BenchFlags) throws {
        let directory = try flags.required("store")
        let prefix = try flags.required("workload")
        let limit = try flags.integer("limit", default: 0)
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        try flags.checkAllRead(wordsUsed: 1)
        var loads = try Workload.loads(prefix: prefix)
        if limit > 0 { loads = Array(loads.prefix(limit)) }
        try BenchResult.repeating(repeats) {
            var log: EventLog?
            let openSeconds = try BenchOutput.seconds { log = try EventLog.open(at: directory, mode: .read) }
            guard let log else { throw WorkloadError("the store did not open") }
            var tape = JSONTape()
            var events = 0
            var decided = 0
            let timing = try BenchOutput.measure {
                for stream in loads {
                    var dossier = DossierFold()
                    try log.forEachRecord(inStream: stream) { record in try dossier.apply(record, tape: &tape) }
                    events += dossier.events
                    if dossier.status.rawValue >= DossierStatus.selected.rawValue { decided += 1 }
                }
            }
            guard events > 0 else { throw WorkloadError("no stream of \(prefix).loads.txt has events in the store") }
            var result = BenchResult(phase: "load", timing: timing)
            result.addRate("loads", loads.count)
            result.addRate("events", events)
            result.add("decided", .integer(decided))
            result.add("open_ms", .number((openSeconds * 1e6).rounded() / 1e3))
            return result
        }
    }
}
