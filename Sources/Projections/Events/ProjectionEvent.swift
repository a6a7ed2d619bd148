public import Programme

/// A domain event as the read models read it: the fields they use, decoded straight from the
/// payload by ``EventDecoder``, one case per case of `ProgrammeEvent`.
///
/// Why not `ProgrammeEvent` itself: building one goes through `Codable` and the identifiers'
/// validating parsers, microseconds per event, while a rebuild has a budget of a few hundred
/// nanoseconds. This mirror keeps the domain's ids (built from already checked parts), holds
/// people as their id's text (the read models only show it) and leaves out free texts no read
/// model shows (reasons, motivations, summaries). ``init(_:)`` maps any `ProgrammeEvent`
/// here, so a new domain event fails to compile until it is mapped, and the folds switch over
/// this enum exhaustively, so they fail to compile until they say what the new case does.
///
/// Edition-stream events carry no edition: the engine folds each event into the partition of
/// its edition (``DecodedEvent/edition``). The rare events with a large payload are
/// `indirect`, so that the value copied from the decoder to every fold stays small.
public enum ProjectionEvent: Sendable, Hashable {
    // edition-<key>: the edition and its promotion
    indirect case editionOpened(EditionOpening)
    indirect case promotionAnnounced(dates: DateSpan)
    case promotionStarted
    case promotionEnded
    case challengeWithdrawn(ChallengeID)
    // edition-<key>: seats of the teams
    case candidateSelected(CandidatureID, person: String, challenge: ChallengeID, profile: Profile)
    case selectionValidated(CandidatureID)
    case candidateJoined(CandidatureID)
    case candidateLeft(CandidatureID)
    case candidateCompleted(person: String, candidature: CandidatureID?)
    case selectedCandidateWithdrew(CandidatureID)
    case entrepreneurImported(person: String, challenge: ChallengeID)
    // dossier-<id>
    indirect case dossierDrafted(DossierID, DossierHeadline)
    indirect case dossierAmended(DossierID, DossierHeadlineChanges)
    case dossierSubmitted(DossierID)
    case dossierCorrectionRequested(DossierID)
    case dossierResubmitted(DossierID)
    case dossierReviewStarted(DossierID)
    case dossierPreselected(DossierID)
    case dossierEvaluated(DossierID, JurorScores)
    indirect case dossierAccepted(DossierID, AcceptedChallenge)
    case dossierRefused(DossierID)
    case dossierClosed(DossierID)
    case dossierWithdrawn(DossierID)
    case dossierReopened(DossierID)
    indirect case dossierImported(DossierID, DossierHeadline, challenge: ChallengeID)
    // candidature-<id>
    case candidatureApplied(CandidatureID, person: String, profile: Profile, experienceYears: Int)
    case candidaturePreselected(CandidatureID)
    case candidatureDeclined(CandidatureID)
    case preferencesGiven(CandidatureID, [ChallengeID])
    case candidateInterviewed(CandidatureID, InterviewScore)
    case candidatureWithdrawn(CandidatureID)
}

extension ProjectionEvent {
    /// The kinds of events, so that a read model can say which it reads and the engine
    /// does not load a partition for events that cannot change it.
    public struct Families: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The edition and its promotion's life.
        public static let edition = Families(rawValue: 1)
        /// Seats of the teams (edition stream).
        public static let seats = Families(rawValue: 2)
        public static let dossiers = Families(rawValue: 4)
        public static let candidatures = Families(rawValue: 8)
        public static let all: Families = [.edition, .seats, .dossiers, .candidatures]
    }

    /// The family of this event.
    public var family: Families {
        switch self {
        case .editionOpened, .promotionAnnounced, .promotionStarted, .promotionEnded, .challengeWithdrawn:
            .edition
        case .candidateSelected, .selectionValidated, .candidateJoined, .candidateLeft, .candidateCompleted,
            .selectedCandidateWithdrew, .entrepreneurImported:
            .seats
        case .dossierDrafted, .dossierAmended, .dossierSubmitted, .dossierCorrectionRequested, .dossierResubmitted,
            .dossierReviewStarted, .dossierPreselected, .dossierEvaluated, .dossierAccepted, .dossierRefused,
            .dossierClosed, .dossierWithdrawn, .dossierReopened, .dossierImported:
            .dossiers
        case .candidatureApplied, .candidaturePreselected, .candidatureDeclined, .preferencesGiven,
            .candidateInterviewed, .candidatureWithdrawn:
            .candidatures
        }
    }
}

/// What the read models keep of an edition's settings.
public struct EditionOpening: Sendable, Hashable {
    public var year: Int
    /// The promotion's planned first and last day (a later announcement may change them).
    public var promotion: DateSpan
    public var entrepreneursPerChallenge: ClosedRange<Int>

