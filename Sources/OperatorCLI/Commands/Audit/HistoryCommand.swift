import EventStore
import Operations
import Programme

/// `eig history ID [--json]`: the timeline of a dossier, a candidature or an edition.
enum HistoryCommand {
    static let id = Argument(
        "ID", help: "A dossier (P5-003), its défi (D5-003), a candidature (C5-0042) or an edition (5).",
        parser: ValueParser<HistorySubject>.domain(expecting: "a dossier, défi, candidature or edition id") {
            (text) throws(InputError) in try HistorySubject(parsing: text)
        })

    static let command = Command(
        name: "history",
        summary: "Show the timeline of a dossier, a candidature or an edition.",
        discussion: "Every event about the subject, wherever the log records it (a dossier's défi and "
            + "team live in its edition's stream; a candidature's seat too; an erasure in $people), "
            + "in the order of the log: position, recorded-at (UTC), occurred-at (business time, "
            + "Europe/Paris), the account that recorded it and for whom, the event and a one-line "
            + "summary. People are named only for roles that may see personal data; erased people "
            + "show as erased. With --json: {subject, events: [...]}, times in UTC.",
        arguments: [id], groups: [.store, .json],
        examples: [
            Example("eig history P5-003", "How dossier P5-003 was filed, reviewed, judged and staffed."),
            Example("eig history C5-0042 --json", "A candidature's timeline as JSON."),
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let subject = try invocation.argument(id)
        let office = try invocation.openOffice(for: .read)
        invocation.noteIfCutShort()
        let entries = try invocation.perform { () throws(OperationsError) in try office.history(of: subject) }
        let revealing = try invocation.mayReadPersonalData(office)
        let names = try invocation.perform { () throws(OperationsError) in
            try office.names(of: entries.flatMap(\.people), revealing: revealing)
        }
        switch invocation.context.format {
        case .json:
            invocation.emitJSON(["subject": .string(subject.idText), "events": .array(entries.map { json($0, names) })])
        case .human, .csv:
            invocation.emit(table(entries, names))
        }
    }

    static func table(_ entries: [HistoryEntry], _ names: PeopleNames) -> Table {
        var table = Table(columns: [
            .init("position", title: "POS", alignment: .right), .init("recordedAt", title: "RECORDED (UTC)"),
            .init("occurredAt", title: "OCCURRED (PARIS)"), .init("actor", title: "BY", maxWidth: 30),
            .init("type", title: "EVENT"), .init("summary", title: "SUMMARY", maxWidth: 100),
        ])
        for entry in entries {
            let by = entry.actor + (entry.onBehalfOf.map { " for \($0)" } ?? "")
            var summary = entry.summary(naming: names.label)
            if let late = entry.causationID, late.hasPrefix(Backdating.causationPrefix) { summary += " [\(late)]" }
            table.append([
                .integer(Int(entry.position)), .text(String(entry.recordedAt.iso8601.prefix(19)) + "Z"),
                .text(String(entry.occurredAt.parisDescription.prefix(16))), .text(by), .text(entry.type),
                .text(summary),
            ])
        }
        return table
    }

    static func json(_ entry: HistoryEntry, _ names: PeopleNames) -> JSON {
        var people = JSON.object([])
        for person in entry.people {
            people[person.rawValue] = names.isErased(person) ? "erased" : JSON(names.name(person))
        }
        return JSON.object([
            ("position", .integer(Int(entry.position))), ("stream", .string(entry.stream)),
            ("streamVersion", .integer(Int(entry.streamVersion))), ("type", .string(entry.type)),
            ("schemaVersion", .integer(Int(entry.schemaVersion))),
            ("recordedAt", .string(entry.recordedAt.iso8601)),
            ("occurredAt", .string(entry.occurredAt.description)),
            ("actor", .string(entry.actor)), ("onBehalfOf", JSON(entry.onBehalfOf)),
            ("causationID", JSON(entry.causationID)), ("commandID", .string(entry.commandID)),
            ("summary", .string(entry.summary(naming: names.label))), ("people", people),
        ])
    }
}

extension HistorySubject {
    /// The id as the operator wrote it in canonical form: `P5-003`, `C5-0042`, `5`.
    var idText: String {
        switch self {
        case .dossier(let id): id.rawValue
        case .candidature(let id): id.rawValue
        case .edition(let key): key.rawValue
        }
    }
}
