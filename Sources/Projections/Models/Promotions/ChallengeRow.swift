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

/// A place in a défi's team (`Seat` of the domain), with the person as an id.
public struct SeatRow: Sendable, Hashable {
    public let person: String
    public let challenge: ChallengeID
    /// The profile the person was selected for; nil for imported entrepreneurs.
    public let profile: Profile?
    /// The candidature the seat came from; nil for imported entrepreneurs.
    public let candidature: CandidatureID?
    public var status: SeatStatus

    public init(person: String, challenge: ChallengeID, profile: Profile?, candidature: CandidatureID?, status: SeatStatus) {
        self.person = person
        self.challenge = challenge
        self.profile = profile
        self.candidature = candidature
        self.status = status
    }
}

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
