public import Programme

/// The candidatures read model: status, edition, profile, preferences, interview score and
/// the défi and profile selected, with the person as an id.
///
/// It follows `Candidature.evolve` (a test compares them on random logs): the candidature's
/// own events, and the seat events of its edition's stream that name it.
public enum CandidaturesModel: ReadModel {
    public static let name = "candidatures"
    public static let version: UInt32 = 1
    public static let families: ProjectionEvent.Families = [.candidatures, .seats]

    /// The candidatures of one edition, by number.
    public struct Partition: Sendable, Equatable {
        public let edition: EditionKey
        var rows = NumberedRows<CandidatureRow>()

        public init(edition: EditionKey) { self.edition = edition }

        /// How many candidatures there are.
        public var count: Int { rows.count }

        /// The edition's candidatures in number order.
        public var candidatures: [CandidatureRow] { rows.inNumberOrder }

        public subscript(id: CandidatureID) -> CandidatureRow? {
            id.edition == edition ? rows[id.number] : nil
        }
    }

    public static func makePartition(_ edition: EditionKey) -> Partition { Partition(edition: edition) }

    public static func apply(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition) {
        switch event {
        case .candidatureApplied(let id, let person, let profile, let years):
            guard id.edition == partition.edition else { return }
            partition.rows.insert(
                CandidatureRow(id: id, person: person, profile: profile, experienceYears: years), number: id.number)
        case .candidaturePreselected(let id):
            update(id, in: &partition) { $0.status = .preselected }
        case .candidatureDeclined(let id):
            update(id, in: &partition) { $0.status = .notPreselected }
        case .preferencesGiven(let id, let challenges):
            update(id, in: &partition) { row in
                row.status = .preferencesGiven
                row.preferences = challenges
            }
        case .candidateInterviewed(let id, let interview):
            update(id, in: &partition) { row in
                row.status = .interviewed
                if let index = row.interviews.firstIndex(where: {
                    $0.juror == interview.juror && $0.challenge == interview.challenge
                }) {
                    row.interviews[index] = interview
                } else {
                    row.interviews.append(interview)
                }
            }
        case .candidatureWithdrawn(let id), .selectedCandidateWithdrew(let id):
            update(id, in: &partition) { $0.status = .withdrawn }
        case .candidateSelected(let id, _, let challenge, let profile):
            update(id, in: &partition) { row in
                row.status = .selected
                row.selectedChallenge = challenge
                row.selectedProfile = profile
            }
        case .selectionValidated(let id):
            update(id, in: &partition) { $0.status = .validated }
        case .candidateJoined(let id):
            update(id, in: &partition) { $0.status = .joined }
        case .candidateLeft(let id):
            update(id, in: &partition) { $0.status = .left }
        case .candidateCompleted(_, let candidature?):
            update(candidature, in: &partition) { $0.status = .completed }
        case .candidateCompleted(_, nil), .editionOpened, .promotionAnnounced, .promotionStarted, .promotionEnded,
            .challengeWithdrawn, .entrepreneurImported, .dossierDrafted, .dossierAmended, .dossierSubmitted,
            .dossierCorrectionRequested, .dossierResubmitted, .dossierReviewStarted, .dossierPreselected,
            .dossierEvaluated, .dossierAccepted, .dossierRefused, .dossierClosed, .dossierWithdrawn, .dossierReopened,
            .dossierImported:
            break
        }
    }

    /// Changes an existing candidature of the partition's edition in place.
    private static func update(
        _ id: CandidatureID, in partition: inout Partition, _ change: (inout CandidatureRow) -> Void
    ) {
        guard id.edition == partition.edition else { return }
        partition.rows.update(id.number, change)
    }
}
