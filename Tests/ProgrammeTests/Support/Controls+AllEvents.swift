@testable import Programme

extension Controls {
    /// One example of every event type of the catalogue, with every optional field set
    /// somewhere, for codec tests.
    static var everyEvent: [ProgrammeEvent] {
        let key = edition
        let withOptions = DossierDetails(
            title: "Plume", host: "Cour de cassation", funding: nil, partners: [], entrepreneurs: 3,
            profiles: [.dev, .design, .legal], mentors: [mentor, lead], lead: nil, town: nil, summary: nil,
            durationMonths: 10)
        return [
            opened(),
            .promotionAnnounced(PromotionAnnounced(edition: key, dates: settings.promotion)),
            .promotionStarted(PromotionStarted(edition: key)),
            .promotionEnded(PromotionEnded(edition: key)),
            .challengeWithdrawn(ChallengeWithdrawn(edition: key, challenge: challenge, reason: "No candidate.")),
            .candidateSelected(
                CandidateSelected(
                    edition: key, candidature: candidature, person: candidate, challenge: challenge, profile: .dev)),
            .selectionValidated(SelectionValidated(edition: key, candidature: candidature, challenge: challenge)),
            .candidateJoined(
                CandidateJoined(edition: key, candidature: candidature, person: candidate, challenge: challenge)),
            .candidateLeft(
                CandidateLeft(edition: key, candidature: candidature, challenge: challenge, reason: "Moved.")),
            .candidateCompleted(
                CandidateCompleted(edition: key, person: candidate, candidature: nil, challenge: challenge)),
            .selectedCandidateWithdrew(
                SelectedCandidateWithdrew(edition: key, candidature: candidature, challenge: challenge, reason: nil)),
            .entrepreneurImported(
                EntrepreneurImported(
                    edition: key, person: person("anon-D5-003-1"), challenge: challenge, source: "csv: Plume")),
            .dossierDrafted(DossierDrafted(dossier: dossier, details: details)),
            .dossierAmended(
                DossierAmended(dossier: dossier, changes: DossierAmendment(partners: [], durationMonths: 10))),
            .dossierSubmitted(DossierSubmitted(dossier: dossier)),
            .dossierCorrectionRequested(
                DossierCorrectionRequested(dossier: dossier, reason: .incorrect, message: "Le budget est faux.\nMerci.")
            ),
            .dossierResubmitted(DossierResubmitted(dossier: dossier)),
            .dossierReviewStarted(DossierReviewStarted(dossier: dossier)),
            .dossierPreselected(DossierPreselected(dossier: dossier)),
            .dossierEvaluated(DossierEvaluated(dossier: dossier, evaluation: evaluation, replacesEarlier: true)),
            accepted(),
            .dossierRefused(DossierRefused(dossier: dossier, motivation: "Hors périmètre « données ».")),
            .dossierClosed(DossierClosed(dossier: dossier, motivation: "Projet arrêté.")),
            .dossierWithdrawn(DossierWithdrawn(dossier: dossier, reason: "Budget cut.")),
            .dossierReopened(
                DossierReopened(dossier: dossier, reason: "Jury error.", previousStatus: .closedWithoutFollowUp)),
            .dossierImported(
                DossierImported(
                    dossier: otherDossier, details: withOptions, challenge: otherDossier.challenge, source: "csv: Plume"
                )),
            .candidatureApplied(CandidatureApplied(candidature: candidature, application: application)),
            .candidaturePreselected(CandidaturePreselected(candidature: candidature)),
            .candidatureDeclined(CandidatureDeclined(candidature: candidature, reason: "Profile too junior.")),
            .preferencesGiven(
                PreferencesGiven(candidature: candidature, challenges: [challenge, otherDossier.challenge])),
            .candidateInterviewed(
                CandidateInterviewed(candidature: candidature, interview: interview, replacesEarlier: false)),
            .candidatureWithdrawn(CandidatureWithdrawn(candidature: candidature, reason: nil)),
        ]
    }
}
