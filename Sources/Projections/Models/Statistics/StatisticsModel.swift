public import Programme

/// The statistics read model: per edition, the figures of `eig stats` kept up to date event
/// by event (``EditionSummary``), and the few facts per dossier and candidature the fold
/// needs to keep them exact (a dossier counted once however often it is resubmitted, a
/// decision undone by a reopening).
///
/// Queries read only the summaries: they come first in a partition's file, sealed by their
/// own checksum, so `eig stats` reads a few kilobytes per edition however long the log is;
/// a partition's facts are decoded from its file only when an event is folded into it.
///
/// Funnels count how many dossiers and candidatures ever reached each stage; decisions
/// (accepted, refused, closed, withdrawn) count the decision in force.
public enum StatisticsModel: ReadModel {
    public static let name = "statistics"
    public static let version: UInt32 = 3
    public static let families: ProjectionEvent.Families = .all

    public struct Partition: Sendable {
        public let edition: EditionKey
        /// nil until the edition is opened.
        var opening: EditionOpening?
        /// The promotion's first day, as announced (else as planned).
        var promotionStart: BusinessDate?
        /// The figures, in step with the facts.
        var summary = EditionSummary()
        /// The facts, once decoded (see ``pendingFacts``).
        var facts = Facts()
        /// The facts as read from the partition's file, not decoded yet: decoded at the first
        /// event folded, written back as they are when none was.
        var pendingFacts: ArraySlice<UInt8>?

        public init(edition: EditionKey) { self.edition = edition }
    }

    /// What the statistics keep of each dossier and candidature of an edition.
    struct Facts: Sendable, Equatable {
        /// By dossier number.
        var dossiers: [DossierFacts?] = []
        /// By candidature number.
        var candidatures: [CandidatureFacts] = []
        var withdrawnChallenges: [ChallengeID] = []
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
        partition.decodePendingFacts()
        switch event {
        case .editionOpened(let opening):
            if partition.opening == nil {
                partition.opening = opening
                partition.promotionStart = opening.promotion.first
            }
        case .promotionAnnounced(let dates):
            if partition.opening != nil { partition.promotionStart = dates.first }
        case .challengeWithdrawn(let challenge):
            guard partition.opening != nil else { return }
            let number = challenge.edition == partition.edition ? challenge.dossier.number : nil
            partition.changeDossier(number) { $0.withdrawnChallenges.append(challenge) }
        case .entrepreneurImported:
            if partition.opening != nil { partition.summary.addImportedEntrepreneur() }
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

extension StatisticsModel.Partition: Equatable {
    /// Equal when they hold the same figures and facts, decoded or not.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        var left = lhs
        var right = rhs
        left.decodePendingFacts()
        right.decodePendingFacts()
        return left.edition == right.edition && left.opening == right.opening
            && left.promotionStart == right.promotionStart && left.summary == right.summary
            && left.facts == right.facts
    }
}
