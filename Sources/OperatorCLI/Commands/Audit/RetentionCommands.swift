import EventStore
import Operations
import Programme

/// `eig retention apply [--dry-run]`: erases candidates not recruited once their edition's
/// retention period has passed.
enum RetentionCommands {
    static let dryRun = Flag("dry-run", help: "List who would be erased; change nothing.")

    static let group = Command(
        group: "retention", summary: "Apply the retention period of candidates' personal data.",
        discussion: "Each edition keeps candidates' personal data for its retention period "
            + "(retentionMonths, 24 by default, from the promotion's start).",
        subcommands: [apply])

    static let apply = Command(
        name: "apply",
        summary: "Erase the personal data of candidates not recruited, once the retention period passed.",
        discussion: "For every edition whose retention period ended before today (Europe/Paris), erases "
            + "the vault entries of its candidates who did not join the promotion (as 'eig forget' does, "
            + "with the basis 'retention'). Entrepreneurs who joined are kept. Also erases orphan vault "
            + "records: personal data that no event names (a command that saved it, then recorded nothing) "
            + "and written over 24 hours ago, recorded with the reason 'orphan: named by no event'. Safe to run daily from "
            + "cron: run again, it finds nobody. With --dry-run: the candidatures and person ids it would "
            + "erase, and nothing changes.",
        options: [dryRun, CommonOptions.commandID], groups: [.store, .jsonOrCSV],
        examples: [
            Example("eig retention apply --dry-run", "Who would be erased today."),
            Example("eig retention apply", "Erase them."),
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let isDryRun = invocation.isSet(dryRun)
        let office = try invocation.openOffice(for: isDryRun ? .read : .write)
        let cases = try invocation.perform { () throws(OperationsError) in try office.retentionCases() }
        if isDryRun {
            let orphans = try invocation.perform { () throws(OperationsError) in try office.orphanCases() }
            emitDryRun(cases, orphans: orphans, to: invocation)
            return
        }
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.applyRetention(recording: invocation.recording)
        }
        if !outcome.residue.isEmpty {
            invocation.console.note(
                "warning: the log's free text names erased people at positions "
                    + outcome.residue.map(String.init).joined(separator: ", ") + "; review these records")
        }
        switch invocation.context.format {
        case .json, .csv:
            invocation.emitJSON([
                "erased": .strings(outcome.erased.map(\.rawValue)),
                "positions": outcome.positions.map {
                    ["first": .integer(Int($0.lowerBound)), "last": .integer(Int($0.upperBound))]
                } ?? .null,
                "residue": .array(outcome.residue.map { .integer(Int($0)) }),
                "orphans": .strings(outcome.orphans.map(\.rawValue)),
            ])
        case .human:
            let positions = outcome.positions.map { " (positions \($0.lowerBound)-\($0.upperBound))" } ?? ""
            let candidates = outcome.erased.count - outcome.orphans.count
            let orphans =
                outcome.orphans.isEmpty
                ? "" : " and \(outcome.orphans.count) orphan vault records (named by no event)"
            invocation.console.printLine("erased \(candidates) candidates' personal data\(orphans)\(positions)")
        }
    }
}
