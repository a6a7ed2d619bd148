public import Programme

/// The promotions (cohorts) read model: per edition, the promotion's dates and status, and
/// its défis with host administration, requested and recruited profiles and team size.
///
/// Défis come from the accepted dossiers (as `PromotionContext` reads them); the promotion's
/// status, withdrawn défis and seats follow `Edition.evolve`, which ignores the edition's
/// stream until the edition is opened.
public enum PromotionsModel: ReadModel {
    public static let name = "promotions"
    public static let version: UInt32 = 1
    public static let families: ProjectionEvent.Families = [.edition, .seats, .dossiers]

    public struct Partition: Sendable, Equatable {
        public let edition: EditionKey
        /// nil until the edition is opened.
        public internal(set) var opening: EditionOpening?
        public internal(set) var status: PromotionStatus = .planned
        /// The dates announced, else those planned when the edition opened.
        public internal(set) var dates: DateSpan?
        /// Title and host of each dossier, by number, to name its défi when it is accepted.
        var heads: [Head?] = []
        /// The défi of each accepted dossier, by dossier number.
        var challengeSlots: [ChallengeRow?] = []
        public internal(set) var withdrawnChallenges: [ChallengeID] = []
        /// Every seat ever given, in order.
        public internal(set) var seats: [SeatRow] = []
        /// The last seat of each candidature, and each person's seats: the domain's
        /// `lastIndex(where:)` lookups without a scan.
        var seatOfCandidature: [CandidatureID: Int] = [:]
        var seatsOfPerson: [String: [Int]] = [:]

        struct Head: Sendable, Equatable {
            var title: String
            var host: String
        }

        public init(edition: EditionKey) { self.edition = edition }

        public var isOpened: Bool { opening != nil }

        /// The défis of accepted dossiers, withdrawn ones included, in id order.
        public var challenges: [ChallengeRow] { challengeSlots.compactMap { $0 } }

        /// Each défi with its current team, in id order.
        public var teams: [ChallengeTeam] {
            var members: [ChallengeID: [SeatRow]] = [:]
            for seat in seats where seat.status.isOccupied { members[seat.challenge, default: []].append(seat) }
            return challenges.map {
                ChallengeTeam(
                    challenge: $0, isWithdrawn: withdrawnChallenges.contains($0.id), members: members[$0.id] ?? [])
            }
        }
    }

    public static func makePartition(_ edition: EditionKey) -> Partition { Partition(edition: edition) }

    public static func apply(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition) {
        switch event {
        case .dossierDrafted, .dossierAmended, .dossierAccepted, .dossierImported, .dossierReopened:
            applyDossier(event, to: &partition)
        case .editionOpened(let opening):
            if partition.opening == nil {
                partition.opening = opening
                partition.dates = opening.promotion
            }
        case .promotionAnnounced(let dates):
            guard partition.isOpened else { return }
            partition.status = .announced
            partition.dates = dates
        case .promotionStarted:
            if partition.isOpened { partition.status = .started }
        case .promotionEnded:
            if partition.isOpened { partition.status = .ended }
        case .challengeWithdrawn(let challenge):
            if partition.isOpened { partition.withdrawnChallenges.append(challenge) }
        case .candidateSelected, .selectionValidated, .candidateJoined, .candidateLeft, .candidateCompleted,
            .selectedCandidateWithdrew, .entrepreneurImported:
            if partition.isOpened { applySeat(event, to: &partition) }
        case .dossierSubmitted, .dossierCorrectionRequested, .dossierResubmitted, .dossierReviewStarted,
            .dossierPreselected, .dossierEvaluated, .dossierRefused, .dossierClosed, .dossierWithdrawn,
            .candidatureApplied, .candidaturePreselected, .candidatureDeclined, .preferencesGiven,
            .candidateInterviewed, .candidatureWithdrawn:
            break
        }
    }

    private static func applyDossier(_ event: ProjectionEvent, to partition: inout Partition) {
        func grow(to number: Int) {
            if number > partition.heads.count {
                partition.heads.append(contentsOf: repeatElement(nil, count: number - partition.heads.count))
                partition.challengeSlots.append(
                    contentsOf: repeatElement(nil, count: number - partition.challengeSlots.count))
            }
        }
        switch event {
        case .dossierDrafted(let id, let headline):
            grow(to: id.number)
            if partition.heads[id.number - 1] == nil {
                partition.heads[id.number - 1] = Partition.Head(title: headline.title, host: headline.host)
            }
        case .dossierImported(let id, let headline, let challenge):
            grow(to: id.number)
            guard partition.heads[id.number - 1] == nil else { return }
            partition.heads[id.number - 1] = Partition.Head(title: headline.title, host: headline.host)
            partition.challengeSlots[id.number - 1] = ChallengeRow(
                id: challenge, title: headline.title, host: headline.host, profiles: headline.profiles,
                entrepreneurs: headline.entrepreneurs, durationMonths: headline.durationMonths, isImported: true)
        case .dossierAmended(let id, let changes):
            guard id.number <= partition.heads.count, let head = partition.heads[id.number - 1] else { return }
            partition.heads[id.number - 1] = Partition.Head(
                title: changes.title ?? head.title, host: changes.host ?? head.host)
        case .dossierAccepted(let id, let accepted):
            guard id.number <= partition.heads.count, let head = partition.heads[id.number - 1] else { return }
            partition.challengeSlots[id.number - 1] = ChallengeRow(
                id: accepted.challenge, title: head.title, host: head.host, profiles: accepted.profiles,
                entrepreneurs: accepted.entrepreneurs, durationMonths: accepted.durationMonths, isImported: false)
        case .dossierReopened(let id):
            guard id.number <= partition.heads.count, partition.heads[id.number - 1] != nil else { return }
            partition.challengeSlots[id.number - 1] = nil
        default:
            break
        }
    }

    private static func applySeat(_ event: ProjectionEvent, to partition: inout Partition) {
        switch event {
        case .candidateSelected(let candidature, let person, let challenge, let profile):
            addSeat(
                SeatRow(
                    person: person, challenge: challenge, profile: profile, candidature: candidature, status: .selected),
                to: &partition)
        case .entrepreneurImported(let person, let challenge):
            addSeat(
                SeatRow(person: person, challenge: challenge, profile: nil, candidature: nil, status: .joined),
                to: &partition)
        case .selectionValidated(let candidature): update(candidature, to: .validated, in: &partition)
        case .candidateJoined(let candidature): update(candidature, to: .joined, in: &partition)
        case .candidateLeft(let candidature): update(candidature, to: .left, in: &partition)
        case .selectedCandidateWithdrew(let candidature): update(candidature, to: .withdrawn, in: &partition)
        case .candidateCompleted(let person, _):
            if let index = partition.seatsOfPerson[person]?.last(where: { partition.seats[$0].status == .joined }) {
                partition.seats[index].status = .completed
            }
        default:
            break
        }
    }

    static func addSeat(_ seat: SeatRow, to partition: inout Partition) {
        let index = partition.seats.count
        partition.seats.append(seat)
        if let candidature = seat.candidature { partition.seatOfCandidature[candidature] = index }
        partition.seatsOfPerson[seat.person, default: []].append(index)
    }

    private static func update(_ candidature: CandidatureID, to status: SeatStatus, in partition: inout Partition) {
        if let index = partition.seatOfCandidature[candidature] { partition.seats[index].status = status }
    }
}
