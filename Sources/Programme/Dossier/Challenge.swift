/// A défi of a promotion: what an accepted dossier asks of the promotion.
///
/// Seat decisions (select, join, withdraw from the promotion) read it from the accepted
/// dossier; the caller loads it into a `PromotionContext`.
public struct Challenge: Hashable, Sendable, Codable {
    public let id: ChallengeID
    public let title: String
    public let host: String
    /// The profiles the défi requested; every member is selected for one of them.
    public let profiles: [Profile]
    /// How many entrepreneurs it requested: the most its team may hold at once.
    public let entrepreneurs: Int
    public let durationMonths: Int

    public init(
        id: ChallengeID, title: String, host: String, profiles: [Profile], entrepreneurs: Int, durationMonths: Int
    ) {
        self.id = id
        self.title = title
        self.host = host
        self.profiles = profiles
        self.entrepreneurs = entrepreneurs
        self.durationMonths = durationMonths
    }
}
