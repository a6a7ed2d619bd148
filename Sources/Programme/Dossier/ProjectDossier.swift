/// A project dossier: the aggregate of the stream `dossier-<id>`.
///
/// `draft → submitted → in_review → preselected → auditioned → accepted | refused |
/// closed_without_follow_up`, plus `withdrawn` before a decision, `correction_requested`
/// (from submitted or in_review, until resubmitted) and `reopen` (a decided dossier back
/// to in_review). The first jury evaluation records the audition: a preselected dossier
/// becomes auditioned when a juror first evaluates it.
public struct ProjectDossier: Hashable, Sendable, Codable {
    public let id: DossierID
    public internal(set) var status: DossierStatus
    public internal(set) var details: DossierDetails
    /// One evaluation per juror, in the order jurors first evaluated; a juror's later
    /// evaluation replaces theirs in place.
    public internal(set) var evaluations: [JuryEvaluation]
    /// The latest correction request, kept after resubmission for the record.
    public internal(set) var correction: CorrectionRequest?
    /// The motivation of a refusal or a closing without follow-up.
    public internal(set) var motivation: String?
    /// Why the administration withdrew the dossier, when it said.
    public internal(set) var withdrawalReason: String?
    /// Why the latest decision was undone.
    public internal(set) var reopeningReason: String?
    /// The défi, while the dossier is accepted.
    public internal(set) var challenge: Challenge?
    /// Where an imported dossier comes from; nil for dossiers filed through the call.
    public internal(set) var importSource: String?

    init(id: DossierID, details: DossierDetails, status: DossierStatus) {
        self.id = id
        self.status = status
        self.details = details
        evaluations = []
    }

    public var edition: EditionKey { id.edition }
}

/// A request to correct a dossier.
public struct CorrectionRequest: Hashable, Sendable, Codable {
    public let reason: CorrectionReason
    public let message: String
}
