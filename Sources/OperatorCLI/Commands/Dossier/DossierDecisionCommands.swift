import Operations
import Programme

/// The dossier commands that carry a text: a correction request, a refusal or a closing with
/// its motivation, a withdrawal, a reopening.
enum DossierDecisionCommands {
    static let id = DossierCommands.id

    static let correctionReason = Option(
        "reason", valueName: "REASON", help: "Why it is sent back.", parser: .choice(of: CorrectionReason.self),
        isRequired: true)
    static let message = Option(
        "message", valueName: "TEXT", help: "What the administration must correct.", parser: .text(.message),
        isRequired: true)

    static let requestCorrection = Command(
        name: "request-correction",
        summary: "Send a dossier back to its administration for a correction.",
        discussion: "submitted or in_review → correction_requested, until the administration resubmits it "
            + "('eig dossier resubmit ID').",
        arguments: [id], options: [correctionReason, message], groups: [.store, .json, .recording],
        examples: [
            Example(
                "eig dossier request-correction P5-003 --reason incomplete \\\n"
                    + "      --message \"Budget missing\"",
                "Ask for the missing budget.")
        ],
        run: { invocation in
            let dossier = try invocation.argument(id)
            let command = DossierCommand.requestCorrection(
                try invocation.required(correctionReason), message: try invocation.required(message))
            try DossierCommands.execute(.dossier(dossier, command), on: dossier, invocation)
        })

    static let motivation = Option(
        "motivation", valueName: "TEXT", help: "Why: recorded, and told to the administration.",
        parser: .text(.motivation), isRequired: true)

    static let refuse = Command(
        name: "refuse", summary: "Refuse a dossier, with a motivation.",
        discussion: "in_review, preselected or auditioned → refused.",
        arguments: [id], options: [motivation], groups: [.store, .json, .recording],
        examples: [Example("eig dossier refuse P5-003 --motivation \"Data not available\"", "Refuse P5-003.")],
        run: { invocation in
            let dossier = try invocation.argument(id)
            try DossierCommands.execute(
                .dossier(dossier, .refuse(motivation: try invocation.required(motivation))), on: dossier, invocation)
        })

    static let close = Command(
        name: "close", summary: "Close a dossier without follow-up, with a motivation.",
        discussion: "in_review, preselected or auditioned → closed_without_follow_up (classé sans suite).",
        arguments: [id], options: [motivation], groups: [.store, .json, .recording],
        examples: [Example("eig dossier close P5-003 --motivation \"Duplicate of P5-002\"", "Close P5-003.")],
        run: { invocation in
            let dossier = try invocation.argument(id)
            try DossierCommands.execute(
                .dossier(dossier, .close(motivation: try invocation.required(motivation))), on: dossier, invocation)
        })

    static let withdrawReason = Option(
        "reason", valueName: "TEXT", help: "Why the administration withdraws it.", parser: .text(.reason))

    static let withdraw = Command(
        name: "withdraw", summary: "Record that the administration withdrew its dossier.",
        discussion: "Any status before a decision → withdrawn.",
        arguments: [id], options: [withdrawReason], groups: [.store, .json, .recording],
        examples: [Example("eig dossier withdraw P5-003 --reason \"Project postponed\"", "Withdraw P5-003.")],
        run: { invocation in
            let dossier = try invocation.argument(id)
            try DossierCommands.execute(
                .dossier(dossier, .withdraw(reason: invocation.value(of: withdrawReason))), on: dossier, invocation)
        })

    static let reopenReason = Option(
        "reason", valueName: "TEXT", help: "Why the decision is undone.", parser: .text(.reason), isRequired: true)

    static let reopen = Command(
        name: "reopen", summary: "Undo a decision: the dossier goes back to review.",
        discussion: "accepted, refused or closed_without_follow_up → in_review. An accepted dossier can be "
            + "reopened only while its défi has no entrepreneur.",
        arguments: [id], options: [reopenReason], groups: [.store, .json, .recording],
        examples: [Example("eig dossier reopen P5-003 --reason \"Jury score typo\"", "Reopen P5-003.")],
        run: { invocation in
            let dossier = try invocation.argument(id)
            try DossierCommands.execute(
                .dossier(dossier, .reopen(reason: try invocation.required(reopenReason))), on: dossier, invocation)
        })
}
