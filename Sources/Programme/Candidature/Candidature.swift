/// A candidature: the aggregate of the stream `candidature-<id>`, completed by the seat
/// events of the edition's stream that name it.
///
/// `applied → preselected | not_preselected → preferences_given → interviewed → selected →
/// validated → joined → completed | left`, and `withdrawn` any time before joining. The
/// stages up to `interviewed` (and a withdrawal before selection) are recorded in the
/// candidature's stream; from `selected` on, in the edition's stream, where the promotion
/// keeps its teams within size and a person on one défi.
public struct Candidature: Hashable, Sendable, Codable {
    public let id: CandidatureID
    public let person: PersonID
    public let profile: Profile
    public let experienceYears: Int
    public internal(set) var status: CandidatureStatus
    /// The défis the candidate ranked, first preferred first.
    public internal(set) var preferences: [ChallengeID]
    /// One interview per juror and défi; a later one replaces the earlier in place.
    public internal(set) var interviews: [CandidateInterview]
    /// Why the candidature was not preselected.
    public internal(set) var declineReason: String?
    /// The seat, from selection on: the défi and the profile it was selected for.
    public internal(set) var placement: Placement?
    /// Why the candidate withdrew or left, when said.
    public internal(set) var exitReason: String?

    init(id: CandidatureID, application: CandidateApplication) {
        self.id = id
        person = application.person
        profile = application.profile
        experienceYears = application.experienceYears
        status = .applied
        preferences = []
        interviews = []
    }

    public var edition: EditionKey { id.edition }

    /// Whether a juror interviewed the candidate for `challenge`.
    public func wasInterviewed(for challenge: ChallengeID) -> Bool {
        interviews.contains { $0.challenge == challenge }
    }
}

/// Where a selected candidate is placed.
public struct Placement: Hashable, Sendable, Codable {
    public let challenge: ChallengeID
    public let profile: Profile
}
