/// One interview of a candidate for a défi: five scores out of 4, a total out of 20.
public struct CandidateInterview: Hashable, Sendable, Codable {
    public let challenge: ChallengeID
    public let juror: PersonID
    public let scores: [Int]

    public init(challenge: ChallengeID, juror: PersonID, scores: [Int]) {
        self.challenge = challenge
        self.juror = juror
        self.scores = scores
    }

    /// The total out of 20.
    public var total: Int { scores.reduce(0, +) }

    /// How many scores an interview gives.
    public static let scoreCount = 5
    /// The range of each score.
    public static let scoreRange: ClosedRange<Int> = 0...4
}

/// What a candidate files: a profile and years of experience; the person's name and
/// contact details go to the vault, the log holds `person`.
public struct CandidateApplication: Hashable, Sendable, Codable {
    public let person: PersonID
    public let profile: Profile
    public let experienceYears: Int

    public init(person: PersonID, profile: Profile, experienceYears: Int) {
        self.person = person
        self.profile = profile
        self.experienceYears = experienceYears
    }

    /// Years of experience a candidate may declare.
    public static let experienceRange: ClosedRange<Int> = 0...60
}
