/// A place in a défi's team, held by one person of the promotion.
///
/// Seats live in the edition's stream: the promotion is the consistency boundary for the
/// two rules that span candidatures, "a team never exceeds what its défi requested" and
/// "a person is on at most one défi per promotion".
public struct Seat: Hashable, Sendable, Codable {
    public let person: PersonID
    public let challenge: ChallengeID
    /// The profile the person was selected for; nil for imported entrepreneurs, whose
    /// profile the published history does not give.
    public let profile: Profile?
    /// The candidature the seat came from; nil for imported entrepreneurs.
    public let candidature: CandidatureID?
    public internal(set) var status: SeatStatus

    /// Whether the seat counts towards its défi's team size now.
    public var isOccupied: Bool { status.isOccupied }
}

/// Where a seat is: `selected → validated → joined → completed | left`, or `withdrawn`
/// when the candidate withdrew after being selected, before joining.
public enum SeatStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case selected
    case validated
    case joined
    case completed
    case left
    case withdrawn

    /// Selected, validated, joined and completed seats count towards a team; a person who
    /// left or withdrew frees the place for someone else.
    public var isOccupied: Bool {
        switch self {
        case .selected, .validated, .joined, .completed: true
        case .left, .withdrawn: false
        }
    }
}
