public import Programme

/// A défi with its current team, as `eig promotion show` prints it.
public struct ChallengeTeam: Sendable, Hashable {
    public let challenge: ChallengeRow
    /// Withdrawn from the promotion (for want of a candidate, say).
    public let isWithdrawn: Bool
    /// The seats that count towards the team now (selected, validated, joined, completed).
    public let members: [SeatRow]

    /// The profiles of the team's members, imported ones (whose profile the history does not
    /// give) left out.
    public var recruitedProfiles: [Profile] { members.compactMap(\.profile) }
    public var size: Int { members.count }
}
