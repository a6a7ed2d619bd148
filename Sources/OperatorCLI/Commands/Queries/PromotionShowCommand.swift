import EventStore
import Operations
import Programme
import Projections

/// `eig promotion show E`: one cohort, from the promotions read model.
enum PromotionShowCommand {
    static let edition = Argument("E", help: "The edition (5, dig).", parser: .edition)

    static let command = Command(
        name: "show",
        summary: "Show a promotion: its dates, status and défis with their teams.",
        discussion: "Each défi with its host administration, the profiles and number of "
            + "entrepreneurs it requested, and its team now (selected, validated, joined or "
            + "completed): its size and the profiles recruited. People are shown by person id.",
        arguments: [edition],
        groups: [.store, .json],
        examples: [Example("eig promotion show 5", "Promotion 5's cohort.")],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let key = try invocation.argument(edition)
        let reads = try invocation.openQueries()
        let answer = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
            try reads.promotion(key, progress: progress)
        }
        invocation.tell(answer.notes)
        guard let promotion = answer.value, promotion.isKnown else { throw CLIError.unknownEdition(key) }
        if invocation.context.format == .json {
            var object = PromotionListCommand.summary(promotion)
            object["challenges"] = .array(promotion.teams.map(json))
            object["position"] = .integer(Int(answer.position))
            invocation.emitJSON(object)
            return
        }
        var block = KeyValueBlock()
        block.add("edition", key.rawValue)
        block.add("year", promotion.opening.map { String($0.year) } ?? "")
        block.add("status", promotion.isOpened ? promotion.status.rawValue : "not opened")
        block.add("dates", promotion.dates.map { "\($0.first) to \($0.last)" } ?? "")
        let teams = promotion.teams
        let active = teams.filter { !$0.isWithdrawn }
        block.add(
            "défis",
            "\(active.count)" + (teams.count > active.count ? " (\(teams.count - active.count) withdrawn)" : ""))
        let members = active.map(\.size).reduce(0, +)
        block.add("in teams", "\(members) of \(active.map(\.challenge.entrepreneurs).reduce(0, +)) places")
        invocation.console.write(block.rendered() + "\n")
        invocation.emit(table(teams))
    }

    static func table(_ teams: [ChallengeTeam]) -> Table {
        var table = Table(columns: [
            Table.Column("id", title: "DÉFI"), Table.Column("host", maxWidth: 30), Table.Column("title", maxWidth: 30),
            Table.Column("requested", maxWidth: 26), Table.Column("places", alignment: .right),
            Table.Column("team", alignment: .right), Table.Column("recruited", maxWidth: 26), Table.Column("state"),
        ])
        for team in teams {
            let challenge = team.challenge
            table.append([
                .text(challenge.id.rawValue), .text(challenge.host), .text(challenge.title),
                .text(QueryFormat.profiles(challenge.profiles)), .integer(challenge.entrepreneurs), .integer(team.size),
                .text(QueryFormat.profiles(team.recruitedProfiles)),
                .text(team.isWithdrawn ? "withdrawn" : "in promotion"),
            ])
        }
        return table
    }

    static func json(_ team: ChallengeTeam) -> JSON {
        let challenge = team.challenge
        return [
            "id": .string(challenge.id.rawValue),
            "title": .string(challenge.title),
            "host": .string(challenge.host),
            "requestedProfiles": QueryFormat.json(challenge.profiles),
            "requested": .integer(challenge.entrepreneurs),
            "durationMonths": JSON(challenge.durationMonths),
            "imported": .bool(challenge.isImported),
            "withdrawn": .bool(team.isWithdrawn),
            "teamSize": .integer(team.size),
            "recruitedProfiles": QueryFormat.json(team.recruitedProfiles),
            "members": .array(
                team.members.map { seat in
                    [
                        "person": .string(seat.person), "profile": JSON(seat.profile?.rawValue),
                        "status": .string(seat.status.rawValue), "candidature": JSON(seat.candidature?.rawValue),
                    ]
                }),
        ]
    }
}
