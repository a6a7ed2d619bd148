public import Programme

// The payloads of ``ProjectionEvent``'s cases.

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
