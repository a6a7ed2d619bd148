import Operations
import Programme

/// `eig candidate …`: candidatures, from application to the promotion.
enum CandidateCommands {
    /// The candidature's write commands and `show`; the read side adds its verbs beside them.
    static let writeVerbs: [Command] = [
        CandidateApplyCommand.command,
        transition(
            "preselect", .preselect, summary: "Preselect a candidature.",
            discussion: "applied → preselected: the candidate may then rank défis ('eig candidate prefer')."),
        CandidateReasonCommands.decline,
        CandidatePreferCommand.command,
        CandidateInterviewCommand.command,
        CandidateSelectCommand.command,
        transition(
            "validate", .validate, summary: "Validate a selection (programme director).",
            discussion: "selected → validated: the director confirms the candidate's place on the défi."),
        transition(
            "join", .join, summary: "Record that an entrepreneur joined the promotion.",
            discussion: "validated → joined, once the promotion has started ('eig promotion start E')."),
        CandidateReasonCommands.leave,
        CandidateReasonCommands.withdraw,
        CandidateShowCommand.command,
    ]

    static let group = Command(
        group: "candidate", summary: "Candidatures: apply, preselect, rank défis, interview, select, join.",
        discussion: "A candidature goes applied → preselected (or not_preselected) → preferences_given → "
            + "interviewed → selected → validated → joined → completed or left; it may be withdrawn any "
            + "time before joining.",
        subcommands: writeVerbs)

    static let id = Argument("ID", help: "The candidature, e.g. C5-0042.", parser: .candidature)

    /// A command that takes only the candidature's id.
    static func transition(_ name: String, _ change: CandidatureCommand, summary: String, discussion: String)
        -> Command
    {
        Command(
            name: name, summary: summary, discussion: discussion, arguments: [id],
            groups: [.store, .json, .recording],
            examples: [Example("eig candidate \(name) C5-0042", summary)],
            run: { invocation in
                let candidature = try invocation.argument(id)
                try execute(change, on: candidature, invocation)
            })
    }

    /// Runs a command on a candidature and prints its status after.
    static func execute(_ change: CandidatureCommand, on candidature: CandidatureID, _ invocation: Invocation) throws {
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.execute(.candidature(candidature, change), recording: invocation.recording)
        }
        try report(outcome, candidature, office: office, invocation)
    }

    static func report(
        _ outcome: CommandOutcome, _ candidature: CandidatureID, office: ProgrammeOffice, _ invocation: Invocation
    ) throws {
        let status = try invocation.perform { () throws(OperationsError) in
            try office.candidature(candidature)?.state.status.rawValue ?? "unknown"
        }
        invocation.reportChanged(outcome, id: candidature.rawValue, status: status)
    }
}
