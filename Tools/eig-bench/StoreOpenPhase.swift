import EventStore

/// `store open`: what it costs to get a log of N events ready, the cost the format's index
/// checkpoints keep at O(events since the last checkpoint) rather than O(log). Medians of
/// many opens: for reading, for writing (lock, tail check), for writing then one append (a
/// command's whole cost against a cold log), and for writing again after those appends.
enum StoreOpenPhase {
    static let probeStream = "bench-open-probe"

    static func run(_ flags: inout BenchFlags) throws {
        let directory = try flags.required("store")
        let opens = try flags.integer("opens", default: 21, in: 1...10_000)
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        try flags.checkAllRead(wordsUsed: 1)
        try BenchResult.repeating(repeats) {
            let events = try EventLog.open(at: directory, mode: .read).head.position
            let read = try median(opens) { _ = try EventLog.open(at: directory, mode: .read) }
            let write = try median(opens) { _ = try EventLog.open(at: directory, mode: .write) }
            let append = try median(opens) {
                let log = try EventLog.open(at: directory, mode: .write)
                _ = try log.append(
                    AppendRequest(
                        stream: probeStream, expected: .any,
                        metadata: CommandMetadata(commandID: EventID.random().uuidString, actor: "bench"),
                        events: [ProposedEvent(type: "BenchProbe", occurredAt: .now(), payload: Array("{}".utf8))]))
            }
            let after = try median(opens) { _ = try EventLog.open(at: directory, mode: .write) }
            var result = BenchResult(phase: "open", seconds: write)
            result.add("events", .integer(Int(events)))
            result.add("opens", .integer(opens))
            result.add("open_read_ms", .number(milliseconds(read)))
            result.add("open_write_ms", .number(milliseconds(write)))
            result.add("open_write_append_ms", .number(milliseconds(append)))
            result.add("open_write_after_append_ms", .number(milliseconds(after)))
            return result
        }
    }

    /// The median of `count` timings of `body`.
    private static func median(_ count: Int, _ body: () throws -> Void) throws -> Double {
        var timings: [Double] = []
        for _ in 0..<count { timings.append(try BenchOutput.seconds(body)) }
        return timings.sorted()[(count - 1) / 2]
    }

    private static func milliseconds(_ seconds: Double) -> Double {
        (seconds * 1e6).rounded() / 1e3
    }
}
