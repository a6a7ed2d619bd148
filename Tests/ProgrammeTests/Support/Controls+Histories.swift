@testable import Programme

/// Event histories that bring the controls to a given state, written as the deciders
/// would have recorded them.
extension Controls {
    static func opened(_ settings: EditionSettings = settings) -> ProgrammeEvent {
        .editionOpened(EditionOpened(settings: settings))
    }

    /// The edition's stream with its promotion at `status`.
    static func edition(at status: PromotionStatus) -> [ProgrammeEvent] {
        var events = [opened()]
        if status == .planned { return events }
        events.append(.promotionAnnounced(PromotionAnnounced(edition: edition, dates: settings.promotion)))
        if status == .announced { return events }
        events.append(.promotionStarted(PromotionStarted(edition: edition)))
        if status == .started { return events }
        events.append(.promotionEnded(PromotionEnded(edition: edition)))
        return events
    }

    /// The events of dossier `id` that lead to `status` (the edition's events not included).
    static func dossier(_ id: DossierID = dossier, at status: DossierStatus) -> [ProgrammeEvent] {
        let drafted = ProgrammeEvent.dossierDrafted(DossierDrafted(dossier: id, details: details))
        let submitted = ProgrammeEvent.dossierSubmitted(DossierSubmitted(dossier: id))
        let review = ProgrammeEvent.dossierReviewStarted(DossierReviewStarted(dossier: id))
        let preselected = ProgrammeEvent.dossierPreselected(DossierPreselected(dossier: id))
        let evaluated = ProgrammeEvent.dossierEvaluated(
            DossierEvaluated(dossier: id, evaluation: evaluation, replacesEarlier: false))
        let auditioned = [drafted, submitted, review, preselected, evaluated]
        switch status {
        case .draft: return [drafted]
        case .submitted: return [drafted, submitted]
        case .correctionRequested:
            return [
                drafted, submitted,
                .dossierCorrectionRequested(
                    DossierCorrectionRequested(dossier: id, reason: .incomplete, message: "Budget missing.")),
            ]
        case .inReview: return [drafted, submitted, review]
        case .preselected: return [drafted, submitted, review, preselected]
        case .auditioned: return auditioned
        case .accepted: return auditioned + [accepted(id)]
        case .refused: return auditioned + [.dossierRefused(DossierRefused(dossier: id, motivation: "Too vague."))]
        case .closedWithoutFollowUp:
            return auditioned + [.dossierClosed(DossierClosed(dossier: id, motivation: "Project stopped."))]
        case .withdrawn: return [drafted, .dossierWithdrawn(DossierWithdrawn(dossier: id, reason: nil))]
        }
    }

    static func accepted(_ id: DossierID = dossier) -> ProgrammeEvent {
        .dossierAccepted(
            DossierAccepted(
                dossier: id, challenge: id.challenge, profiles: details.profiles,
                entrepreneurs: details.entrepreneurs, durationMonths: 10))
    }

    /// The events of candidature `id` (and of its seat, in the edition's stream) that lead to
    /// `status`. The edition and the accepted dossier are not included.
    static func candidature(
        _ id: CandidatureID = candidature, person: PersonID = candidate, at status: CandidatureStatus
    ) -> [ProgrammeEvent] {
        let applied = ProgrammeEvent.candidatureApplied(
            CandidatureApplied(
                candidature: id,
                application: CandidateApplication(person: person, profile: .datascience, experienceYears: 6)))
        let preselected = ProgrammeEvent.candidaturePreselected(CandidaturePreselected(candidature: id))
        let preferred = ProgrammeEvent.preferencesGiven(PreferencesGiven(candidature: id, challenges: [challenge]))
        let interviewed = ProgrammeEvent.candidateInterviewed(
            CandidateInterviewed(candidature: id, interview: interview, replacesEarlier: false))
        let selected = ProgrammeEvent.candidateSelected(
            CandidateSelected(
                edition: edition, candidature: id, person: person, challenge: challenge, profile: .datascience))
        let validated = ProgrammeEvent.selectionValidated(
            SelectionValidated(edition: edition, candidature: id, challenge: challenge))
        let joined = ProgrammeEvent.candidateJoined(
            CandidateJoined(edition: edition, candidature: id, person: person, challenge: challenge))
        let path = [applied, preselected, preferred, interviewed, selected, validated, joined]
        switch status {
        case .applied: return Array(path.prefix(1))
        case .preselected: return Array(path.prefix(2))
        case .notPreselected:
            return [applied, .candidatureDeclined(CandidatureDeclined(candidature: id, reason: "Profile too junior."))]
        case .preferencesGiven: return Array(path.prefix(3))
        case .interviewed: return Array(path.prefix(4))
        case .selected: return Array(path.prefix(5))
        case .validated: return Array(path.prefix(6))
        case .joined: return path
        case .completed:
            return path + [
                .candidateCompleted(
                    CandidateCompleted(edition: edition, person: person, candidature: id, challenge: challenge))
            ]
        case .left:
            return path + [
                .candidateLeft(CandidateLeft(edition: edition, candidature: id, challenge: challenge, reason: "Moved."))
            ]
        case .withdrawn:
            return [applied, .candidatureWithdrawn(CandidatureWithdrawn(candidature: id, reason: nil))]
        }
    }
}
