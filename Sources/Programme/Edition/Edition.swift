/// An edition and its promotion (cohort): the aggregate of the stream `edition-<key>`.
///
/// It holds the settings every other decision of the edition reads, the promotion's
/// status, the défis withdrawn from the promotion and the seats of its teams.
public struct Edition: Hashable, Sendable, Codable {
    public let settings: EditionSettings
    public internal(set) var promotion: PromotionStatus
    /// Défis withdrawn from the promotion, with the reason, in the order they were withdrawn.
    public internal(set) var withdrawnChallenges: [WithdrawnChallenge]
    /// Every seat ever given, in order; a person holds at most one.
    public internal(set) var seats: [Seat]

    public init(settings: EditionSettings) {
        self.settings = settings
        promotion = .planned
        withdrawnChallenges = []
        seats = []
    }

    public var key: EditionKey { settings.key }

    public func isWithdrawn(_ challenge: ChallengeID) -> Bool {
        withdrawnChallenges.contains { $0.challenge == challenge }
    }

    /// The seats that count towards `challenge`'s team now.
    public func team(of challenge: ChallengeID) -> [Seat] {
        seats.filter { $0.challenge == challenge && $0.isOccupied }
    }

    /// The seat that came from `candidature`, if any.
    public func seat(of candidature: CandidatureID) -> Seat? {
        seats.last { $0.candidature == candidature }
    }

    /// The seat `person` holds or held in this promotion (withdrawn seats excluded).
    public func seat(of person: PersonID) -> Seat? {
        seats.last { $0.person == person && $0.status != .withdrawn }
    }
}

/// A défi taken out of the promotion, for want of a suitable candidate for instance.
public struct WithdrawnChallenge: Hashable, Sendable, Codable {
    public let challenge: ChallengeID
    public let reason: String
}
