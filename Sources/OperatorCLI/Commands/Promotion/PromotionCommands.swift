import Operations
import Programme

/// `eig promotion announce|start|end E` and `eig promotion withdraw-challenge E C --reason TEXT`:
/// the life of an edition's promotion (cohort).
enum PromotionCommands {
    static let edition = Argument("E", help: "The edition, e.g. 5.", parser: .edition)

    /// The promotion's write commands; the read side adds its own verbs beside them.
    static let writeVerbs: [Command] = [
        transition(
            "announce", .announcePromotion, summary: "Announce the promotion with its dates.",
            discussion: "planned → announced: the promotion's dates are those the edition was opened with."),
        transition(
            "start", .startPromotion, summary: "Start the promotion: entrepreneurs can join.",
            discussion: "announced → started. Validated candidates then join with 'eig candidate join'."),
        transition(
            "end", .endPromotion, summary: "End the promotion: every entrepreneur completes.",
            discussion: "started → ended. Every entrepreneur still on a team is recorded as having completed."),
        WithdrawChallenge.command,
    ]

    static let group = Command(
        group: "promotion", summary: "Announce, start and end a promotion; withdraw a défi from it.",
        subcommands: writeVerbs)

    static func transition(_ name: String, _ change: EditionCommand, summary: String, discussion: String) -> Command {
        Command(
            name: name, summary: summary, discussion: discussion, arguments: [edition],
            groups: [.store, .json, .recording],
            examples: [Example("eig promotion \(name) 5", "The promotion of edition 5.")],
            run: { invocation in
                let key = try invocation.argument(edition)
                try execute(.edition(key, change), on: key, invocation)
            })
    }

    static func execute(_ command: ProgrammeCommand, on key: EditionKey, _ invocation: Invocation) throws {
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.execute(command, recording: invocation.recording)
        }
        let status = try invocation.perform { () throws(OperationsError) in
            try office.edition(key)?.state.promotion.rawValue ?? "planned"
        }
        invocation.reportChanged(outcome, status: status)
    }

    /// `eig promotion withdraw-challenge E C --reason TEXT`
    enum WithdrawChallenge {
        static let challenge = Argument("C", help: "The défi to withdraw, e.g. D5-003.", parser: .challenge)
        static let reason = Option(
            "reason", valueName: "TEXT", help: "Why the défi leaves the promotion.", parser: .text(.reason),
            isRequired: true)

        static let command = Command(
            name: "withdraw-challenge",
            summary: "Take a défi with no team out of the promotion.",
            discussion: "For a défi that found no suitable candidate: it leaves the promotion, and candidates "
                + "can no longer rank it. A défi with entrepreneurs on its team cannot be withdrawn.",
            arguments: [edition, challenge], options: [reason], groups: [.store, .json, .recording],
            examples: [
                Example(
                    "eig promotion withdraw-challenge 5 D5-012 --reason \"No candidate\"",
                    "Withdraw défi D5-012 from the promotion of edition 5.")
            ],
            run: { invocation in
                let key = try invocation.argument(edition)
                let command = ProgrammeCommand.edition(
                    key, .withdrawChallenge(try invocation.argument(challenge), reason: try invocation.required(reason)))
                try execute(command, on: key, invocation)
            })
    }
}
