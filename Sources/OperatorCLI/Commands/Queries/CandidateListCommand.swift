import EventStore
import Operations
import Programme
import Projections

/// `eig candidate list`: the candidatures, from the candidatures read model. People are
/// shown by their person id only: names are in the vault.
enum CandidateListCommand {
    static let status = Option(
        "status", valueName: "S", help: "Only candidatures in this status.",
        parser: .choice(of: CandidatureStatus.self), defaultDescription: "any status")

    static let command = Command(
        name: "list",
        summary: "List the candidatures, with status, preferences, score and selection.",
        discussion: "Candidatures are listed by edition, then number; people by their person id. "
            + "SCORE is the mean of the interviews' totals (out of 20). The read models are caught "
            + "up with the log first.",
        options: [QueryOptions.edition, status],
        groups: [.store, .jsonOrCSV],
        examples: [Example("eig candidate list --edition 5 --status selected", "Who was selected in edition 5.")],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let filter = CandidatureFilter(
            edition: invocation.value(of: QueryOptions.edition), status: invocation.value(of: status))
        let reads = try invocation.openQueries()
        let answer = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
            try reads.candidatures(filter, progress: progress)
        }
        invocation.tell(answer.notes)
        try invocation.requireKnownEdition(filter.edition, listIsEmpty: answer.value.isEmpty, in: reads)
        switch invocation.context.format {
        case .json: invocation.emitJSON(.array(answer.value.map(json)))
        case .csv, .human: invocation.emit(table(answer.value))
        }
    }

    static func table(_ rows: [CandidatureRow]) -> Table {
        var table = Table(columns: [
            Table.Column("id"), Table.Column("edition"), Table.Column("person", maxWidth: 24), Table.Column("profile"),
            Table.Column("status"), Table.Column("preferences", maxWidth: 26), Table.Column("score", alignment: .right),
            Table.Column("selected"), Table.Column("selectedProfile", title: "AS"),
        ])
        for row in rows {
            table.append([
                .text(row.id.rawValue), .text(row.edition.rawValue), .text(row.person), .text(row.profile.rawValue),
                .text(row.status.rawValue), .text(row.preferences.map(\.rawValue).joined(separator: " ")),
                QueryFormat.decimal(row.interviewScore), row.selectedChallenge.map { .text($0.rawValue) } ?? .empty,
                row.selectedProfile.map { .text($0.rawValue) } ?? .empty,
            ])
        }
        return table
    }

    static func json(_ row: CandidatureRow) -> JSON {
        [
            "id": .string(row.id.rawValue),
            "edition": .string(row.edition.rawValue),
            "person": .string(row.person),
            "profile": .string(row.profile.rawValue),
            "experienceYears": .integer(row.experienceYears),
            "status": .string(row.status.rawValue),
            "preferences": .array(row.preferences.map { .string($0.rawValue) }),
            "interviews": .integer(row.interviews.count),
            "score": QueryFormat.json(row.interviewScore),
            "selected": row.selectedChallenge.map { challenge in
                ["challenge": .string(challenge.rawValue), "profile": JSON(row.selectedProfile?.rawValue)]
            } ?? .null,
        ]
    }
}
