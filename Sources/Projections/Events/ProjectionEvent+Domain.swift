public import Programme

extension ProjectionEvent {
    /// The read models' view of a domain event: the slow, always correct path, used for old
    /// schema versions (read through the domain's upcasters), for the rare payloads the fast
    /// decoder leaves to the domain, and by tests to check the fast decoder against the domain.
    public init(_ event: ProgrammeEvent) {
        switch event {
        case .editionOpened(let e):
            self = .editionOpened(
                EditionOpening(
                    year: e.settings.year, promotion: e.settings.promotion,
                    entrepreneursPerChallenge: e.settings.entrepreneursPerChallenge))
        case .promotionAnnounced(let e): self = .promotionAnnounced(dates: e.dates)
        case .promotionStarted: self = .promotionStarted
        case .promotionEnded: self = .promotionEnded
        case .challengeWithdrawn(let e): self = .challengeWithdrawn(e.challenge)
        case .candidateSelected(let e):
            self = .candidateSelected(
                e.candidature, person: e.person.rawValue, challenge: e.challenge, profile: e.profile)
        case .selectionValidated(let e): self = .selectionValidated(e.candidature)
        case .candidateJoined(let e): self = .candidateJoined(e.candidature)
        case .candidateLeft(let e): self = .candidateLeft(e.candidature)
        case .candidateCompleted(let e):
            self = .candidateCompleted(person: e.person.rawValue, candidature: e.candidature)
        case .selectedCandidateWithdrew(let e): self = .selectedCandidateWithdrew(e.candidature)
        case .entrepreneurImported(let e):
            self = .entrepreneurImported(person: e.person.rawValue, challenge: e.challenge)
        case .dossierDrafted(let e): self = .dossierDrafted(e.dossier, DossierHeadline(e.details))
        case .dossierAmended(let e):
            let changes = e.changes
            self = .dossierAmended(
                e.dossier,
                DossierHeadlineChanges(
                    title: changes.title, host: changes.host, funding: changes.funding,
                    entrepreneurs: changes.entrepreneurs, profiles: changes.profiles,
                    durationMonths: changes.durationMonths))
        case .dossierSubmitted(let e): self = .dossierSubmitted(e.dossier)
        case .dossierCorrectionRequested(let e): self = .dossierCorrectionRequested(e.dossier)
        case .dossierResubmitted(let e): self = .dossierResubmitted(e.dossier)
        case .dossierReviewStarted(let e): self = .dossierReviewStarted(e.dossier)
        case .dossierPreselected(let e): self = .dossierPreselected(e.dossier)
        case .dossierEvaluated(let e):
            self = .dossierEvaluated(e.dossier, JurorScores(juror: e.juror.rawValue, scores: CriterionScores(e.scores)))
        case .dossierAccepted(let e):
            self = .dossierAccepted(
                e.dossier,
                AcceptedChallenge(
                    challenge: e.challenge, profiles: e.profiles, entrepreneurs: e.entrepreneurs,
                    durationMonths: e.durationMonths))
        case .dossierRefused(let e): self = .dossierRefused(e.dossier)
        case .dossierClosed(let e): self = .dossierClosed(e.dossier)
        case .dossierWithdrawn(let e): self = .dossierWithdrawn(e.dossier)
        case .dossierReopened(let e): self = .dossierReopened(e.dossier)
        case .dossierImported(let e):
            self = .dossierImported(e.dossier, DossierHeadline(e.details), challenge: e.challenge)
        case .candidatureApplied(let e):
            self = .candidatureApplied(
                e.candidature, person: e.person.rawValue, profile: e.profile, experienceYears: e.experienceYears)
        case .candidaturePreselected(let e): self = .candidaturePreselected(e.candidature)
        case .candidatureDeclined(let e): self = .candidatureDeclined(e.candidature)
        case .preferencesGiven(let e): self = .preferencesGiven(e.candidature, e.challenges)
        case .candidateInterviewed(let e):
            self = .candidateInterviewed(
                e.candidature,
                InterviewScore(challenge: e.challenge, juror: e.juror.rawValue, total: e.interview.total))
        case .candidatureWithdrawn(let e): self = .candidatureWithdrawn(e.candidature)
        }
    }
}

extension DossierHeadline {
    /// What the read models keep of a dossier's form.
    public init(_ details: DossierDetails) {
        self.init(
            title: details.title, host: details.host, funding: details.funding, entrepreneurs: details.entrepreneurs,
            profiles: details.profiles, durationMonths: details.durationMonths)
    }
}
