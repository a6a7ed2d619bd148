/// What an administration, the programme team or the jury can ask of a project dossier.
/// Target stream: `dossier-<id>`; every command reads the edition's stream for its settings.
public enum DossierCommand: Sendable, Hashable {
    /// Creates the dossier as a draft; the id is allocated by the caller.
    case draft(DossierDetails)
    /// Changes a draft, or a dossier sent back for correction. An amendment that changes
    /// nothing records nothing.
    case amend(DossierAmendment)
    /// `draft → submitted`, only inside the project call's window.
    case submit
    /// `submitted | in_review → correction_requested`.
    case requestCorrection(CorrectionReason, message: String)
    /// `correction_requested → submitted`. Allowed after the call closed: the programme asked.
    case resubmit
    /// `submitted → in_review`.
    case review
    /// `in_review → preselected`.
    case preselect
    /// Records a juror's evaluation; the first one moves `preselected → auditioned`.
    case evaluate(JuryEvaluation)
    /// `auditioned → accepted`: creates the défi in the edition's promotion.
    case accept
    /// `in_review | preselected | auditioned → refused`, with a motivation.
    case refuse(motivation: String)
    /// `in_review | preselected | auditioned → closed_without_follow_up`, with a motivation.
    case close(motivation: String)
    /// Withdrawn by the administration before a decision.
    case withdraw(reason: String?)
    /// `accepted | refused | closed_without_follow_up → in_review`, with a reason. An accepted
    /// dossier can be reopened only while its défi has no team.
    case reopen(reason: String)
    /// Records an accepted dossier of a past promotion from the published history.
    case importAccepted(DossierDetails, source: String)
}
