import EventStore
import Operations
import Programme
import Projections

/// `eig promotion list`: every cohort, from the promotions read model.
enum PromotionListCommand {
    static let command = Command(
        name: "list",
        summary: "List the promotions: year, status, dates, défis, team members.",
        groups: [.store, .json],
        examples: [Example("eig promotion list", "Every promotion the log knows.")],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let reads = try invocation.openQueries()
        let answer = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
            try reads.promotions(progress: progress)
        }
        invocation.tell(answer.notes)
        let promotions = answer.value.filter { $0.isOpened || !$0.challenges.isEmpty }
        if invocation.context.format == .json {
            invocation.emitJSON(.array(promotions.map { summary($0) }))
            return
        }
        var table = Table(columns: [
            Table.Column("edition"), Table.Column("year", alignment: .right), Table.Column("status"),
            Table.Column("from"),
            Table.Column("to"), Table.Column("challenges", title: "DÉFIS", alignment: .right),
            Table.Column("teamMembers", title: "IN TEAMS", alignment: .right),
        ])
        for promotion in promotions {
            let active = promotion.teams.filter { !$0.isWithdrawn }
            table.append([
                .text(promotion.edition.rawValue), promotion.opening.map { .integer($0.year) } ?? .empty,
                .text(promotion.isOpened ? promotion.status.rawValue : "not opened"),
                QueryFormat.date(promotion.dates?.first), QueryFormat.date(promotion.dates?.last),
                .integer(active.count),
                .integer(active.map(\.size).reduce(0, +)),
            ])
        }
        invocation.emit(table)
    }

    /// A promotion's own fields, for both JSON forms.
    static func summary(_ promotion: PromotionsModel.Partition) -> JSON {
        let active = promotion.teams.filter { !$0.isWithdrawn }
        return JSON.object([
            ("edition", .string(promotion.edition.rawValue)),
            ("year", JSON(promotion.opening?.year)),
            ("status", promotion.isOpened ? .string(promotion.status.rawValue) : .null),
            (
                "dates",
                promotion.dates.map { ["first": .string($0.first.description), "last": .string($0.last.description)] }
                    ?? .null
            ),
            ("challengeCount", .integer(active.count)),
            ("withdrawnChallenges", .integer(promotion.teams.count - active.count)),
            ("teamMembers", .integer(active.map(\.size).reduce(0, +))),
        ])
    }
}
