public import Programme

/// A place in a défi's team (`Seat` of the domain), with the person as an id.
public struct SeatRow: Sendable, Hashable {
    public let person: String
    public let challenge: ChallengeID
    /// The profile the person was selected for; nil for imported entrepreneurs.
    public let profile: Profile?
    /// The candidature the seat came from; nil for imported entrepreneurs.
    public let candidature: CandidatureID?
    public var status: SeatStatus

    public init(
        person: String, challenge: ChallengeID, profile: Profile?, candidature: CandidatureID?, status: SeatStatus
    ) {
        self.person = person
        self.challenge = challenge
        self.profile = profile
        self.candidature = candidature
        self.status = status
    }
}
