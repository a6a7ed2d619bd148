import EventStore
import Operations
import Programme
import Projections

/// `eig dossier list`: the project dossiers, from the dossiers read model.
enum DossierListCommand {
    static let status = Option(
        "status", valueName: "S", help: "Only dossiers in this status.", parser: .choice(of: DossierStatus.self),
        defaultDescription: "any status")
    static let host = Option(
        "host", valueName: "TEXT",
        help: "Only dossiers whose host administration's name contains TEXT "
            + "(case and accents ignored).", parser: .text(maxLength: 200))

    static let command = Command(
        name: "list",
        summary: "List the project dossiers, with status, dates and jury averages.",
        discussion: "Dossiers are listed by edition, then number. The read models are caught up "
            + "with the log first. JURY is the mean of the jurors' totals (out of 20); --json and "
            + "--csv also give the mean score on each criterion (1 to 4).",
        options: [QueryOptions.edition, status, host],
        groups: [.store, .jsonOrCSV],
        examples: [
            Example("eig dossier list --edition 5 --status accepted", "The accepted dossiers of edition 5."),
            Example("eig dossier list --host culture --csv > dossiers.csv", "For a spreadsheet."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let filter = DossierFilter(
            edition: invocation.value(of: QueryOptions.edition), status: invocation.value(of: status),
            host: invocation.value(of: host))
        let reads = try invocation.openQueries()
        let answer = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
            try reads.dossiers(filter, progress: progress)
        }
        invocation.tell(answer.notes)
        try invocation.requireKnownEdition(filter.edition, listIsEmpty: answer.value.isEmpty, in: reads)
        switch invocation.context.format {
        case .json: invocation.emitJSON(.array(answer.value.map(json)))
        case .csv: invocation.emit(table(answer.value, full: true))
        case .human: invocation.emit(table(answer.value, full: false))
        }
    }

    /// The people's table, or with `full` every column (CSV).
    static func table(_ rows: [DossierRow], full: Bool) -> Table {
        var columns = [
            Table.Column("id"), Table.Column("edition"), Table.Column("status"),
            Table.Column("host", maxWidth: 32), Table.Column("title", maxWidth: 36),
            Table.Column("profiles", maxWidth: 28), Table.Column("entrepreneurs", title: "N", alignment: .right),
            Table.Column("submitted"), Table.Column("decided"), Table.Column("jury", alignment: .right),
        ]
        if full {
            columns.insert(Table.Column("funding"), at: 4)
            columns += Criterion.allCases.map { Table.Column("jury_\($0.rawValue)", alignment: .right) }
        }
        var table = Table(columns: columns)
        for row in rows {
            var cells: [Table.Cell] = [
                .text(row.id.rawValue), .text(row.edition.rawValue), .text(row.status.rawValue),
                .text(row.headline.host), .text(row.headline.title), .text(QueryFormat.profiles(row.headline.profiles)),
                .integer(row.headline.entrepreneurs), QueryFormat.date(row.submittedOn),
                QueryFormat.date(row.decidedOn),
                QueryFormat.decimal(row.juryAverage),
            ]
            if full {
                cells.insert(row.headline.funding.map { .text($0) } ?? .empty, at: 4)
                let averages = Dictionary(uniqueKeysWithValues: row.juryAverages.map { ($0.criterion, $0.average) })
                cells += Criterion.allCases.map { QueryFormat.decimal(averages[$0], digits: 2) }
            }
            table.append(cells)
        }
        return table
    }

    static func json(_ row: DossierRow) -> JSON {
        let averages = row.juryAverages
        return [
            "id": .string(row.id.rawValue),
            "edition": .string(row.edition.rawValue),
            "status": .string(row.status.rawValue),
            "title": .string(row.headline.title),
            "host": .string(row.headline.host),
            "funding": JSON(row.headline.funding),
            "profiles": QueryFormat.json(row.headline.profiles),
            "entrepreneurs": .integer(row.headline.entrepreneurs),
            "durationMonths": JSON(row.headline.durationMonths),
            "submitted": QueryFormat.json(row.submittedOn),
            "decided": QueryFormat.json(row.decidedOn),
            "challenge": JSON(row.challenge?.rawValue),
            "imported": .bool(row.isImported),
            "jury": [
                "evaluations": .integer(row.evaluations.count),
                "average": QueryFormat.json(row.juryAverage),
                "criteria": JSON.object(averages.map { ($0.criterion.rawValue, .number($0.average, digits: 2)) }),
            ],
        ]
    }
}
