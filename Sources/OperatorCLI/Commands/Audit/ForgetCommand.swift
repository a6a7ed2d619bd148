import EventStore
import Operations
import Programme

/// `eig forget PERSON --reason TEXT`: erases a person's personal data.
enum ForgetCommand {
    static let person = Argument(
        "PERSON", help: "A person id (person-3fa…), or a candidature (C5-0042) for its candidate.",
        parser: ValueParser<String>.text(maxLength: 64))
    static let reason = Option(
        "reason", valueName: "TEXT",
        help: "Why (a request's reference, a decision); recorded in the log, so never the person's name.",
        parser: ValueParser<String>.text(maxLength: ProgrammeOffice.maximumErasureReason), isRequired: true)

    static let command = Command(
        name: "forget",
        summary: "Erase a person's personal data (name, e-mail, phone) from the vault.",
        discussion: "Records a PersonErased event in $people (the person's id and the reason, nothing "
            + "personal), then deletes the person's vault record and name index entry. The log itself "
            + "never held their data and is not rewritten: the chain still verifies, and every output "
            + "shows them as erased. Read models and snapshots hold ids only. Records of the log whose "
            + "free text (a reason, an on-behalf-of) holds the name or e-mail are listed on standard "
            + "error: they cannot be erased. Forgetting someone already erased writes nothing.",
        arguments: [person], options: [reason, CommonOptions.commandID], groups: [.store, .json],
        examples: [
            Example("eig forget C5-0042 --reason 'request 2024-117 (art. 17 GDPR)'", "Erase a candidate."),
            Example("eig forget person-3fa2c1d0e4b5a6978812 --reason 'mentor left'", "Erase a mentor."),
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let office = try invocation.openOffice()
        let target = try resolve(try invocation.argument(person), office: office, invocation: invocation)
        let why = try invocation.required(reason)
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.forget(target, reason: why, recording: invocation.recording)
        }
        if !outcome.residue.isEmpty {
            invocation.console.note(
                "warning: the log's free text names this person at positions "
                    + outcome.residue.map(String.init).joined(separator: ", ")
                    + "; the log is never rewritten: review these records")
        }
        let position = outcome.positions.map { Int($0.lowerBound) }
        if invocation.context.format == .json {
            invocation.emitJSON([
                "person": .string(target.rawValue), "erased": true, "position": JSON(position),
                "alreadyErased": .bool(!outcome.alreadyErased.isEmpty),
                "residue": .array(outcome.residue.map { .integer(Int($0)) }),
            ])
        } else {
            let when = position.map { " (position \($0))" } ?? " (already erased: nothing recorded)"
            invocation.console.printLine("\(target): erased\(when)")
        }
    }

    /// The person a `PERSON` argument names: a person id, or a candidature's candidate.
    static func resolve(_ text: String, office: ProgrammeOffice, invocation: Invocation) throws -> PersonID {
        guard let candidature = try? CandidatureID(parsing: text) else {
            do {
                return try PersonID(parsing: text)
            } catch {
                throw CLIError(.dataError, "\(error.message), or a candidature id such as C5-0042")
            }
        }
        guard let view = try invocation.perform({ () throws(OperationsError) in try office.candidature(candidature) })
        else { throw CLIError(.notFound, "candidature \(candidature) does not exist") }
        return view.state.person
    }
}
