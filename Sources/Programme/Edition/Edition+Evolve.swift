extension Edition {
    /// Applies one event of the edition's stream (edition, promotion and seats). Events of
    /// other streams, and events that cannot apply, leave the state unchanged.
    public static func evolve(_ state: Edition?, _ event: ProgrammeEvent) -> Edition? {
        if case .editionOpened(let opened) = event {
            return state ?? Edition(settings: opened.settings)
        }
        guard var edition = state, event.stream == .edition(edition.key) else { return state }
        edition.apply(event)
        return edition
    }

    /// Folds a stream's events from the start.
    public static func fold(_ events: some Sequence<ProgrammeEvent>) -> Edition? {
        events.reduce(nil, evolve)
    }

    private mutating func apply(_ event: ProgrammeEvent) {
        switch event {
        case .promotionAnnounced: promotion = .announced
        case .promotionStarted: promotion = .started
        case .promotionEnded: promotion = .ended
        case .challengeWithdrawn(let withdrawn):
            withdrawnChallenges.append(WithdrawnChallenge(challenge: withdrawn.challenge, reason: withdrawn.reason))
        case .candidateSelected(let selected):
            seats.append(
                Seat(
                    person: selected.person, challenge: selected.challenge, profile: selected.profile,
                    candidature: selected.candidature, status: .selected))
        case .entrepreneurImported(let imported):
            seats.append(
                Seat(
                    person: imported.person, challenge: imported.challenge, profile: nil, candidature: nil,
                    status: .joined))
        case .selectionValidated(let validated): update(candidature: validated.candidature, to: .validated)
        case .candidateJoined(let joined): update(candidature: joined.candidature, to: .joined)
        case .candidateLeft(let left): update(candidature: left.candidature, to: .left)
        case .selectedCandidateWithdrew(let withdrew): update(candidature: withdrew.candidature, to: .withdrawn)
        case .candidateCompleted(let completed):
            if let index = seats.lastIndex(where: { $0.person == completed.person && $0.status == .joined }) {
                seats[index].status = .completed
            }
        default:
            break
        }
    }

    private mutating func update(candidature: CandidatureID, to status: SeatStatus) {
        if let index = seats.lastIndex(where: { $0.candidature == candidature }) {
            seats[index].status = status
        }
    }
}
