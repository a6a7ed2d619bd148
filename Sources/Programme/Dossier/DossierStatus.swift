/// Where a project dossier is (DESIGN §2; the states of Démarches Simplifiées, in snake_case
/// as `show --json` prints them).
public enum DossierStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case draft
    case submitted
    case correctionRequested = "correction_requested"
    case inReview = "in_review"
    case preselected
    case auditioned
    case accepted
    case refused
    case closedWithoutFollowUp = "closed_without_follow_up"
    case withdrawn

    /// Accepted, refused or closed: a decision was taken (and only `reopen` undoes it).
    public var isDecided: Bool { [.accepted, .refused, .closedWithoutFollowUp].contains(self) }
}
