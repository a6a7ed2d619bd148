/// The rules of one edition: the rules that changed over the years are settings, not constants.
///
/// An edition's settings are fixed when it opens (`EditionOpened`) and every decision about
/// its dossiers, candidatures and promotion reads them.
public struct EditionSettings: Hashable, Sendable {
    public var key: EditionKey
    /// The year the promotion starts (the programme numbers its promotions by it).
    public var year: Int
    /// The project call (appel à projets): administrations submit dossiers inside it.
    public var projectCall: DateSpan
    /// The candidate call (appel à candidatures): candidates apply inside it.
    public var candidateCall: DateSpan
    /// The promotion's first and last day.
    public var promotion: DateSpan
    /// How many entrepreneurs a dossier may request (2...3 in 2021, 1...3 for the first editions).
    public var entrepreneursPerChallenge: ClosedRange<Int>
    /// How long a défi lasts, in months (10...10; 6...12 for the design promotion).
    public var months: ClosedRange<Int>
    /// The profiles on offer, in the order the edition lists them.
    public var profiles: [Profile]
    /// The jury's criteria for project dossiers.
    public var criteria: [Criterion]
    /// How long after the promotion starts the personal data of candidates who were not
    /// selected is kept (default 24 months); applied by the retention job of Operations.
    public var retentionMonths: Int

    public init(
        key: EditionKey,
        year: Int,
        projectCall: DateSpan,
        candidateCall: DateSpan,
        promotion: DateSpan,
        entrepreneursPerChallenge: ClosedRange<Int> = 2...3,
        months: ClosedRange<Int> = 10...10,
        profiles: [Profile] = Profile.allCases,
        criteria: [Criterion] = Criterion.allCases,
        retentionMonths: Int = 24
    ) {
        self.key = key
        self.year = year
        self.projectCall = projectCall
        self.candidateCall = candidateCall
        self.promotion = promotion
        self.entrepreneursPerChallenge = entrepreneursPerChallenge
        self.months = months
        self.profiles = profiles
        self.criteria = criteria
        self.retentionMonths = retentionMonths
    }

    /// The day from which the retention job may erase non-selected candidates' data.
    public var retentionEnds: BusinessDate { promotion.first.adding(months: retentionMonths) }

    /// The length of a défi when its dossier does not say: the edition's longest.
    public var standardMonths: Int { months.upperBound }
}
