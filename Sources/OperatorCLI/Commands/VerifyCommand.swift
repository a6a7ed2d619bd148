import EventStore

/// `eig verify`: checks every byte of the store.
enum VerifyCommand {
    static let command = Command(
        name: "verify",
        summary: "Check the whole store: checksums, chain, headers, index checkpoints.",
        discussion: "Reads every segment and record from the files: headers, CRC32C checksums, "
            + "positions, the SHA-256 chain, stream versions, recorded-at order, command ids, "
            + "and the index checkpoints. Takes no lock and changes nothing. Exits 0 when the "
            + "store is sound, 74 at the first problem, naming its position and what is wrong.",
        groups: [.store, .json],
        examples: [
            Example("eig verify", "Check the store; exit 0 if sound."),
            Example("eig verify --json", "The report as a JSON document."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
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

    static func json(_ report: VerificationReport) -> JSONValue {
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

    static func json(_ problem: VerificationReport.Problem) -> JSONValue {
        [
            "kind": .string(problem.kind.rawValue),
            "position": problem.position.map { .integer(Int($0)) } ?? .null,
            "file": .string(problem.file),
            "offset": problem.offset.map { .integer(Int($0)) } ?? .null,
            "what": .string(problem.what),
        ]
    }
}
