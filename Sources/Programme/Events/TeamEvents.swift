// Events of the stream `edition-<key>` about the seats of the promotion's teams. They name
// the candidature they concern, so a candidature's read model folds them too.

/// A candidate was selected for a défi and one of the profiles it requested.
public struct CandidateSelected: EventPayload {
    public static let typeName = "CandidateSelected"
    public let edition: EditionKey
    public let candidature: CandidatureID
    public let person: PersonID
    public let challenge: ChallengeID
    public let profile: Profile
    public init(
        edition: EditionKey, candidature: CandidatureID, person: PersonID, challenge: ChallengeID, profile: Profile
    ) {
        self.edition = edition
        self.candidature = candidature
        self.person = person
        self.challenge = challenge
        self.profile = profile
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// The programme director validated a selection.
public struct SelectionValidated: EventPayload {
    public static let typeName = "SelectionValidated"
    public let edition: EditionKey
    public let candidature: CandidatureID
    public let challenge: ChallengeID
    public init(edition: EditionKey, candidature: CandidatureID, challenge: ChallengeID) {
        self.edition = edition
        self.candidature = candidature
        self.challenge = challenge
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// The entrepreneur joined the défi: the ten months began.
public struct CandidateJoined: EventPayload {
    public static let typeName = "CandidateJoined"
    public let edition: EditionKey
    public let candidature: CandidatureID
    public let person: PersonID
    public let challenge: ChallengeID
    public init(edition: EditionKey, candidature: CandidatureID, person: PersonID, challenge: ChallengeID) {
        self.edition = edition
        self.candidature = candidature
        self.person = person
        self.challenge = challenge
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// The entrepreneur left the défi before its end; the place is free again.
public struct CandidateLeft: EventPayload {
    public static let typeName = "CandidateLeft"
    public let edition: EditionKey
    public let candidature: CandidatureID
    public let challenge: ChallengeID
    public let reason: String
    public init(edition: EditionKey, candidature: CandidatureID, challenge: ChallengeID, reason: String) {
        self.edition = edition
        self.candidature = candidature
        self.challenge = challenge
        self.reason = reason
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// The entrepreneur completed the défi. Imported entrepreneurs have no candidature, so the
/// seat is named by `person`.
public struct CandidateCompleted: EventPayload {
    public static let typeName = "CandidateCompleted"
    public let edition: EditionKey
    public let person: PersonID
    public let candidature: CandidatureID?
    public let challenge: ChallengeID
    public init(edition: EditionKey, person: PersonID, candidature: CandidatureID?, challenge: ChallengeID) {
        self.edition = edition
        self.person = person
        self.candidature = candidature
        self.challenge = challenge
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// A selected (or validated) candidate withdrew before joining; the place is free again.
/// A candidate without a seat withdraws with `CandidatureWithdrawn` in their own stream.
public struct SelectedCandidateWithdrew: EventPayload {
    public static let typeName = "SelectedCandidateWithdrew"
    public let edition: EditionKey
    public let candidature: CandidatureID
    public let challenge: ChallengeID
    public let reason: String?
    public init(edition: EditionKey, candidature: CandidatureID, challenge: ChallengeID, reason: String?) {
        self.edition = edition
        self.candidature = candidature
        self.challenge = challenge
        self.reason = reason
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// An entrepreneur of a past promotion, known only by count from the published history,
/// recorded as having joined a défi (import of `eig-defis-2017-2020.csv`).
public struct EntrepreneurImported: EventPayload {
    public static let typeName = "EntrepreneurImported"
    public let edition: EditionKey
    public let person: PersonID
    public let challenge: ChallengeID
    /// Where the record comes from (file and row key).
    public let source: String
    public init(edition: EditionKey, person: PersonID, challenge: ChallengeID, source: String) {
        self.edition = edition
        self.person = person
        self.challenge = challenge
        self.source = source
    }
    public var stream: ProgrammeStream { .edition(edition) }
}
