extension ProjectDossier {
    /// Applies one event of the dossier's stream. Events of other streams, and events that
    /// cannot apply to the current state, leave it unchanged: evolve is total and pure.
    public static func evolve(_ state: ProjectDossier?, _ event: ProgrammeEvent) -> ProjectDossier? {
        switch event {
        case .dossierDrafted(let drafted) where state == nil:
            return ProjectDossier(id: drafted.dossier, details: drafted.details, status: .draft)
        case .dossierImported(let imported) where state == nil:
            var dossier = ProjectDossier(id: imported.dossier, details: imported.details, status: .accepted)
            dossier.importSource = imported.source
            dossier.challenge = Challenge(
                id: imported.challenge, title: imported.details.title, host: imported.details.host,
                profiles: imported.details.profiles, entrepreneurs: imported.details.entrepreneurs,
                durationMonths: imported.details.durationMonths ?? 0)
            return dossier
        default:
            guard var dossier = state, event.stream == .dossier(dossier.id) else { return state }
            dossier.apply(event)
            return dossier
        }
    }

    /// Folds a stream's events from the start.
    public static func fold(_ events: some Sequence<ProgrammeEvent>) -> ProjectDossier? {
        events.reduce(nil, evolve)
    }

    private mutating func apply(_ event: ProgrammeEvent) {
        switch event {
        case .dossierAmended(let amended):
            details = amended.changes.applied(to: details)
        case .dossierSubmitted, .dossierResubmitted:
            status = .submitted
        case .dossierCorrectionRequested(let request):
            status = .correctionRequested
            correction = CorrectionRequest(reason: request.reason, message: request.message)
        case .dossierReviewStarted:
            status = .inReview
        case .dossierPreselected:
            status = .preselected
        case .dossierEvaluated(let evaluated):
            status = .auditioned
            if let index = evaluations.firstIndex(where: { $0.juror == evaluated.juror }) {
                evaluations[index] = evaluated.evaluation
            } else {
                evaluations.append(evaluated.evaluation)
            }
        case .dossierAccepted(let accepted):
            status = .accepted
            challenge = Challenge(
                id: accepted.challenge, title: details.title, host: details.host, profiles: accepted.profiles,
                entrepreneurs: accepted.entrepreneurs, durationMonths: accepted.durationMonths)
        case .dossierRefused(let refused):
            status = .refused
            motivation = refused.motivation
        case .dossierClosed(let closed):
            status = .closedWithoutFollowUp
            motivation = closed.motivation
        case .dossierWithdrawn(let withdrawn):
            status = .withdrawn
            withdrawalReason = withdrawn.reason
        case .dossierReopened(let reopened):
            status = .inReview
            reopeningReason = reopened.reason
            motivation = nil
            challenge = nil
        default:
            break
        }
    }
}
