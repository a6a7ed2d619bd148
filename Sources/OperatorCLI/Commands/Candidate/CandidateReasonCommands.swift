import Programme

/// The candidature commands that carry a reason: a decline, a departure, a withdrawal.
enum CandidateReasonCommands {
    static let id = CandidateCommands.id

    static func reason(_ help: String, isRequired: Bool) -> Option<String> {
        Option("reason", valueName: "TEXT", help: help, parser: .text(.reason), isRequired: isRequired)
    }

    static let declineReason = reason("Why the candidature is not preselected.", isRequired: true)
    static let decline = Command(
        name: "decline", summary: "Do not preselect a candidature, with a reason.",
        discussion: "applied → not_preselected.",
        arguments: [id], options: [declineReason], groups: [.store, .json, .recording],
        examples: [Example("eig candidate decline C5-0042 --reason \"Profile not sought\"", "Decline C5-0042.")],
        run: { invocation in
            try CandidateCommands.execute(
                .decline(reason: try invocation.required(declineReason)), on: try invocation.argument(id), invocation)
        })

    static let leaveReason = reason("Why the entrepreneur leaves.", isRequired: true)
    static let leave = Command(
        name: "leave", summary: "Record that an entrepreneur left the promotion early.",
        discussion: "joined → left: the place on the défi is free again.",
        arguments: [id], options: [leaveReason], groups: [.store, .json, .recording],
        examples: [Example("eig candidate leave C5-0042 --reason \"Moved abroad\"", "C5-0042 left.")],
        run: { invocation in
            try CandidateCommands.execute(
                .leave(reason: try invocation.required(leaveReason)), on: try invocation.argument(id), invocation)
        })

    static let withdrawReason = reason("Why the candidate withdraws.", isRequired: false)
    static let withdraw = Command(
        name: "withdraw", summary: "Record that a candidate withdrew.",
        discussion: "Any status before joined → withdrawn; a selected candidate's place is free again.",
        arguments: [id], options: [withdrawReason], groups: [.store, .json, .recording],
        examples: [Example("eig candidate withdraw C5-0042", "C5-0042 withdrew.")],
        run: { invocation in
            try CandidateCommands.execute(
                .withdraw(reason: invocation.value(of: withdrawReason)), on: try invocation.argument(id), invocation)
        })
}
