import EventStore
import Operations
import Programme

/// `eig dossier show ID [--json]`: a dossier as it is now, folded from the log.
enum DossierShowCommand {
    static let id = DossierCommands.id

    static let command = Command(
        name: "show",
        summary: "Show a dossier as it is now.",
        discussion: "Every field of the dossier, its status, its jury evaluations and when it last changed, "
            + "folded from the log. Names come from the vault. With --json: one object with id, edition, "
            + "status (snake_case) and every field.",
        arguments: [id], groups: [.store, .json],
        examples: [Example("eig dossier show P5-003 --json", "P5-003 as JSON.")],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let dossierID = try invocation.argument(id)
        let office = try invocation.openOffice(for: .read)
        invocation.noteIfCutShort()
        guard let view = try invocation.perform({ () throws(OperationsError) in try office.dossier(dossierID) }) else {
            throw CLIError(.notFound, "dossier \(dossierID) does not exist")
        }
        let dossier = view.state
        let details = dossier.details
        let people = details.mentors + (details.lead.map { [$0] } ?? []) + dossier.evaluations.map(\.juror)
        let revealing = try invocation.mayReadPersonalData(office)
        let directory = try invocation.perform { () throws(OperationsError) in
            try PeopleDirectory(office: office, people: people, revealing: revealing)
        }
        invocation.emit(block(view, directory), json: json(view, directory, people: people))
    }

    static func block(_ view: AggregateView<ProjectDossier>, _ people: PeopleDirectory) -> KeyValueBlock {
        let dossier = view.state
        let details = dossier.details
        var block = KeyValueBlock()
        block.add("id", dossier.id.rawValue)
        block.add("edition", dossier.edition.rawValue)
        block.add("status", dossier.status.rawValue)
        block.add("title", details.title)
        block.add("host", details.host)
        if let funding = details.funding { block.add("funding", funding) }
        if !details.partners.isEmpty { block.add("partners", details.partners.joined(separator: ", ")) }
        block.add("entrepreneurs", String(details.entrepreneurs))
        block.add("profiles", details.profiles.map(\.rawValue).joined(separator: ", "))
        if let months = details.durationMonths { block.add("months", String(months)) }
        block.add("mentors", details.mentors.map(people.label).joined(separator: "\n"))
        if let lead = details.lead { block.add("lead", people.label(lead)) }
        if let town = details.town { block.add("town", town) }
        if let summary = details.summary { block.add("summary", summary) }
        if let challenge = dossier.challenge { block.add("défi", challenge.id.rawValue) }
        if let correction = dossier.correction {
            block.add("correction", "\(correction.reason.rawValue): \(correction.message)")
        }
        if let motivation = dossier.motivation { block.add("motivation", motivation) }
        if let reason = dossier.withdrawalReason { block.add("withdrawal", reason) }
        if let reason = dossier.reopeningReason { block.add("reopened", reason) }
        if let source = dossier.importSource { block.add("imported from", source) }
        block.add("first event", view.firstOccurredAt.parisDescription)
        block.add("last change", "\(view.lastOccurredAt.parisDescription) (position \(view.lastPosition))")
        if !dossier.evaluations.isEmpty {
            block.section("Jury (scores 1-4: " + Criterion.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            for evaluation in dossier.evaluations {
                var line = Criterion.allCases.compactMap { evaluation.scores[$0].map(String.init) }.joined(
                    separator: " ")
                line += "  total \(evaluation.total)"
                if let opinion = evaluation.opinion { line += ", \(opinion.rawValue)" }
                if let rank = evaluation.rank { line += ", rank \(rank)" }
                block.add(people.name(evaluation.juror), line)
            }
        }
        return block
    }

    static func json(_ view: AggregateView<ProjectDossier>, _ people: PeopleDirectory, people ids: [PersonID])
        -> JSON
    {
        let dossier = view.state
        let details = dossier.details
        let evaluations: [JSON] = dossier.evaluations.map { evaluation in
            var scores = JSON.object([])
            for criterion in Criterion.allCases {
                if let score = evaluation.scores[criterion] { scores[criterion.rawValue] = .integer(score) }
            }
            return JSON.object([
                ("juror", .string(evaluation.juror.rawValue)), ("scores", scores),
                ("total", .integer(evaluation.total)), ("opinion", JSON(evaluation.opinion?.rawValue)),
                ("rank", JSON(evaluation.rank)),
            ])
        }
        let correction: JSON =
            dossier.correction.map {
                JSON.object([("reason", .string($0.reason.rawValue)), ("message", .string($0.message))])
            } ?? .null
        return JSON.object([
            ("id", .string(dossier.id.rawValue)), ("edition", .string(dossier.edition.rawValue)),
            ("status", .string(dossier.status.rawValue)), ("title", .string(details.title)),
            ("host", .string(details.host)), ("funding", JSON(details.funding)),
            ("partners", .strings(details.partners)), ("entrepreneurs", .integer(details.entrepreneurs)),
            ("profiles", .strings(details.profiles.map(\.rawValue))),
            ("durationMonths", JSON(details.durationMonths)), ("mentors", .strings(details.mentors)),
            ("lead", JSON(details.lead?.rawValue)), ("town", JSON(details.town)),
            ("summary", JSON(details.summary)), ("challenge", JSON(dossier.challenge?.id.rawValue)),
            ("evaluations", .array(evaluations)), ("correction", correction),
            ("motivation", JSON(dossier.motivation)),
            ("withdrawalReason", JSON(dossier.withdrawalReason)),
            ("reopeningReason", JSON(dossier.reopeningReason)),
            ("importSource", JSON(dossier.importSource)), ("people", people.json(ids)),
            ("firstOccurredAt", .string(view.firstOccurredAt.description)),
            ("lastOccurredAt", .string(view.lastOccurredAt.description)),
            ("lastPosition", .integer(Int(view.lastPosition))), ("events", .integer(view.eventCount)),
        ])
    }
}
