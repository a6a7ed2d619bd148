public import Programme

/// A défi of a promotion: what its accepted dossier asked for, and its team.
public struct ChallengeRow: Sendable, Hashable {
    public let id: ChallengeID
    public let title: String
    public let host: String
    /// The profiles it requested.
    public let profiles: [Profile]
    /// How many entrepreneurs it requested.
    public let entrepreneurs: Int
    public let durationMonths: Int?
    /// Recorded from the published history.
    public let isImported: Bool

    public init(
        id: ChallengeID, title: String, host: String, profiles: [Profile], entrepreneurs: Int, durationMonths: Int?,
        isImported: Bool
    ) {
        self.id = id
        self.title = title
        self.host = host
        self.profiles = profiles
        self.entrepreneurs = entrepreneurs
        self.durationMonths = durationMonths
        self.isImported = isImported
    }
}
