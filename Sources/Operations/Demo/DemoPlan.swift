internal import Programme

/// The commands of the demo's simulated edition 5 (2021), with fixed command ids and the
/// business times they happened at, following the published figures: 18 project dossiers
/// filed and 16 accepted; 471 candidatures, 96 interviewed, 39 recruited.
///
/// Made from a seeded generator, so every run makes the same plan; the people it names get
/// ids derived from the command ids, so a second run names the same people.
struct DemoPlan {
    static let edition = EditionKey(number: 5)
    /// The 2021 calendar: projects 1 Feb – 7 Apr, candidates 1 Mar – 2 May, promotion from September.
    static let settings = EditionSettings(
        key: edition, year: 2021, projectCall: span("2021-02-01..2021-04-07"),
        candidateCall: span("2021-03-01..2021-05-02"), promotion: span("2021-09-01..2022-06-30"))
    /// The published figures the plan reproduces.
    static let candidatureCount = 471
    static let interviewedCount = 96
    static let recruitedCount = 39
    static let seed: UInt64 = 2021

    private(set) var commands: [ScheduledCommand] = []
    private(set) var resolver: PeopleResolver
    var random = SeededGenerator(seed: seed)

    init(vault: Vault) {
        resolver = PeopleResolver(vault: vault)
    }

    /// The whole plan, in business-time order.
    static func make(vault: Vault) throws(OperationsError) -> DemoPlan {
        var plan = DemoPlan(vault: vault)
        try plan.add("demo/edition-5/open", at: paris("2021-01-15", 10, 0)) { _ in .edition(edition, .open(settings)) }
        let seats = try plan.planDossiers()
        try plan.planCandidatures(seats: seats)
        try plan.add("demo/edition-5/announce", at: paris("2021-07-12", 10, 0)) { _ in
            .edition(edition, .announcePromotion)
        }
        try plan.add("demo/edition-5/start", at: paris("2021-09-01", 9, 0)) { _ in .edition(edition, .startPromotion) }
        plan.commands = plan.commands.enumerated().sorted {
            ($0.element.occurredAt, $0.offset) < ($1.element.occurredAt, $1.offset)
        }.map(\.element)
        return plan
    }

    /// Adds a command; the people it names are resolved with seeds made of its id.
    mutating func add(
        _ commandID: String, at occurredAt: BusinessInstant, naming people: [PersonRequest] = [],
        _ make: ([PersonID]) -> ProgrammeCommand
    ) throws(OperationsError) {
        var ids: [PersonID] = []
        for (index, person) in people.enumerated() {
            ids.append(try resolver.resolve(person, seed: "\(commandID)/\(index)"))
        }
        commands.append(ScheduledCommand(commandID: commandID, occurredAt: occurredAt, command: make(ids)))
    }

    /// A random time in office hours (9:00 to 17:59) on `date`, Paris time.
    mutating func officeHours(on date: BusinessDate) -> BusinessInstant {
        BusinessInstant(paris: date, hour: random.int(in: 9...17), minute: random.int(in: 0...59))!
    }

    /// A random day from `first` through `last`.
    mutating func day(from first: String, through last: String) -> BusinessDate {
        let start = Self.date(first)
        var count = 0
        while start.adding(days: count) < Self.date(last) { count += 1 }
        return start.adding(days: random.int(in: 0...count))
    }

    static func date(_ text: String) -> BusinessDate { try! BusinessDate(parsing: text) }
    static func span(_ text: String) -> DateSpan { try! DateSpan(parsing: text) }
    static func paris(_ text: String, _ hour: Int, _ minute: Int) -> BusinessInstant {
        BusinessInstant(paris: date(text), hour: hour, minute: minute)!
    }
}

/// A place of the promotion that the demo fills: a défi and the profile the place is for.
struct DemoSeat {
    var challenge: ChallengeID
    var profile: Profile
    /// Whether the candidate selected for it withdraws, and when.
    var withdrawal: Withdrawal?

    enum Withdrawal {
        /// Selected, then withdraws before the director validates.
        case beforeValidation
        /// Validated, then withdraws in the summer.
        case afterValidation
    }
}
