import Operations
import Programme

/// `eig candidate apply --edition E --profile P --experience-years N --name NAME --email EMAIL [--phone P]`
enum CandidateApplyCommand {
    static let edition = Option(
        "edition", valueName: "E", help: "The edition whose candidate call this answers.", parser: .edition,
        isRequired: true)
    static let profile = Option(
        "profile", valueName: "P", help: "The candidate's profile.", parser: .choice(of: Profile.self),
        isRequired: true)
    static let experience = Option(
        "experience-years", valueName: "N", help: "Years of professional experience.",
        parser: .integer(in: CandidateApplication.experienceRange), isRequired: true)
    static let name = Option(
        "name", valueName: "NAME", help: "The candidate's name; kept in the vault only.", parser: .personName,
        isRequired: true)
    static let email = Option(
        "email", valueName: "EMAIL", help: "The candidate's e-mail address; kept in the vault only.",
        parser: .email, isRequired: true)
    static let phone = Option(
        "phone", valueName: "P", help: "The candidate's phone number; kept in the vault only.", parser: .phone)

    static let command = Command(
        name: "apply",
        summary: "File a candidature; prints its id.",
        discussion: "Records a candidature with the next free number of the edition (C5-0001…), only while "
            + "the candidate call is open. The name, e-mail and phone go to the vault; the log holds a "
            + "person id.",
        options: [edition, profile, experience, name, email, phone],
        groups: [.store, .json, .recording],
        examples: [
            Example(
                "eig candidate apply --edition 5 --profile dev --experience-years 6 \\\n"
                    + "      --name \"Léa Martin\" --email lea.martin@example.org",
                "File Léa Martin's candidature; prints its id, e.g. C5-0042.")
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let key = try invocation.required(edition)
        let candidate = PersonRequest(
            role: .candidate, name: try invocation.required(name), email: try invocation.required(email),
            phone: invocation.value(of: phone))
        let chosen = try invocation.required(profile)
        let years = try invocation.required(experience)
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.applyCandidate(
                in: key, candidate: candidate, profile: chosen, experienceYears: years, recording: invocation.recording)
        }
        invocation.reportCreated(outcome)
    }
}
