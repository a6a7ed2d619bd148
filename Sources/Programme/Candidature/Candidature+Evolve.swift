extension Candidature {
    /// Applies one event: the candidature's own, or a seat event of the edition's stream
    /// naming it. Any other event leaves the state unchanged.
    public static func evolve(_ state: Candidature?, _ event: ProgrammeEvent) -> Candidature? {
        if case .candidatureApplied(let applied) = event {
            return state
                ?? Candidature(
                    id: applied.candidature,
                    application: CandidateApplication(
                        person: applied.person, profile: applied.profile, experienceYears: applied.experienceYears))
        }
        guard var candidature = state else { return nil }
        candidature.apply(event)
        return candidature
    }

    /// Folds the candidature's stream, then the seat events of its edition's stream.
    ///
    /// Seat events always follow the candidature's own events in time (selection needs an
    /// interview), so reading the two streams one after the other gives the right state.
    public static func fold(
        _ events: some Sequence<ProgrammeEvent>, editionEvents: some Sequence<ProgrammeEvent> = []
    ) -> Candidature? {
        editionEvents.reduce(events.reduce(nil, evolve), evolve)
    }

    private mutating func apply(_ event: ProgrammeEvent) {
        if event.stream == .candidature(id) {
            applyOwn(event)
        } else {
            applySeat(event)
        }
    }

    private mutating func applyOwn(_ event: ProgrammeEvent) {
        switch event {
        case .candidaturePreselected: status = .preselected
        case .candidatureDeclined(let declined):
            status = .notPreselected
            declineReason = declined.reason
        case .preferencesGiven(let given):
            status = .preferencesGiven
            preferences = given.challenges
        case .candidateInterviewed(let interviewed):
            status = .interviewed
            let interview = interviewed.interview
            if let index = interviews.firstIndex(where: {
                $0.juror == interview.juror && $0.challenge == interview.challenge
            }) {
                interviews[index] = interview
            } else {
                interviews.append(interview)
            }
        case .candidatureWithdrawn(let withdrawn):
            status = .withdrawn
            exitReason = withdrawn.reason
        default:
            break
        }
    }

    private mutating func applySeat(_ event: ProgrammeEvent) {
        switch event {
        case .candidateSelected(let selected) where selected.candidature == id:
            status = .selected
            placement = Placement(challenge: selected.challenge, profile: selected.profile)
        case .selectionValidated(let validated) where validated.candidature == id:
            status = .validated
        case .candidateJoined(let joined) where joined.candidature == id:
            status = .joined
        case .candidateLeft(let left) where left.candidature == id:
            status = .left
            exitReason = left.reason
        case .candidateCompleted(let completed) where completed.candidature == id:
            status = .completed
        case .selectedCandidateWithdrew(let withdrew) where withdrew.candidature == id:
            status = .withdrawn
            exitReason = withdrew.reason
        default:
            break
        }
    }
}
