public import Programme

/// One English line per event, for timelines (`eig history`) and reports: what happened, in
/// the words of the programme, with people named as the caller allows (a name, an id, or
/// "erased").
///
/// Free text the operator typed (reasons, motivations) is kept whole: tables cut long cells,
/// JSON never does.
public enum EventSummary {
    /// The line for a programme event.
    public static func line(for event: ProgrammeEvent, naming name: (PersonID) -> String) -> String {
        switch event {
        case .editionOpened(let event):
            let settings = event.settings
            return "edition \(settings.key) opened for \(settings.year): projects \(settings.projectCall), "
                + "candidates \(settings.candidateCall), promotion \(settings.promotion)"
        case .promotionAnnounced(let event): return "promotion \(event.edition) announced for \(event.dates)"
        case .promotionStarted(let event): return "promotion \(event.edition) started"
        case .promotionEnded(let event): return "promotion \(event.edition) ended"
        case .challengeWithdrawn(let event):
            return "défi \(event.challenge) withdrawn from the promotion: \(event.reason)"
        case .candidateSelected(let event):
            return
                "\(event.candidature) (\(name(event.person))) selected for \(event.challenge) as \(event.profile.rawValue)"
        case .selectionValidated(let event):
            return "selection of \(event.candidature) for \(event.challenge) validated"
        case .candidateJoined(let event):
            return "\(event.candidature) (\(name(event.person))) joined \(event.challenge)"
        case .candidateLeft(let event): return "\(event.candidature) left \(event.challenge): \(event.reason)"
        case .candidateCompleted(let event):
            let who = event.candidature.map { "\($0) (\(name(event.person)))" } ?? name(event.person)
            return "\(who) completed \(event.challenge)"
        case .selectedCandidateWithdrew(let event):
            return "\(event.candidature) withdrew from \(event.challenge) after selection" + suffix(event.reason)
        case .entrepreneurImported(let event):
            return "entrepreneur \(name(event.person)) on \(event.challenge), imported from \(event.source)"
        case .candidatureApplied(let event):
            return "\(name(event.person)) applied as \(event.profile.rawValue), "
                + "\(event.experienceYears) year\(event.experienceYears == 1 ? "" : "s") of experience"
        case .candidaturePreselected: return "preselected"
        case .candidatureDeclined(let event): return "not preselected: \(event.reason)"
        case .preferencesGiven(let event):
            return "preferences: " + event.challenges.map(\.rawValue).joined(separator: ", ")
        case .candidateInterviewed(let event):
            return "interviewed for \(event.challenge) by \(name(event.juror)): "
                + event.scores.map(String.init).joined(separator: " ") + " = \(event.total)/20"
                + (event.replacesEarlier ? " (replaces their earlier scores)" : "")
        case .candidatureWithdrawn(let event): return "withdrawn" + suffix(event.reason)
        default: return dossierLine(for: event, naming: name)
        }
    }

    /// The line for an event of the office.
    public static func line(for event: OfficeEvent, naming name: (PersonID) -> String) -> String {
        switch event {
        case .logSealed(let seal): "log sealed at position \(seal.position): \(seal.chainHash)"
        case .roleGranted(let change): "role \(change.role.rawValue) granted to \(change.user)"
        case .roleRevoked(let change): "role \(change.role.rawValue) revoked from \(change.user)"
        case .personErased(let erased):
            "personal data of \(erased.person) erased (\(erased.basis.rawValue)): \(erased.reason)"
        }
    }

