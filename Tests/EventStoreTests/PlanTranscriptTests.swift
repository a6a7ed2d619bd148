import Foundation
import Testing

@testable import EventStore

/// Second reading of the cheaper batch planning (one lookup per batch, request-numbered name
/// tables, the word-at-a-time hash tail, encoding through pointers): a seeded run of batches
/// mixing duplicates (in the runs, frozen delta, delta, earlier in the batch), repeated ids,
/// conditions on the target and on earlier streams, stale versions and empty commands, over
/// two writers that catch up on each other and a writer reopened (runs not yet summarized).
/// Its transcript (every result and error message, every segment's bytes after its header)
/// must not change with the plan's implementation: `oldPlanHashes` pins the one the plan
/// before the change (13a62ab) gives. Since direct writes (which preallocate whole blocks) a
/// segment's bytes are hashed up to its last record; the pins are those 334dbe0 gives so, its
/// whole-file hashes having been 13a62ab's.
struct PlanTranscriptTests {
    static let options = CheckpointedStore.options.with {
        $0.checkpointInterval = 3
        $0.clock = { Timestamp(iso8601: "2021-05-04T18:00:00Z")! }
    }

    /// Names of 1 to 64 bytes, some with multi-byte UTF-8, so every hash tail length is used.
    static func name(_ prefix: String, _ number: Int, using random: inout SeededRandom) -> String {
        let base = "\(prefix)\(number)"
        let padding = Int.random(in: 0...56, using: &random)
        let filler = Int.random(in: 0..<3, using: &random) == 0 ? "é" : "x"
        return base + String(repeating: filler, count: padding / (filler == "é" ? 2 : 1))
    }

    static func transcript(seed: UInt64) throws -> String {
        var random = SeededRandom(seed: seed)
        let store = try TemporaryStore(options: options)
        var logs = [store.log, try store.open(.write)]
        var lines: [String] = []
        var used: [String] = []
        var nextEvent: UInt64 = 1
        var streams: [String] = []
        for number in 0..<12 { streams.append(name("s-", number, using: &random)) }
        func expectation() -> ExpectedVersion {
            switch Int.random(in: 0..<12, using: &random) {
            case 0: .noStream
            case 1: .exact(UInt64.random(in: 0...6, using: &random))
            default: .any
            }
        }
        for round in 0..<600 {
            if round % 100 == 99 { logs[1] = try store.open(.write) }
            var batch: [AppendRequest] = []
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let stream =
                    batch.last.flatMap { Int.random(in: 0..<3, using: &random) == 0 ? $0.stream : nil }
                    ?? streams.randomElement(using: &random)!
                let command: String
                switch Int.random(in: 0..<10, using: &random) {
                case 0...1 where !used.isEmpty: command = used.randomElement(using: &random)!
                case 2 where !batch.isEmpty: command = batch.randomElement(using: &random)!.metadata.commandID
                default: command = name("c-", used.count + batch.count, using: &random)
                }
                var conditions: [StreamCondition] = []
                for _ in 0..<Int.random(in: 0...2, using: &random) {
                    let target =
                        Int.random(in: 0..<3, using: &random) == 0 ? stream : streams.randomElement(using: &random)!
                    conditions.append(StreamCondition(stream: target, expected: expectation()))
                }
                var events: [ProposedEvent] = []
                for _ in 0..<(Int.random(in: 0..<25, using: &random) == 0 ? 0 : Int.random(in: 1...3, using: &random)) {
                    var event = Controls.event(payload: #"{"n":\#(nextEvent)}"#)
                    event.eventID = EventID(high: seed, low: nextEvent)
                    nextEvent += 1
                    events.append(event)
                }
                batch.append(
                    AppendRequest(
                        stream: stream, expected: expectation(),
                        metadata: CommandMetadata(commandID: command, actor: "alice", correlationID: "r\(round)"),
                        events: events, conditions: conditions))
            }
            let log = logs[Int.random(in: 0...1, using: &random)]
            do {
                let results = try log.append(batch: batch)
                used += batch.map(\.metadata.commandID)
                lines.append("\(round) ok \(results.map { "\($0.positions) v\($0.streamVersion) \($0.isDuplicate)" })")
            } catch {
                lines.append("\(round) error \(error)")
            }
        }
        for log in logs { try log.waitForCompaction() }
        for path in try store.segmentPaths {
            let bytes = try FileSurgery.bytes(path)
            // Up to the last record: how far zeros of free space go depends on how the file was
            // grown (a direct write preallocates whole blocks), not on the plan.
            let records = bytes.dropFirst(SegmentHeader.length)
            let end = records.lastIndex { $0 != 0 }.map { $0 + 1 } ?? records.startIndex
            lines.append("segment \(fnv(records[..<end]))")
        }
        return lines.joined(separator: "\n")
    }

    /// FNV-1a of the transcript of each seed as 13a62ab (the plan before the change) writes it.
    static let oldPlanHashes: [UInt64: UInt64] = [
        1: 18_375_819_439_099_391_964, 2: 14_983_946_750_131_943_158, 3: 5_500_516_749_636_194_106,
    ]

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(into: UInt64(14_695_981_039_346_656_037)) { $0 = ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func theTranscriptIsTheOldPlans(seed: UInt64) throws {
        let text = try Self.transcript(seed: seed)
        #expect(Self.fnv(text.utf8) == Self.oldPlanHashes[seed], "seed \(seed): \(Self.fnv(text.utf8))")
        if let directory = ProcessInfo.processInfo.environment["PLAN_TRANSCRIPT_DIR"] {
            try text.write(toFile: directory + "/seed-\(seed).txt", atomically: true, encoding: .utf8)
        }
        #expect(text.contains(" ok "))
        #expect(text.contains("appears twice"))
        #expect(text.contains("expected"))
    }
}
