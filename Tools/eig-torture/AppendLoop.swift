import EventStore
import Glibc

/// `append-loop`: the victim of the kill -9 test. It appends until killed and acknowledges
/// each append only after `append` returned, i.e. after the events were made durable.
///
/// Command ids say which commit (append) each command belongs to and how many events it has,
/// `append-<tag>-<commit>-<index>of<commands>-n<events>`, so that the parent can check from the
/// log alone that every commit in it is whole: all its commands, each with all its events.
/// Now and then it appends several batches through ``EventLog/append(batches:acknowledge:)``
/// (each batch a commit, acknowledged as the pipeline reports it durable).
enum AppendLoop {
    static func run(_ flags: inout Flags) throws {
        let streams = try flags.integer("streams", default: 8, in: 1...1_000_000)
        let seed = UInt64(try flags.integer("seed", default: Int(getpid())))
        let maximum = UInt64(try flags.integer("max-events", default: Int.max))
        // 1 in N appends of several records dies in its write, after writing part of it.
        let dieInWrite = try flags.integer("die-in-write", default: 0, in: 0...1_000_000)
        let faults = FaultInjector()
        let log = try TortureStore.open(&flags, systemCalls: SystemCalls.live.injecting(faults))
        try flags.checkAllRead()
        var random = SeededRandom(seed: seed)
        // A run tag of the seed and the pid keeps command ids fresh across restarts.
        let tag = "\(seed)-\(getpid())"
        let parent = getppid()
        var commit = 0
        while log.head.position < maximum {
            // Orphaned (the test process died): stop instead of filling the disk.
            guard getppid() == parent else { return }
            // Now and then a pipelined import: several batches, each one commit, the next one
            // prepared (and so expecting the versions the last one leaves) while it syncs.
            if Int.random(in: 0..<12, using: &random) == 0 {
                var versions: [String: UInt64] = [:]
                var batches: [[AppendRequest]] = []
                for _ in 0..<Int.random(in: 2...5, using: &random) {
                    commit += 1
                    batches.append(
                        batch(
                            commit: commit, size: Int.random(in: 2...80, using: &random), tag: tag, streams: streams,
                            versions: &versions, log: log, random: &random))
                }
                var acknowledged = 0
                try log.append(batches: batches) { results in
                    acknowledge(batches[acknowledged], results)
                    acknowledged += 1
                }
                continue
            }
            // Now and then a batch of many commands in one write, large enough that a kill can
            // land inside the write itself and leave a torn tail.
            let batchSize = Int.random(in: 0..<10, using: &random) == 0 ? Int.random(in: 20...150, using: &random) : 1
            commit += 1
            var versions: [String: UInt64] = [:]
            let requests = batch(
                commit: commit, size: batchSize, tag: tag, streams: streams, versions: &versions, log: log,
                random: &random)
            let records = requests.reduce(0) { $0 + $1.events.count }
            if dieInWrite > 0, records > 1, Int.random(in: 0..<dieInWrite, using: &random) == 0 {
                let bytes = requests.reduce(0) { $0 + $1.events.reduce(0) { $0 + $1.payload.count + 150 } }
                faults.add(
                    .init(
                        .pwrite, shortWriteBytes: Int.random(in: 1..<bytes, using: &random), pathHasSuffix: ".eig",
                        diesAfterShortWrite: true))
            }
            let results = batchSize > 1 ? try log.append(batch: requests) : [try log.append(requests[0])]
            acknowledge(requests, results)
        }
    }

    /// Prints one ACK line per command of a durable commit.
    private static func acknowledge(_ requests: [AppendRequest], _ results: [AppendResult]) {
        for (request, result) in zip(requests, results) {
            StandardStreams.line(
                "ACK \(request.metadata.commandID) \(result.positions.lowerBound) \(result.positions.upperBound)")
        }
    }

    /// One commit's commands on random streams: mostly small, now and then one of many events
    /// (a multi-event command a kill can cut after its first events). `versions` holds the
    /// versions the commands made so far leave (the log's for a stream not in it).
    private static func batch(
        commit: Int, size: Int, tag: String, streams: Int, versions: inout [String: UInt64], log: EventLog,
        random: inout SeededRandom
    ) -> [AppendRequest] {
        var requests: [AppendRequest] = []
        for index in 1...size {
            let stream = "loop-\(Int.random(in: 0..<streams, using: &random))"
            let current = versions[stream] ?? log.streamVersion(stream)
            let count =
                Int.random(in: 0..<8, using: &random) == 0
                ? Int.random(in: 10...40, using: &random) : Int.random(in: 1...3, using: &random)
            let expected: ExpectedVersion = Bool.random(using: &random) ? .any : .exact(current)
            versions[stream] = current + UInt64(count)
            requests.append(
                TortureStore.request(
                    stream: stream, expected: expected,
                    commandID: "append-\(tag)-\(commit)-\(index)of\(size)-n\(count)", count: count,
                    payloadBytes: Int.random(in: 0...(size > 1 ? 2000 : 400), using: &random)))
        }
        return requests
    }
}
