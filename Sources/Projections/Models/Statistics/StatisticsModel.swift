public import Programme

/// The statistics read model: what the per-edition figures of ``StatisticsReport`` are
/// computed from, kept small (a few bytes per candidature, a short record per dossier) so
/// that `eig stats` reads little.
///
/// Funnels count how many dossiers and candidatures ever reached each stage; decisions
/// (accepted, refused, closed, withdrawn) count the decision in force.
public enum StatisticsModel: ReadModel {
    public static let name = "statistics"
    public static let version: UInt32 = 1
    public static let families: ProjectionEvent.Families = .all

    public struct Partition: Sendable, Equatable {
        public let edition: EditionKey
        /// nil until the edition is opened.
        var opening: EditionOpening?
        /// The promotion's first day, as announced (else as planned).
        var promotionStart: BusinessDate?
        /// By dossier number.
        var dossiers: [DossierFacts?] = []
        /// By candidature number.
        var candidatures: [CandidatureFacts] = []
        var importedEntrepreneurs = 0
        var withdrawnChallenges: [ChallengeID] = []

        public init(edition: EditionKey) { self.edition = edition }
    }

    /// What the statistics keep of a dossier.
    struct DossierFacts: Sendable, Equatable {
        var status: DossierStatus
        var reached: DossierStages = []
        var host: String
        var submittedOn: BusinessDate?
        var decidedOn: BusinessDate?
        var challenge: ChallengeID?
        var evaluations: [JurorScores] = []
    }

    /// The stages a dossier reached at least once.
    struct DossierStages: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        static let filed = DossierStages(rawValue: 1)
        static let preselected = DossierStages(rawValue: 2)
        static let auditioned = DossierStages(rawValue: 4)
    }

    /// What the statistics keep of a candidature: the stages it reached and the profile of
    /// its seat, two bytes.
    struct CandidatureFacts: Sendable, Equatable {
        var reached: CandidateStages = []
        /// `Profile.allCases` index + 1 of the seat's profile; 0 before a selection.
        var seatProfile: UInt8 = 0
    }

    struct CandidateStages: OptionSet, Sendable, Equatable {
        let rawValue: UInt8
        static let applied = CandidateStages(rawValue: 1)
        static let preselected = CandidateStages(rawValue: 2)
        static let interviewed = CandidateStages(rawValue: 4)
        static let selected = CandidateStages(rawValue: 8)
        static let joined = CandidateStages(rawValue: 16)
        static let left = CandidateStages(rawValue: 32)
    }

    public static func makePartition(_ edition: EditionKey) -> Partition { Partition(edition: edition) }

    public static func apply(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition) {
        switch event {
        case .editionOpened(let opening):
            if partition.opening == nil {
                partition.opening = opening
                partition.promotionStart = opening.promotion.first
            }
        case .promotionAnnounced(let dates):
            if partition.opening != nil { partition.promotionStart = dates.first }
        case .challengeWithdrawn(let challenge):
            if partition.opening != nil { partition.withdrawnChallenges.append(challenge) }
        case .entrepreneurImported:
            if partition.opening != nil { partition.importedEntrepreneurs += 1 }
        case .promotionStarted, .promotionEnded:
            break
        case .dossierDrafted, .dossierImported, .dossierAmended, .dossierSubmitted, .dossierResubmitted,
            .dossierCorrectionRequested, .dossierReviewStarted, .dossierPreselected, .dossierEvaluated,
            .dossierAccepted, .dossierRefused, .dossierClosed, .dossierWithdrawn, .dossierReopened:
            applyDossier(event, context, to: &partition)
        case .candidatureApplied, .candidaturePreselected, .candidatureDeclined, .preferencesGiven,
            .candidateInterviewed, .candidatureWithdrawn, .candidateSelected, .selectionValidated, .candidateJoined,
            .candidateLeft, .candidateCompleted, .selectedCandidateWithdrew:
            applyCandidature(event, to: &partition)
        }
    }
}