    private static func dossierLine(for event: ProgrammeEvent, naming name: (PersonID) -> String) -> String {
        switch event {
        case .dossierDrafted(let event): return "drafted: " + describe(event.details, naming: name)
        case .dossierAmended(let event): return "amended: " + changedFields(event.changes).joined(separator: ", ")
        case .dossierSubmitted: return "submitted"
        case .dossierCorrectionRequested(let event):
            return "correction requested (\(event.reason.rawValue)): \(event.message)"
        case .dossierResubmitted: return "resubmitted"
        case .dossierReviewStarted: return "review started"
        case .dossierPreselected: return "preselected"
        case .dossierEvaluated(let event):
            var line = "evaluated by \(name(event.juror)): "
            line += Criterion.allCases.compactMap { criterion in
                event.scores[criterion].map { "\(criterion.rawValue) \($0)" }
            }.joined(separator: ", ")
            line += ", total \(event.total)"
            if let opinion = event.opinion { line += ", \(opinion.rawValue)" }
            if let rank = event.rank { line += ", rank \(rank)" }
            return line + (event.replacesEarlier ? " (replaces their earlier evaluation)" : "")
        case .dossierAccepted(let event):
            return "accepted: défi \(event.challenge), \(event.entrepreneurs) entrepreneurs ("
                + event.profiles.map(\.rawValue).joined(separator: ", ") + "), \(event.durationMonths) months"
        case .dossierRefused(let event): return "refused: \(event.motivation)"
        case .dossierClosed(let event): return "closed without follow-up: \(event.motivation)"
        case .dossierWithdrawn(let event): return "withdrawn by the administration" + suffix(event.reason)
        case .dossierReopened(let event):
            return "reopened (was \(event.previousStatus.rawValue)): \(event.reason)"
        case .dossierImported(let event):
            return "imported as accepted, défi \(event.challenge), from \(event.source): "
                + describe(event.details, naming: name)
        default: return event.typeName
        }
    }

    /// `"Signaux faibles" hosted by DGE, 2 entrepreneurs (datascience, dev), mentors A, B`.
    private static func describe(_ details: DossierDetails, naming name: (PersonID) -> String) -> String {
        var text = "\"\(details.title)\" hosted by \(details.host), \(details.entrepreneurs) entrepreneurs ("
        text += details.profiles.map(\.rawValue).joined(separator: ", ") + ")"
        text += ", mentor\(details.mentors.count == 1 ? "" : "s") " + details.mentors.map(name).joined(separator: ", ")
        if let lead = details.lead { text += ", lead \(name(lead))" }
        return text
    }

    /// The names of the fields an amendment changes, in the order of the form.
    private static func changedFields(_ changes: DossierAmendment) -> [String] {
        let fields: [(String, Bool)] = [
            ("title", changes.title != nil), ("host", changes.host != nil), ("funding", changes.funding != nil),
            ("partners", changes.partners != nil), ("entrepreneurs", changes.entrepreneurs != nil),
            ("profiles", changes.profiles != nil), ("mentors", changes.mentors != nil), ("lead", changes.lead != nil),
            ("town", changes.town != nil), ("summary", changes.summary != nil),
            ("durationMonths", changes.durationMonths != nil),
        ]
        let changed = fields.filter(\.1).map(\.0)
        return changed.isEmpty ? ["nothing"] : changed
    }

    private static func suffix(_ reason: String?) -> String {
        reason.map { ": \($0)" } ?? ""
    }

    /// Every person an event names, in order, each once.
    public static func people(in event: ProgrammeEvent) -> [PersonID] {
        var people: [PersonID]
        switch event {
        case .candidateSelected(let event): people = [event.person]
        case .candidateJoined(let event): people = [event.person]
        case .candidateCompleted(let event): people = [event.person]
        case .entrepreneurImported(let event): people = [event.person]
        case .candidatureApplied(let event): people = [event.person]
        case .candidateInterviewed(let event): people = [event.juror]
        case .dossierEvaluated(let event): people = [event.juror]
        case .dossierDrafted(let event): people = event.details.mentors + (event.details.lead.map { [$0] } ?? [])
        case .dossierImported(let event): people = event.details.mentors + (event.details.lead.map { [$0] } ?? [])
        case .dossierAmended(let event):
            people = (event.changes.mentors ?? []) + (event.changes.lead.map { [$0] } ?? [])
        default: people = []
        }
        var seen: Set<PersonID> = []
        return people.filter { seen.insert($0).inserted }
    }
}
