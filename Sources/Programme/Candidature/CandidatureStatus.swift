/// Where a candidature is (DESIGN §2), in snake_case as `show --json` prints it.
///
/// The first stages come from the candidature's own stream; from `selected` on, from the
/// seat the promotion gave it (events of the edition's stream naming the candidature).
public enum CandidatureStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case applied
    case preselected
    case notPreselected = "not_preselected"
    case preferencesGiven = "preferences_given"
    case interviewed
    case selected
    case validated
    case joined
    case completed
    case left
    case withdrawn
}
