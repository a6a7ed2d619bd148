public import Programme

/// One candidature as `eig candidate list` shows it: the person by id only (names live in
/// the vault and are shown only where a command may show them).
public struct CandidatureRow: Sendable, Hashable {
    public let id: CandidatureID
    public let person: String
    public let profile: Profile
    public let experienceYears: Int
    public var status: CandidatureStatus
    /// The défis the candidate ranked, first preferred first.
    public var preferences: [ChallengeID]
    /// One interview per juror and défi, the latest.
    public var interviews: [InterviewScore]
    /// The défi and profile of the seat, from selection on.
    public var selectedChallenge: ChallengeID?
    public var selectedProfile: Profile?

    public init(id: CandidatureID, person: String, profile: Profile, experienceYears: Int) {
        self.id = id
        self.person = person
        self.profile = profile
        self.experienceYears = experienceYears
        status = .applied
        preferences = []
        interviews = []
    }

    public var edition: EditionKey { id.edition }

    /// The interview score out of 20: the mean of the interviews' totals, nil before any.
    public var interviewScore: Double? {
        guard !interviews.isEmpty else { return nil }
        return Double(interviews.reduce(0) { $0 + $1.total }) / Double(interviews.count)
    }
}
