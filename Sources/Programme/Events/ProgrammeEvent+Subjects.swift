extension ProgrammeEvent {
    /// Every aggregate the event is about: its own stream first, then the candidature a
    /// seat event names and the dossier of the défi it names.
    ///
    /// `history C5-0042` is the events whose subjects include `candidature-C5-0042` (its own
    /// stream and its seat in the edition's); `history P5-003` includes its défi's
    /// withdrawal and team events.
    public var subjects: [ProgrammeStream] {
        var subjects = [stream]
        if let candidature = seatCandidature { subjects.append(.candidature(candidature)) }
        if let challenge = namedChallenge, stream != .dossier(challenge.dossier) {
            subjects.append(.dossier(challenge.dossier))
        }
        return subjects
    }

    /// The edition the event belongs to.
    public var edition: EditionKey {
        switch stream {
        case .edition(let key): key
        case .dossier(let id): id.edition
        case .candidature(let id): id.edition
        }
    }

    private var seatCandidature: CandidatureID? {
        switch self {
        case .candidateSelected(let event): event.candidature
        case .selectionValidated(let event): event.candidature
        case .candidateJoined(let event): event.candidature
        case .candidateLeft(let event): event.candidature
        case .candidateCompleted(let event): event.candidature
        case .selectedCandidateWithdrew(let event): event.candidature
        default: nil
        }
    }

    /// The défi an edition-stream event names (candidature events name défis in
    /// preferences and interviews, but are not about them).
    private var namedChallenge: ChallengeID? {
        switch self {
        case .challengeWithdrawn(let event): event.challenge
        case .candidateSelected(let event): event.challenge
        case .selectionValidated(let event): event.challenge
        case .candidateJoined(let event): event.challenge
        case .candidateLeft(let event): event.challenge
        case .candidateCompleted(let event): event.challenge
        case .selectedCandidateWithdrew(let event): event.challenge
        case .entrepreneurImported(let event): event.challenge
        default: nil
        }
    }
}
