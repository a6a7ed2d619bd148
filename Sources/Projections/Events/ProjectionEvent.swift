public import Programme

/// A domain event as the read models read it: the fields they use, decoded straight from the
/// payload by ``EventDecoder``, one case per case of `ProgrammeEvent`.
///
/// Why not `ProgrammeEvent` itself: building one goes through `Codable` and the identifiers'
/// validating parsers, microseconds per event, while a rebuild has a budget of a few hundred
/// nanoseconds. This mirror keeps the domain's ids (built from already checked parts), holds
/// people as their id's text (the read models only show it) and leaves out free texts no read
/// model shows (reasons, motivations, summaries). ``init(_:)`` maps any `ProgrammeEvent`
/// here, so a new domain event fails to compile until it is mapped, and the folds switch over
/// this enum exhaustively, so they fail to compile until they say what the new case does.
///
/// Edition-stream events carry no edition: the engine folds each event into the partition of
/// its edition (``DecodedEvent/edition``). The rare events with a large payload are
/// `indirect`, so that the value copied from the decoder to every fold stays small.
public enum ProjectionEvent: Sendable, Hashable {
    // edition-<key>: the edition and its promotion
    indirect case editionOpened(EditionOpening)
    indirect case promotionAnnounced(dates: DateSpan)
    case promotionStarted
    case promotionEnded
    case challengeWithdrawn(ChallengeID)
    // edition-<key>: seats of the teams
    case candidateSelected(CandidatureID, person: String, challenge: ChallengeID, profile: Profile)
    case selectionValidated(CandidatureID)
    case candidateJoined(CandidatureID)
    case candidateLeft(CandidatureID)
    case candidateCompleted(person: String, candidature: CandidatureID?)
    case selectedCandidateWithdrew(CandidatureID)
    case entrepreneurImported(person: String, challenge: ChallengeID)
    // dossier-<id>
    indirect case dossierDrafted(DossierID, DossierHeadline)
    indirect case dossierAmended(DossierID, DossierHeadlineChanges)
    case dossierSubmitted(DossierID)
    case dossierCorrectionRequested(DossierID)
    case dossierResubmitted(DossierID)
    case dossierReviewStarted(DossierID)
    case dossierPreselected(DossierID)
    case dossierEvaluated(DossierID, JurorScores)
    indirect case dossierAccepted(DossierID, AcceptedChallenge)
    case dossierRefused(DossierID)
    case dossierClosed(DossierID)
    case dossierWithdrawn(DossierID)
    case dossierReopened(DossierID)
    indirect case dossierImported(DossierID, DossierHeadline, challenge: ChallengeID)
    // candidature-<id>
    case candidatureApplied(CandidatureID, person: String, profile: Profile, experienceYears: Int)
    case candidaturePreselected(CandidatureID)
    case candidatureDeclined(CandidatureID)
    case preferencesGiven(CandidatureID, [ChallengeID])
    case candidateInterviewed(CandidatureID, InterviewScore)
    case candidatureWithdrawn(CandidatureID)
}

extension ProjectionEvent {
    /// The kinds of events, so that a read model can say which it reads and the engine
    /// does not load a partition for events that cannot change it.
    public struct Families: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The edition and its promotion's life.
        public static let edition = Families(rawValue: 1)
        /// Seats of the teams (edition stream).
        public static let seats = Families(rawValue: 2)
        public static let dossiers = Families(rawValue: 4)
        public static let candidatures = Families(rawValue: 8)
        public static let all: Families = [.edition, .seats, .dossiers, .candidatures]
    }

    /// The family of this event.
    public var family: Families {
        switch self {
        case .editionOpened, .promotionAnnounced, .promotionStarted, .promotionEnded, .challengeWithdrawn:
            .edition
        case .candidateSelected, .selectionValidated, .candidateJoined, .candidateLeft, .candidateCompleted,
            .selectedCandidateWithdrew, .entrepreneurImported:
            .seats
        case .dossierDrafted, .dossierAmended, .dossierSubmitted, .dossierCorrectionRequested, .dossierResubmitted,
            .dossierReviewStarted, .dossierPreselected, .dossierEvaluated, .dossierAccepted, .dossierRefused,
            .dossierClosed, .dossierWithdrawn, .dossierReopened, .dossierImported:
            .dossiers
        case .candidatureApplied, .candidaturePreselected, .candidatureDeclined, .preferencesGiven,
            .candidateInterviewed, .candidatureWithdrawn:
            .candidatures
        }
    }
}
