import EventStore
import Operations
import Programme

/// `eig export events [--from N]` and `eig export dossiers [--csv|--json]`: the log and the
/// dossiers for archives and other tools.
enum ExportCommands {
    static let from = Option(
        "from", valueName: "N", help: "Start at position N.", parser: ValueParser<Int>.integer(in: 1...Int.max),
        defaultDescription: "1")
    static let edition = Option(
        "edition", valueName: "E", help: "Only this edition's dossiers.", parser: .edition,
        defaultDescription: "every edition")

    static let group = Command(
        group: "export", summary: "Export the log or the dossiers for archives and other tools.",
        discussion: "Exports go to standard output: redirect them to a file outside the store (an export "
            + "is a copy eig cannot erase; keep it where the retention rules are applied too).",
        subcommands: [events, dossiers])

    static let events = Command(
        name: "events", summary: "Write the log's events as JSON Lines.",
        discussion: "One JSON object per line and per event, in the order of the log, with every envelope "
            + "field and the payload, as 'eig log show --json' prints them. The log holds no personal "
            + "data (people are person ids), so neither does the export. If damage stops the reading "
            + "before the end of the log, the events before it are written and the command exits with 74.",
        options: [from], groups: [.store],
        examples: [
            Example("eig export events > events.jsonl", "The whole log."),
            Example("eig export events --from 1200 >> events.jsonl", "What is new since position 1200."),
        ],
        run: runEvents)

    static let dossiers = Command(
        name: "dossiers", summary: "Write every dossier as CSV (default) or JSON.",
        discussion: "One row per dossier, as it is now: status, fields, défi, jury, and its people "
            + "(mentors, lead) by person id, with their names only for roles that may see personal data "
            + "(admin, team); erased people are named 'erased'.",
        options: [edition], groups: [.store, .jsonOrCSV],
        examples: [Example("eig export dossiers --csv > dossiers.csv", "Every dossier, for a spreadsheet.")],
        run: runDossiers)

    static func runEvents(_ invocation: Invocation) throws {
        let log = try StoreAccess.open(invocation.context.store)
        var cursor = log.events(from: UInt64(invocation.value(of: from) ?? 1))
        while let event = try cursor.next() {
            invocation.emitJSONLine(EventRendering.json(event))
        }
        try StoreAccess.requireReadToTheEnd(log)
    }

    static func runDossiers(_ invocation: Invocation) throws {
        let office = try invocation.openOffice(for: .read)
        invocation.noteIfCutShort()
        let only = invocation.value(of: edition)
        let views = try invocation.perform { () throws(OperationsError) in try office.allDossiers(in: only) }
        let revealing = try invocation.mayReadPersonalData(office)
        let people = views.flatMap { $0.state.details.mentors + ($0.state.details.lead.map { [$0] } ?? []) }
        let names = try invocation.perform { () throws(OperationsError) in
            try office.names(of: people, revealing: revealing)
        }
        var table = Table(
            columns: [
                "id", "edition", "status", "title", "host", "funding", "partners", "entrepreneurs", "profiles",
                "durationMonths", "town", "challenge", "evaluations", "juryAverage", "mentors", "mentorNames", "lead",
                "leadName", "lastPosition", "lastOccurredAt",
            ].map { Table.Column($0) })
        for view in views {
            let dossier = view.state
            let details = dossier.details
            let totals = dossier.evaluations.map(\.total)
            func name(_ person: PersonID) -> String {
                names.isErased(person) ? "erased" : names.name(person) ?? ""
            }
            table.append([
                .text(dossier.id.rawValue), .text(dossier.edition.rawValue), .text(dossier.status.rawValue),
                .text(details.title), .text(details.host), details.funding.map { .text($0) } ?? .empty,
                .text(details.partners.joined(separator: "; ")), .integer(details.entrepreneurs),
                .text(details.profiles.map(\.rawValue).joined(separator: " ")),
                details.durationMonths.map { .integer($0) } ?? .empty, details.town.map { .text($0) } ?? .empty,
                dossier.challenge.map { .text($0.id.rawValue) } ?? .empty, .integer(totals.count),
                totals.isEmpty ? .empty : .decimal(Double(totals.reduce(0, +)) / Double(totals.count), digits: 2),
                .text(details.mentors.map(\.rawValue).joined(separator: " ")),
                .text(
                    details.mentors.map(name).allSatisfy(\.isEmpty)
                        ? "" : details.mentors.map(name).joined(separator: "; ")),
                details.lead.map { .text($0.rawValue) } ?? .empty, details.lead.map { .text(name($0)) } ?? .empty,
                .integer(Int(view.lastPosition)), .text(view.lastOccurredAt.description),
            ])
        }
        if invocation.context.format == .json {
            invocation.emit(table)
        } else {
            invocation.console.write(table.renderedAsCSV())
        }
    }
}
