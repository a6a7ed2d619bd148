import Foundation
import Testing

@testable import EventStore

/// Given a writer process appending in a loop / when it is killed with SIGKILL at a random
/// moment, over and over / then every command it acknowledged is in the log exactly once at
/// the positions it was told, every commit in the log is whole (no part of an unacknowledged
/// one, for a reader before recovery as for the writer after it), the log verifies, and the
/// next writer appends after it.
struct CrashTests {
    /// Writer tuning that makes rollovers, preallocation and index checkpoints happen many
    /// times during the run, so kills land in all of them.
    static let tuning = ["--segment-size", "262144", "--checkpoint-interval", "300", "--preallocation", "32768"]

    static var options: EventLogOptions {
        EventLogOptions.testing.with {
            $0.segmentSize = 262_144
            $0.checkpointInterval = 300
            $0.preallocationChunk = 32_768
            $0.lockTimeout = .seconds(10)
        }
    }

    @Test func everyAcknowledgedCommandSurvivesKillNine() throws {
        let root = try TemporaryDirectory()
        let store = root.path + "/store"
        _ = try EventLog.create(at: store, options: Self.options)
        let seed = UInt64.random(in: 1...UInt64(UInt32.max))
        var random = SeededRandom(seed: seed)
        var acknowledged: [String: ClosedRange<UInt64>] = [:]
        let started = ContinuousClock.now
        var kills = 0
        var unfinishedCommits = 0
        // At least 50 kills; more while the run stays well under its time budget.
        while kills < 50 || (kills < 80 && ContinuousClock.now - started < .seconds(12)) {
            kills += 1
            let child = try TortureChild(
                [
                    "append-loop", "--store", store, "--streams", "12", "--seed", "\(seed &+ UInt64(kills))",
                    "--die-in-write", "3",
                ]
                    + Self.tuning,
                errorPath: root.path + "/stderr")
            // The kill moment: a random delay from the spawn, short enough to land during start-up
            // and recovery sometimes, long enough to land mid-append most of the time.
            let delay = Duration.microseconds(Int64.random(in: 0...120_000, using: &random))
            child.readLines(until: .now + delay)
            child.kill()
            child.readToEnd()
            let status = child.wait()
            try #require(status == 128 + SIGKILL, "the writer ended by itself (\(status)): \(child.standardError)")
            for ack in child.fields(of: "ACK") {
                let range = try #require(TortureChild.positions(ack))
                acknowledged[ack[0]] = range
            }
            if try checkAfterKill(store: store, acknowledged: &acknowledged, kill: kills, seed: seed) {
                unfinishedCommits += 1
            }
        }
        #expect(kills >= 50)
        // Otherwise the whole-commit checks held only because no kill ever cut a commit.
        #expect(unfinishedCommits > 0, "no kill left an unfinished commit (seed \(seed))")
        #expect(acknowledged.count > kills, "the writers acknowledged too few commands to mean anything")
    }

    /// Reopens for writing (recovering the tail), audits the log against the acknowledgements,
    /// verifies it and appends one command. Returns whether the kill left an unfinished commit
    /// (valid records after the last commit end) for the recovery to cut.
    private func checkAfterKill(
        store: String, acknowledged: inout [String: ClosedRange<UInt64>], kill: Int, seed: UInt64
    ) throws -> Bool {
        // A reader before any writer recovers: it must not see part of a commit either.
        let reader = try EventLog.open(at: store, mode: .read, options: Self.options)
        let leftUnfinished = reader.verify().tornTail?.what.contains("unfinished commit") == true
        let beforeRecovery = try wholeCommitProblems(reader)
        #expect(beforeRecovery.isEmpty, "reader after kill \(kill) (seed \(seed)): \(beforeRecovery.prefix(3))")
        let log = try EventLog.open(at: store, mode: .write, options: Self.options)
        let partial = try wholeCommitProblems(log)
        #expect(partial.isEmpty, "after kill \(kill) (seed \(seed)): \(partial.prefix(3))")
        let audit = try LogAudit(log)
        #expect(audit.problems.isEmpty, "after kill \(kill) (seed \(seed)): \(audit.problems.prefix(3))")
        let lost = acknowledged.filter { audit.commands[$0.key]?.positions != $0.value }
        #expect(
            lost.isEmpty, "after kill \(kill) (seed \(seed)), acknowledged commands lost or moved: \(lost.prefix(3))")
        let report = log.verify()
        #expect(report.isSound, "after kill \(kill) (seed \(seed)): \(String(describing: report.problem))")
        let head = log.head.position
        let probe = "probe-after-kill-\(kill)"
        let result = try log.append(
            AppendRequest(
                stream: "probe", expected: .any, metadata: CommandMetadata(commandID: probe, actor: "test"),
                events: [Controls.event("Probed")]))
        #expect(result.positions == (head + 1)...(head + 1))
        acknowledged[probe] = result.positions
        try #require(lost.isEmpty && audit.problems.isEmpty && report.isSound && partial.isEmpty)
        return leftUnfinished
    }

    /// Commits of the append loop that are not whole in `log`: a command with fewer events than
    /// its id says, or a commit with fewer commands (ids `append-<seed>-<pid>-<commit>-<i>of<n>-n<events>`).
    private func wholeCommitProblems(_ log: EventLog) throws -> [String] {
        var events: [String: Int] = [:]
        try log.forEachRecord { record in
            let id = record.commandID
            if id.hasPrefix("append-") { events[id, default: 0] += 1 }
        }
        var problems: [String] = []
        var commits: [String: (present: Int, size: Int)] = [:]
        for (id, count) in events {
            let parts = id.split(separator: "-")
            guard parts.count == 6, let of = parts[4].split(separator: "o").last.flatMap({ Int($0.dropFirst()) }),
                let expected = Int(parts[5].dropFirst())
            else {
                problems.append("unexpected command id \(id)")
                continue
            }
            if count != expected { problems.append("command \(id) has \(count) of its \(expected) events") }
            commits["\(parts[1])-\(parts[2])-\(parts[3])", default: (0, of)].present += 1
        }
        for (commit, found) in commits where found.present != found.size {
            problems.append("commit \(commit) has \(found.present) of its \(found.size) commands")
        }
        return problems
    }
}
