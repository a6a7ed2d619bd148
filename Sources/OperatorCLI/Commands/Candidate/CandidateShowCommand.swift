import EventStore
import Operations
import Programme

/// `eig candidate show ID [--json]`: a candidature as it is now, folded from the log.
enum CandidateShowCommand {
    static let command = Command(
        name: "show",
        summary: "Show a candidature as it is now.",
        discussion: "The candidature's status, profile, ranked défis, interviews and place, folded from its "
            + "stream and the seat events of its edition. The candidate's name and contact details come from "
            + "the vault. With --json: one object with id, edition, status (snake_case) and every field.",
        arguments: [CandidateCommands.id], groups: [.store, .json],
        examples: [Example("eig candidate show C5-0042 --json", "C5-0042 as JSON.")],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let candidatureID = try invocation.argument(CandidateCommands.id)
        let office = try invocation.openOffice(for: .read)
        invocation.noteIfCutShort()
        guard let view = try invocation.perform({ () throws(OperationsError) in try office.candidature(candidatureID) })
        else {
            throw CLIError(.notFound, "candidature \(candidatureID) does not exist")
        }
        let candidature = view.state
        let revealing = try invocation.mayReadPersonalData(office)
        let record = try invocation.perform { () throws(OperationsError) in
            revealing ? try office.person(candidature.person) : nil
        }
        let jurors = candidature.interviews.map(\.juror)
        let directory = try invocation.perform { () throws(OperationsError) in
            try PeopleDirectory(office: office, people: [candidature.person] + jurors, revealing: revealing)
        }
        invocation.emit(block(view, record, directory), json: json(view, record, directory, jurors: jurors))
    }

    /// What the name line says when there is no name to show.
    static func missingName(_ person: PersonID, _ people: PeopleDirectory) -> String {
        if people.names.isErased(person) { return "(erased)" }
        return people.isRevealing ? "(no name in the vault)" : "(personal data: not shown to your role)"
    }

    static func block(_ view: AggregateView<Candidature>, _ record: PersonRecord?, _ people: PeopleDirectory)
        -> KeyValueBlock
    {
        let candidature = view.state
        var block = KeyValueBlock()
        block.add("id", candidature.id.rawValue)
        block.add("edition", candidature.edition.rawValue)
        block.add("status", candidature.status.rawValue)
        block.add("person", candidature.person.rawValue)
        block.add("name", record?.name ?? missingName(candidature.person, people))
        if let email = record?.email { block.add("email", email) }
        if let phone = record?.phone { block.add("phone", phone) }
        block.add("profile", candidature.profile.rawValue)
        block.add("experience", "\(candidature.experienceYears) years")
        if !candidature.preferences.isEmpty {
            block.add("preferences", candidature.preferences.map(\.rawValue).joined(separator: ", "))
        }
        if let placement = candidature.placement {
            block.add("place", "\(placement.challenge) as \(placement.profile.rawValue)")
        }
        if let reason = candidature.declineReason { block.add("declined", reason) }
        if let reason = candidature.exitReason { block.add("reason", reason) }
        block.add("first event", view.firstOccurredAt.parisDescription)
        block.add("last change", "\(view.lastOccurredAt.parisDescription) (position \(view.lastPosition))")
        if !candidature.interviews.isEmpty {
            block.section("Interviews (five scores 0-4, total /20)")
            for interview in candidature.interviews {
                block.add(
                    people.name(interview.juror),
                    "\(interview.challenge): \(interview.scores.map(String.init).joined(separator: " "))  "
                        + "total \(interview.total)")
            }
        }
        return block
    }

    static func json(
        _ view: AggregateView<Candidature>, _ record: PersonRecord?, _ people: PeopleDirectory, jurors: [PersonID]
    ) -> JSON {
        let candidature = view.state
        let interviews: [JSON] = candidature.interviews.map { interview in
            JSON.object([
                ("challenge", .string(interview.challenge.rawValue)), ("juror", .string(interview.juror.rawValue)),
                ("scores", .array(interview.scores.map { .integer($0) })), ("total", .integer(interview.total)),
            ])
        }
        let placement: JSON =
            candidature.placement.map {
                JSON.object([
                    ("challenge", .string($0.challenge.rawValue)), ("profile", .string($0.profile.rawValue)),
                ])
            } ?? .null
        return JSON.object([
            ("id", .string(candidature.id.rawValue)), ("edition", .string(candidature.edition.rawValue)),
            ("status", .string(candidature.status.rawValue)), ("person", .string(candidature.person.rawValue)),
            ("name", JSON(record?.name)), ("erased", .bool(people.names.isErased(candidature.person))),
            ("email", JSON(record?.email)),
            ("phone", JSON(record?.phone)), ("profile", .string(candidature.profile.rawValue)),
            ("experienceYears", .integer(candidature.experienceYears)),
            ("preferences", .strings(candidature.preferences.map(\.rawValue))), ("interviews", .array(interviews)),
            ("placement", placement), ("declineReason", JSON(candidature.declineReason)),
            ("exitReason", JSON(candidature.exitReason)), ("people", people.json(jurors)),
            ("firstOccurredAt", .string(view.firstOccurredAt.description)),
            ("lastOccurredAt", .string(view.lastOccurredAt.description)),
            ("lastPosition", .integer(Int(view.lastPosition))), ("events", .integer(view.eventCount)),
        ])
    }
}
