import EventStore
import Foundation

/// `store append`: the workload's commands into a new store, durable (one append and one
/// `fdatasync` per command, each checked against its expected version) or in batches (one
/// durable commit per `--batch` commands): with `--pipeline on` (the default) all batches go to
/// one ``EventLog/append(batches:acknowledge:)``, which prepares each batch while the one before
/// it syncs; with `off`, one ``EventLog/append(batch:)`` per batch, so both compare in one run.
enum StoreAppendPhase {
    static func run(_ flags: inout BenchFlags) throws {
        let mode = try flags.choice("mode", of: ["durable", "batch"])
        let directory = try flags.required("store")
        let prefix = try flags.required("workload")
        let limit = try flags.integer("limit", default: 0)
        let batchSize = try flags.integer("batch", default: 1000, in: 1...1_000_000)
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        let pipeline = try flags.choice("pipeline", of: ["on", "off"], default: "on") == "on"
        var replace = flags.isSet("replace")
        try flags.checkAllRead(wordsUsed: 1)

        let commands = try Workload.commands(prefix: prefix, limit: limit)
        guard !commands.isEmpty else { throw WorkloadError("\(prefix).jsonl holds no command") }
        let requests = commands.map(request)
        let batches = stride(from: 0, to: requests.count, by: batchSize).map {
            Array(requests[$0..<min($0 + batchSize, requests.count)])
        }
        try BenchResult.repeating(repeats) {
            try StoreDirectory.prepare(directory, replacing: replace)
            // Later runs replace the store the first one made.
            replace = true
            let log = try EventLog.create(at: directory)
            let timing = try BenchOutput.measure {
                if mode == "durable" {
                    for request in requests { _ = try log.append(request) }
                } else if pipeline {
                    var acknowledged = 0
                    try log.append(batches: batches) { acknowledged += $0.count }
                    guard acknowledged == requests.count else {
                        throw WorkloadError("\(acknowledged) of \(requests.count) commands were acknowledged")
                    }
                } else {
                    for batch in batches { _ = try log.append(batch: batch) }
                }
                // The merges of index runs the appends left running count too.
                try log.waitForCompaction()
            }
            guard log.head.position == UInt64(requests.count) else {
                throw WorkloadError("the log holds \(log.head.position) events after \(requests.count) commands")
            }
            var result = BenchResult(phase: "append", timing: timing)
            result.add("mode", .text(mode))
            if mode == "batch" {
                result.add("batch", .integer(batchSize))
                result.add("pipeline", .bool(pipeline))
            }
            result.addRate("events", requests.count)
            result.addRate("commands", requests.count)
            return result
        }
    }

    /// The append a command handler would make for one workload line.
    static func request(_ command: Workload.Command) -> AppendRequest {
        AppendRequest(
            stream: command.stream, expected: .exact(command.expectedVersion),
            metadata: CommandMetadata(commandID: "bench-\(command.seq)", actor: "bench"),
            events: [ProposedEvent(type: command.type, occurredAt: command.occurredAt, payload: command.payload)])
    }
}

/// The benchmark's store directory: made fresh for each append run, never mixed with other files.
enum StoreDirectory {
    /// The names an eig store holds (FORMAT.md §1); nothing else is ever removed.
    static func isStoreFile(_ name: String) -> Bool {
        ["store.json", "lock", "index", "quarantine", "FORMAT.md"].contains(name)
            || (name.hasPrefix("segment-") && (name.hasSuffix(".eig") || name.hasSuffix(".eig.tmp")))
    }

    /// Leaves `directory` absent or empty: refuses one holding anything but a store, and a store
    /// unless `replacing` is set.
    static func prepare(_ directory: String, replacing: Bool) throws {
        let files = FileManager.default
        guard files.fileExists(atPath: directory) else { return }
        let names = try files.contentsOfDirectory(atPath: directory)
        guard !names.isEmpty else { return }
        guard names.contains("store.json"), names.allSatisfy(isStoreFile) else {
            throw BenchUsageError("\(directory) holds files that are not an eig store; give an empty or new directory")
        }
        guard replacing else {
            throw BenchUsageError("\(directory) already holds a store; add --replace to replace it")
        }
        for name in names where name != "FORMAT.md" { try files.removeItem(atPath: directory + "/" + name) }
    }
}