    public init(year: Int, promotion: DateSpan, entrepreneursPerChallenge: ClosedRange<Int>) {
        self.year = year
        self.promotion = promotion
        self.entrepreneursPerChallenge = entrepreneursPerChallenge
    }
}

/// What the read models show of a dossier's form: `DossierDetails` without the people, the
/// partners and the free texts.
public struct DossierHeadline: Sendable, Hashable {
    public var title: String
    public var host: String
    public var funding: String?
    public var entrepreneurs: Int
    public var profiles: [Profile]
    public var durationMonths: Int?

    public init(
        title: String, host: String, funding: String?, entrepreneurs: Int, profiles: [Profile], durationMonths: Int?
    ) {
        self.title = title
        self.host = host
        self.funding = funding
        self.entrepreneurs = entrepreneurs
        self.profiles = profiles
        self.durationMonths = durationMonths
    }

    /// The headline with `changes` applied, as `DossierAmendment.applied(to:)` does: a field
    /// the amendment gives replaces the current one, an absent one is kept.
    public func applying(_ changes: DossierHeadlineChanges) -> DossierHeadline {
        DossierHeadline(
            title: changes.title ?? title, host: changes.host ?? host, funding: changes.funding ?? funding,
            entrepreneurs: changes.entrepreneurs ?? entrepreneurs, profiles: changes.profiles ?? profiles,
            durationMonths: changes.durationMonths ?? durationMonths)
    }
}

/// The fields of a `DossierAmendment` the read models show; nil leaves a field as it is.
public struct DossierHeadlineChanges: Sendable, Hashable {
    public var title: String?
    public var host: String?
    public var funding: String?
    public var entrepreneurs: Int?
    public var profiles: [Profile]?
    public var durationMonths: Int?

    public init(
        title: String? = nil, host: String? = nil, funding: String? = nil, entrepreneurs: Int? = nil,
        profiles: [Profile]? = nil, durationMonths: Int? = nil
    ) {
        self.title = title
        self.host = host
        self.funding = funding
        self.entrepreneurs = entrepreneurs
        self.profiles = profiles
        self.durationMonths = durationMonths
    }
}

/// One juror's scores of a dossier, by criterion.
public struct JurorScores: Sendable, Hashable {
    public var juror: String
    public var scores: CriterionScores

    public init(juror: String, scores: CriterionScores) {
        self.juror = juror
        self.scores = scores
    }
}

/// Jury scores (1–4) by criterion, packed in one word so that folding an evaluation
/// allocates nothing: a byte per criterion, in the order of `Criterion.allCases`, 0 for a
/// criterion the evaluation did not score.
public struct CriterionScores: Sendable, Hashable {
    private var packed: UInt64 = 0

    public init() {}

    public init(_ scores: [Criterion: Int]) {
        for (criterion, score) in scores { self[criterion] = score }
    }

    /// The score given on `criterion`, nil when none was.
    public subscript(criterion: Criterion) -> Int? {
        get { self[index: Self.index(of: criterion)] }
        set { self[index: Self.index(of: criterion)] = newValue }
    }

    /// The score at `index` in `Criterion.allCases` order.
    subscript(index index: Int) -> Int? {
        get {
            let byte = Int((packed >> (UInt64(index) * 8)) & 0xFF)
            return byte == 0 ? nil : byte
        }
        set {
            let shift = UInt64(index) * 8
            packed = packed & ~(0xFF << shift) | UInt64(UInt8(clamping: newValue ?? 0)) << shift
        }
    }

    /// The criteria scored, with their scores, in `Criterion.allCases` order.
    public var all: [(Criterion, Int)] {
        Criterion.allCases.compactMap { criterion in self[criterion].map { (criterion, $0) } }
    }

    /// The packed bytes, for the persisted form.
    var rawValue: UInt64 {
        get { packed }
        set { packed = newValue }
    }

    static func index(of criterion: Criterion) -> Int {
        switch criterion {
        case .need: 0
        case .definition: 1
        case .commitment: 2
        case .transformation: 3
        case .openness: 4
        }
    }
}

/// What an acceptance asks of the promotion.
public struct AcceptedChallenge: Sendable, Hashable {
    public var challenge: ChallengeID
    public var profiles: [Profile]
    public var entrepreneurs: Int
    public var durationMonths: Int

    public init(challenge: ChallengeID, profiles: [Profile], entrepreneurs: Int, durationMonths: Int) {
        self.challenge = challenge
        self.profiles = profiles
        self.entrepreneurs = entrepreneurs
        self.durationMonths = durationMonths
    }
}

/// One interview of a candidate: the défi, the juror and the total out of 20.
public struct InterviewScore: Sendable, Hashable {
    public var challenge: ChallengeID
    public var juror: String
    /// The sum of the interview's scores, as `CandidateInterview.total` computes it.
    public var total: Int

    public init(challenge: ChallengeID, juror: String, total: Int) {
        self.challenge = challenge
        self.juror = juror
        self.total = total
    }
}
