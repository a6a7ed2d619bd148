/// Every event the domain records, one case per type: projections switch over it
/// exhaustively, so a new event type is a compile error wherever it is not handled.
///
/// The catalogue, with each event's stream, schema version and fields, is `EVENTS.md`
/// beside this file.
public enum ProgrammeEvent: Sendable, Hashable {
    // edition-<key>: the edition and its promotion
    case editionOpened(EditionOpened)
    case promotionAnnounced(PromotionAnnounced)
    case promotionStarted(PromotionStarted)
    case promotionEnded(PromotionEnded)
    case challengeWithdrawn(ChallengeWithdrawn)
    // edition-<key>: seats of the teams
    case candidateSelected(CandidateSelected)
    case selectionValidated(SelectionValidated)
    case candidateJoined(CandidateJoined)
    case candidateLeft(CandidateLeft)
    case candidateCompleted(CandidateCompleted)
    case selectedCandidateWithdrew(SelectedCandidateWithdrew)
    case entrepreneurImported(EntrepreneurImported)
    // dossier-<id>
    case dossierDrafted(DossierDrafted)
    case dossierAmended(DossierAmended)
    case dossierSubmitted(DossierSubmitted)
    case dossierCorrectionRequested(DossierCorrectionRequested)
    case dossierResubmitted(DossierResubmitted)
    case dossierReviewStarted(DossierReviewStarted)
    case dossierPreselected(DossierPreselected)
    case dossierEvaluated(DossierEvaluated)
    case dossierAccepted(DossierAccepted)
    case dossierRefused(DossierRefused)
    case dossierClosed(DossierClosed)
    case dossierWithdrawn(DossierWithdrawn)
    case dossierReopened(DossierReopened)
    case dossierImported(DossierImported)
    // candidature-<id>
    case candidatureApplied(CandidatureApplied)
    case candidaturePreselected(CandidaturePreselected)
    case candidatureDeclined(CandidatureDeclined)
    case preferencesGiven(PreferencesGiven)
    case candidateInterviewed(CandidateInterviewed)
    case candidatureWithdrawn(CandidatureWithdrawn)

    /// The event's payload.
    public var payload: any EventPayload {
        switch self {
        case .editionOpened(let payload): payload
        case .promotionAnnounced(let payload): payload
        case .promotionStarted(let payload): payload
        case .promotionEnded(let payload): payload
        case .challengeWithdrawn(let payload): payload
        case .candidateSelected(let payload): payload
        case .selectionValidated(let payload): payload
        case .candidateJoined(let payload): payload
        case .candidateLeft(let payload): payload
        case .candidateCompleted(let payload): payload
        case .selectedCandidateWithdrew(let payload): payload
        case .entrepreneurImported(let payload): payload
        case .dossierDrafted(let payload): payload
        case .dossierAmended(let payload): payload
        case .dossierSubmitted(let payload): payload
        case .dossierCorrectionRequested(let payload): payload
        case .dossierResubmitted(let payload): payload
        case .dossierReviewStarted(let payload): payload
        case .dossierPreselected(let payload): payload
        case .dossierEvaluated(let payload): payload
        case .dossierAccepted(let payload): payload
        case .dossierRefused(let payload): payload
        case .dossierClosed(let payload): payload
        case .dossierWithdrawn(let payload): payload
        case .dossierReopened(let payload): payload
        case .dossierImported(let payload): payload
        case .candidatureApplied(let payload): payload
        case .candidaturePreselected(let payload): payload
        case .candidatureDeclined(let payload): payload
        case .preferencesGiven(let payload): payload
        case .candidateInterviewed(let payload): payload
        case .candidatureWithdrawn(let payload): payload
        }
    }

    /// The type name recorded with the event (`"DossierSubmitted"`).
    public var typeName: String { type(of: payload).typeName }
    /// The schema version its payload is encoded at.
    public var schemaVersion: UInt16 { type(of: payload).schemaVersion }
    /// The stream it belongs to.
    public var stream: ProgrammeStream { payload.stream }

    /// Every event type, with how to wrap a decoded payload: the decoding table.
    static let catalogue: [any CatalogueEntry] = [
        Entry(EditionOpened.self, ProgrammeEvent.editionOpened),
        Entry(PromotionAnnounced.self, ProgrammeEvent.promotionAnnounced),
        Entry(PromotionStarted.self, ProgrammeEvent.promotionStarted),
        Entry(PromotionEnded.self, ProgrammeEvent.promotionEnded),
        Entry(ChallengeWithdrawn.self, ProgrammeEvent.challengeWithdrawn),
        Entry(CandidateSelected.self, ProgrammeEvent.candidateSelected),
        Entry(SelectionValidated.self, ProgrammeEvent.selectionValidated),
        Entry(CandidateJoined.self, ProgrammeEvent.candidateJoined),
        Entry(CandidateLeft.self, ProgrammeEvent.candidateLeft),
        Entry(CandidateCompleted.self, ProgrammeEvent.candidateCompleted),
        Entry(SelectedCandidateWithdrew.self, ProgrammeEvent.selectedCandidateWithdrew),
        Entry(EntrepreneurImported.self, ProgrammeEvent.entrepreneurImported),
        Entry(DossierDrafted.self, ProgrammeEvent.dossierDrafted),
        Entry(DossierAmended.self, ProgrammeEvent.dossierAmended),
        Entry(DossierSubmitted.self, ProgrammeEvent.dossierSubmitted),
        Entry(DossierCorrectionRequested.self, ProgrammeEvent.dossierCorrectionRequested),
        Entry(DossierResubmitted.self, ProgrammeEvent.dossierResubmitted),
        Entry(DossierReviewStarted.self, ProgrammeEvent.dossierReviewStarted),
        Entry(DossierPreselected.self, ProgrammeEvent.dossierPreselected),
        Entry(DossierEvaluated.self, ProgrammeEvent.dossierEvaluated),
        Entry(DossierAccepted.self, ProgrammeEvent.dossierAccepted),
        Entry(DossierRefused.self, ProgrammeEvent.dossierRefused),
        Entry(DossierClosed.self, ProgrammeEvent.dossierClosed),
        Entry(DossierWithdrawn.self, ProgrammeEvent.dossierWithdrawn),
        Entry(DossierReopened.self, ProgrammeEvent.dossierReopened),
        Entry(DossierImported.self, ProgrammeEvent.dossierImported),
        Entry(CandidatureApplied.self, ProgrammeEvent.candidatureApplied),
        Entry(CandidaturePreselected.self, ProgrammeEvent.candidaturePreselected),
        Entry(CandidatureDeclined.self, ProgrammeEvent.candidatureDeclined),
        Entry(PreferencesGiven.self, ProgrammeEvent.preferencesGiven),
        Entry(CandidateInterviewed.self, ProgrammeEvent.candidateInterviewed),
        Entry(CandidatureWithdrawn.self, ProgrammeEvent.candidatureWithdrawn),
    ]
}
