import Operations
import Programme

/// `eig edition open E --year Y --projects FROM..TO --candidates FROM..TO --promotion FROM..TO`
enum EditionOpenCommand {
    static let edition = Argument("E", help: "The edition to open, e.g. 5 or dig.", parser: .edition)
    static let year = Option(
        "year", valueName: "Y", help: "The year its promotion starts.", parser: .integer(in: 1996...2199),
        isRequired: true)
    static let projects = Option(
        "projects", valueName: "FROM..TO", help: "The project call: dossiers are submitted inside it.",
        parser: .days, isRequired: true)
    static let candidates = Option(
        "candidates", valueName: "FROM..TO", help: "The candidate call: candidates apply inside it.",
        parser: .days, isRequired: true)
    static let promotion = Option(
        "promotion", valueName: "FROM..TO", help: "The promotion's first and last day.", parser: .days,
        isRequired: true)
    static let eigs = Option(
        "eigs-per-challenge", valueName: "MIN..MAX", help: "How many entrepreneurs a défi may request.",
        parser: .integerRange(within: 1...EditionSettings.entrepreneurLimit), defaultDescription: "2..3")
    static let months = Option(
        "months", valueName: "N", help: "How long a défi lasts, in months: N or MIN..MAX.",
        parser: .countOrRange(within: 1...EditionSettings.monthLimit), defaultDescription: "10")
    static let profiles = Option(
        "profiles", valueName: "LIST", help: "The profiles on offer, comma-separated.",
        parser: .list(of: .choice(of: Profile.self)), defaultDescription: "all seven")

    static let command = Command(
        name: "open",
        summary: "Open an edition with its calendar and rules.",
        discussion: "Opens edition E: its two calls, its promotion's dates and the rules that changed over "
            + "the years (entrepreneurs per défi, length, profiles). A bare end date means 23:59 that day, "
            + "Europe/Paris. The settings are fixed from then on.",
        arguments: [edition],
        options: [year, projects, candidates, promotion, eigs, months, profiles],
        groups: [.store, .json, .recording],
        examples: [
            Example(
                "eig edition open 5 --year 2021 --projects 2021-02-01..2021-04-07 \\\n"
                    + "      --candidates 2021-03-01..2021-05-02 --promotion 2021-09-01..2022-06-30",
                "Open edition 5 with the 2021 calendar (2 or 3 entrepreneurs per défi, 10 months).")
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let key = try invocation.argument(edition)
        let settings = EditionSettings(
            key: key, year: try invocation.required(year), projectCall: try invocation.required(projects),
            candidateCall: try invocation.required(candidates), promotion: try invocation.required(promotion),
            entrepreneursPerChallenge: invocation.value(of: eigs) ?? 2...3,
            months: invocation.value(of: months) ?? 10...10,
            profiles: invocation.value(of: profiles) ?? Profile.allCases)
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.execute(.edition(key, .open(settings)), recording: invocation.recording)
        }
        invocation.reportCreated(outcome)
    }
}
