import Operations
import Programme

/// `eig candidate prefer ID CHALLENGE [CHALLENGE [CHALLENGE]]`
enum CandidatePreferCommand {
    static let challenges = Argument(
        "CHALLENGE", help: "The défis, most wanted first (1 to 3).", parser: .challenge, count: 1...3)

    static let command = Command(
        name: "prefer", summary: "Record the défis a candidate ranks, most wanted first.",
        discussion: "preselected → preferences_given: 1 to 3 distinct accepted défis of the edition. Again "
            + "later, the new ranking replaces the earlier one.",
        arguments: [CandidateCommands.id, challenges], groups: [.store, .json, .recording],
        examples: [Example("eig candidate prefer C5-0042 D5-003 D5-007", "C5-0042 prefers D5-003, then D5-007.")],
        run: { invocation in
            try CandidateCommands.execute(
                .prefer(invocation.arguments(challenges)), on: try invocation.argument(CandidateCommands.id), invocation)
        })
}

/// `eig candidate interview ID --challenge C --juror NAME --scores A,B,C,D,E`
enum CandidateInterviewCommand {
    static let challenge = Option(
        "challenge", valueName: "C", help: "The défi the interview was for.", parser: .challenge, isRequired: true)
    static let juror = Option(
        "juror", valueName: "NAME", help: "The interviewer; kept in the vault, found again by name.",
        parser: .personName, isRequired: true)
    static let scores = Option(
        "scores", valueName: "A,B,C,D,E", help: "Five scores from 0 to 4 (total out of 20).",
        parser: .list(
            of: .integer(in: CandidateInterview.scoreRange), count: CandidateInterview.scoreCount...CandidateInterview.scoreCount,
            allowsDuplicates: true),
        isRequired: true)

    static let command = Command(
        name: "interview", summary: "Record an interview's scores for a défi the candidate ranked.",
        discussion: "→ interviewed. One interview per juror and défi: the same juror again replaces their "
            + "earlier scores.",
        arguments: [CandidateCommands.id], options: [challenge, juror, scores], groups: [.store, .json, .recording],
        examples: [
            Example(
                "eig candidate interview C5-0042 --challenge D5-003 --juror \"Julie Moreau\" \\\n"
                    + "      --scores 4,3,4,3,4",
                "Julie Moreau interviewed C5-0042 for D5-003: 18/20.")
        ],
        run: { invocation in
            let candidature = try invocation.argument(CandidateCommands.id)
            let interviewed = try invocation.required(challenge)
            let given = try invocation.required(scores)
            let name = try invocation.required(juror)
            let office = try invocation.openOffice()
            let outcome = try invocation.perform { () throws(OperationsError) in
                try office.execute(
                    recording: invocation.recording, naming: [PersonRequest(role: .juror, name: name)]
                ) { people in
                    .candidature(
                        candidature,
                        .interview(CandidateInterview(challenge: interviewed, juror: people[0], scores: given)))
                }
            }
            try CandidateCommands.report(outcome, candidature, office: office, invocation)
        })
}

/// `eig candidate select ID --challenge C --profile P`
enum CandidateSelectCommand {
    static let challenge = Option(
        "challenge", valueName: "C", help: "The défi the candidate joins.", parser: .challenge, isRequired: true)
    static let profile = Option(
        "profile", valueName: "P", help: "The profile, among those the défi requested.",
        parser: .choice(of: Profile.self), isRequired: true)

    static let command = Command(
        name: "select", summary: "Give a candidate a place on a défi.",
        discussion: "interviewed → selected, for a défi the candidate was interviewed for and a profile it "
            + "requested; the team never exceeds what the défi requested, and a person joins one défi per "
            + "promotion.",
        arguments: [CandidateCommands.id], options: [challenge, profile], groups: [.store, .json, .recording],
        examples: [Example("eig candidate select C5-0042 --challenge D5-003 --profile dev", "Select C5-0042.")],
        run: { invocation in
            try CandidateCommands.execute(
                .select(try invocation.required(challenge), profile: try invocation.required(profile)),
                on: try invocation.argument(CandidateCommands.id), invocation)
        })
}
