import Programme

extension Controls {
    /// One event of every type of the catalogue, with optional fields set somewhere.
    static var everyEvent: [ProgrammeEvent] {
        let key = edition
        let other = DossierDetails(
            title: "Plume", host: "Cour de cassation", partners: [], entrepreneurs: 3,
            profiles: [.dev, .design, .legal],
            mentors: [mentor], durationMonths: 10)
        return [
            opened(),
            .promotionAnnounced(PromotionAnnounced(edition: key, dates: span("2021-09-06..2022-07-01"))),
            .promotionStarted(PromotionStarted(edition: key)),
            .promotionEnded(PromotionEnded(edition: key)),
            .challengeWithdrawn(ChallengeWithdrawn(edition: key, challenge: challenge, reason: "No candidate.")),
            selected(),
            .selectionValidated(SelectionValidated(edition: key, candidature: candidature, challenge: challenge)),
            .candidateJoined(
                CandidateJoined(edition: key, candidature: candidature, person: candidate, challenge: challenge)),
            .candidateLeft(
                CandidateLeft(edition: key, candidature: candidature, challenge: challenge, reason: "Moved.")),
            .candidateCompleted(
                CandidateCompleted(edition: key, person: candidate, candidature: nil, challenge: challenge)),
            .candidateCompleted(
                CandidateCompleted(edition: key, person: candidate, candidature: candidature, challenge: challenge)),
            .selectedCandidateWithdrew(
                SelectedCandidateWithdrew(edition: key, candidature: candidature, challenge: challenge, reason: nil)),
            .entrepreneurImported(
                EntrepreneurImported(edition: key, person: person("anon-D5-003-1"), challenge: challenge, source: "csv")
            ),
            drafted(),
            .dossierAmended(
                DossierAmended(
                    dossier: dossier, changes: DossierAmendment(host: "DGFiP", partners: [], durationMonths: 8))),
            .dossierSubmitted(DossierSubmitted(dossier: dossier)),
            .dossierCorrectionRequested(
                DossierCorrectionRequested(dossier: dossier, reason: .incorrect, message: "Le budget est faux.\nMerci.")
            ),
            .dossierResubmitted(DossierResubmitted(dossier: dossier)),
            .dossierReviewStarted(DossierReviewStarted(dossier: dossier)),
            .dossierPreselected(DossierPreselected(dossier: dossier)),
            .dossierEvaluated(
                DossierEvaluated(
                    dossier: dossier,
                    evaluation: JuryEvaluation(juror: juror, scores: scores, opinion: .favourable, rank: 1),
                    replacesEarlier: true)),
            accepted(),
            .dossierRefused(DossierRefused(dossier: dossier, motivation: "Hors périmètre « données ».")),
            .dossierClosed(DossierClosed(dossier: dossier, motivation: "Projet arrêté.")),
            .dossierWithdrawn(DossierWithdrawn(dossier: dossier, reason: "Budget cut.")),
            .dossierReopened(DossierReopened(dossier: dossier, reason: "Jury error.", previousStatus: .refused)),
            .dossierImported(
                DossierImported(dossier: otherDossier, details: other, challenge: otherDossier.challenge, source: "csv")
            ),
            applied(),
            .candidaturePreselected(CandidaturePreselected(candidature: candidature)),
            .candidatureDeclined(CandidatureDeclined(candidature: candidature, reason: "Too junior.")),
            .preferencesGiven(
                PreferencesGiven(candidature: candidature, challenges: [challenge, otherDossier.challenge])),
            interviewed(),
            .candidatureWithdrawn(CandidatureWithdrawn(candidature: candidature, reason: nil)),
            // A named edition, whose key the domain parses.
            .promotionStarted(PromotionStarted(edition: try! EditionKey(parsing: "dig"))),
            .dossierSubmitted(DossierSubmitted(dossier: try! DossierID(parsing: "Pdig-012"))),
        ]
    }
}
