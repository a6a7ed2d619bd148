import Operations
import Programme

/// `eig dossier …`: project dossiers, from draft to decision.
enum DossierCommands {
    /// The dossier's write commands and `show`; the read side adds its verbs (`list`) beside them.
    static let writeVerbs: [Command] = [
        DossierDraftCommand.command,
        DossierAmendCommand.command,
        transition(
            "submit", .submit, summary: "Submit a draft to the project call.",
            discussion: "draft → submitted, only while the edition's project call is open (business time, "
                + "Europe/Paris; use --at with --reason for a dossier received in time but recorded late)."),
        transition(
            "resubmit", .resubmit, summary: "Resubmit a dossier after a correction.",
            discussion: "correction_requested → submitted, also after the call closed: the programme asked."),
        transition(
            "review", .review, summary: "Start reviewing a submitted dossier.",
            discussion: "submitted → in_review: the programme team's screening (instruction)."),
        transition(
            "preselect", .preselect, summary: "Preselect a reviewed dossier for the jury.",
            discussion: "in_review → preselected: the dossier will be auditioned by the jury."),
        DossierDecisionCommands.requestCorrection,
        DossierEvaluateCommand.command,
        transition(
            "accept", .accept, summary: "Accept an auditioned dossier: its défi joins the promotion.",
            discussion: "auditioned → accepted. The défi (D5-003 for P5-003) can then be ranked by candidates."),
        DossierDecisionCommands.refuse,
        DossierDecisionCommands.close,
        DossierDecisionCommands.withdraw,
        DossierDecisionCommands.reopen,
        DossierShowCommand.command,
    ]

    static let group = Command(
        group: "dossier", summary: "Project dossiers: draft, submit, review, jury, decision.",
        discussion: "A dossier goes draft → submitted → in_review → preselected → auditioned → accepted, "
            + "refused or closed_without_follow_up; it may be sent back for correction, withdrawn by its "
            + "administration before a decision, or reopened after one.",
        subcommands: writeVerbs)

    static let id = Argument("ID", help: "The dossier, e.g. P5-003.", parser: .dossier)

    /// A command that takes only the dossier's id.
    static func transition(_ name: String, _ change: DossierCommand, summary: String, discussion: String) -> Command {
        Command(
            name: name, summary: summary, discussion: discussion, arguments: [id],
            groups: [.store, .json, .recording],
            examples: [Example("eig dossier \(name) P5-003", summary)],
            run: { invocation in
                let dossier = try invocation.argument(id)
                try execute(.dossier(dossier, change), on: dossier, invocation)
            })
    }

    /// Runs a command on a dossier and prints its status after.
    static func execute(_ command: ProgrammeCommand, on dossier: DossierID, _ invocation: Invocation) throws {
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.execute(command, recording: invocation.recording)
        }
        try report(outcome, dossier, office: office, invocation)
    }

    static func report(
        _ outcome: CommandOutcome, _ dossier: DossierID, office: ProgrammeOffice, _ invocation: Invocation
    ) throws {
        let status = try invocation.perform { () throws(OperationsError) in
            try office.dossier(dossier)?.state.status.rawValue ?? "unknown"
        }
        invocation.reportChanged(outcome, id: dossier.rawValue, status: status)
    }
}
