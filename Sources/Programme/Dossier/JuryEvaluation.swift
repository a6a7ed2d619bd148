/// One juror's evaluation of a dossier at its audition: a score of 1 to 4 on each of the
/// edition's criteria, an optional opinion and an optional rank among the dossiers.
public struct JuryEvaluation: Hashable, Sendable, Codable {
    public let juror: PersonID
    public let scores: [Criterion: Int]
    public let opinion: JuryOpinion?
    /// The juror's rank for this dossier among those auditioned (1 = first).
    public let rank: Int?

    public init(juror: PersonID, scores: [Criterion: Int], opinion: JuryOpinion? = nil, rank: Int? = nil) {
        self.juror = juror
        self.scores = scores
        self.opinion = opinion
        self.rank = rank
    }

    /// The sum of the scores.
    public var total: Int { scores.values.reduce(0, +) }

    /// The highest rank a juror may give.
    public static let rankLimit = 999
}

/// A juror's overall opinion (avis favorable / défavorable).
public enum JuryOpinion: String, Codable, Sendable, Hashable, CaseIterable {
    case favourable
    case unfavourable
}

/// Why the programme sends a dossier back to its administration.
public enum CorrectionReason: String, Codable, Sendable, Hashable, CaseIterable {
    case incomplete
    case incorrect
    case outdated
}
