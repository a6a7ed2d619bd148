import EventStore
import Operations

/// `eig verify`: checks every byte of the store.
enum VerifyCommand {
    static let seal = Option(
        "seal", valueName: "HASH",
        help: "Also prove that the log still holds exactly the prefix sealed with this chain hash.",
        parser: ValueParser<Digest>.chainHash)

    static let command = Command(
        name: "verify",
        summary: "Check the whole store: checksums, chain, headers, index checkpoints.",
        discussion: "Reads every segment and record from the files: headers, CRC32C checksums, "
            + "positions, the SHA-256 chain, stream versions, recorded-at order, command ids, "
            + "and the index checkpoints. Takes no lock and changes nothing. Exits 0 when the "
            + "store is sound, 74 at the first problem, naming its position and what is wrong. "
            + "With --seal HASH (a hash 'eig seal' printed and the programme published), it also proves "
            + "that positions 1 to the sealed one are exactly what was sealed: the chain verifies up "
            + "to there and the record there carries HASH; otherwise it exits 74 naming the position.",
        options: [seal],
        groups: [.store, .json],
        examples: [
            Example("eig verify", "Check the store; exit 0 if sound."),
            Example("eig verify --json", "The report as a JSON document."),
            Example("eig verify --seal 3f9a…e1", "Prove the log still holds the prefix sealed with that hash."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        if let hash = invocation.value(of: seal) { return try VerifySealRun.run(invocation, hash: hash) }
        let log = try StoreAccess.open(invocation.context.store)
        var progress = invocation.console.makeProgress("verify", total: Int(log.head.position))
        let report = log.verify { position in progress.update(completed: Int(position)) }
        progress.finish()
        if invocation.context.format == .json {
            invocation.emitJSON(json(report))
        } else if report.isSound {
            invocation.console.printLine(
                "sound: \(counted(Int(report.events), "event")), \(counted(report.segments, "segment")), "
                    + "\(counted(report.indexRuns, "index checkpoint")) checked"
            )
            invocation.console.printLine("chain hash: \(report.chainHash.hex)")
        }
        if let torn = report.tornTail {
            invocation.console.note(
                "note: an interrupted write left bytes after the last record (\(torn)); "
                    + "the next write moves them to quarantine/"
            )
        }
        if let problem = report.problem {
            throw CLIError(.ioError, "the store is damaged: \(TerminalText.sanitized(problem.description))")
        }
    }

    /// `1 event`, `2 events`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    static func json(_ report: VerificationReport) -> JSON {
        [
            "sound": .bool(report.isSound),
            "events": .integer(Int(report.events)),
            "segments": .integer(report.segments),
            "indexRuns": .integer(report.indexRuns),
            "chainHash": .string(report.chainHash.hex),
            "problem": report.problem.map(json) ?? .null,
            "tornTail": report.tornTail.map(json) ?? .null,
        ]
    }

    static func json(_ problem: VerificationReport.Problem) -> JSON {
        [
            "kind": .string(problem.kind.rawValue),
            "position": problem.position.map { .integer(Int($0)) } ?? .null,
            "file": .string(problem.file),
            "offset": problem.offset.map { .integer(Int($0)) } ?? .null,
            "what": .string(problem.what),
        ]
    }
}
