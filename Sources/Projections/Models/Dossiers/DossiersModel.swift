public import Programme

/// The dossiers read model: every project dossier with its edition, host and funding
/// administrations, title, requested profiles and count, status, submitted and decided
/// dates and jury averages.
///
/// The status follows `ProjectDossier.evolve` exactly (a test compares them on random
/// logs): an event applies to an existing dossier whatever its status, a second draft or
/// import of the same id is ignored.
public enum DossiersModel: ReadModel {
    public static let name = "dossiers"
    public static let version: UInt32 = 1
    public static let families: ProjectionEvent.Families = [.dossiers]

    /// The dossiers of one edition, by number.
    public struct Partition: Sendable, Equatable {
        public let edition: EditionKey
        var rows = NumberedRows<DossierRow>()

        public init(edition: EditionKey) { self.edition = edition }

        /// How many dossiers there are.
        public var count: Int { rows.count }

        /// The edition's dossiers in number order.
        public var dossiers: [DossierRow] { rows.inNumberOrder }

        public subscript(id: DossierID) -> DossierRow? {
            id.edition == edition ? rows[id.number] : nil
        }
    }

    public static func makePartition(_ edition: EditionKey) -> Partition { Partition(edition: edition) }

    public static func apply(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition) {
        switch event {
        case .dossierDrafted(let id, let headline):
            partition.rows.insert(DossierRow(id: id, status: .draft, headline: headline), number: id.number)
        case .dossierImported(let id, let headline, let challenge):
            var row = DossierRow(id: id, status: .accepted, headline: headline, isImported: true)
            row.challenge = challenge
            partition.rows.insert(row, number: id.number)
        case .dossierAmended(let id, let changes):
            update(id, in: &partition) { $0.headline = $0.headline.applying(changes) }
        case .dossierSubmitted(let id), .dossierResubmitted(let id):
            update(id, in: &partition) { row in
                row.status = .submitted
                if row.submittedOn == nil { row.submittedOn = context.parisDate }
            }
        case .dossierCorrectionRequested(let id):
            update(id, in: &partition) { $0.status = .correctionRequested }
        case .dossierReviewStarted(let id):
            update(id, in: &partition) { $0.status = .inReview }
        case .dossierPreselected(let id):
            update(id, in: &partition) { $0.status = .preselected }
        case .dossierEvaluated(let id, let scores):
            update(id, in: &partition) { row in
                row.status = .auditioned
                if let index = row.evaluations.firstIndex(where: { $0.juror == scores.juror }) {
                    row.evaluations[index] = scores
                } else {
                    row.evaluations.append(scores)
                }
            }
        case .dossierAccepted(let id, let accepted):
            update(id, in: &partition) { row in
                row.status = .accepted
                row.challenge = accepted.challenge
                row.decidedOn = context.parisDate
            }
        case .dossierRefused(let id):
            update(id, in: &partition) { row in
                row.status = .refused
                row.decidedOn = context.parisDate
            }
        case .dossierClosed(let id):
            update(id, in: &partition) { row in
                row.status = .closedWithoutFollowUp
                row.decidedOn = context.parisDate
            }
        case .dossierWithdrawn(let id):
            update(id, in: &partition) { $0.status = .withdrawn }
        case .dossierReopened(let id):
            update(id, in: &partition) { row in
                row.status = .inReview
                row.decidedOn = nil
                row.challenge = nil
            }
        case .editionOpened, .promotionAnnounced, .promotionStarted, .promotionEnded, .challengeWithdrawn,
            .candidateSelected, .selectionValidated, .candidateJoined, .candidateLeft, .candidateCompleted,
            .selectedCandidateWithdrew, .entrepreneurImported, .candidatureApplied, .candidaturePreselected,
            .candidatureDeclined, .preferencesGiven, .candidateInterviewed, .candidatureWithdrawn:
            break
        }
    }

    /// Changes an existing dossier in place; an event about a dossier never drafted changes nothing.
    private static func update(_ id: DossierID, in partition: inout Partition, _ change: (inout DossierRow) -> Void) {
        partition.rows.update(id.number, change)
    }
}
