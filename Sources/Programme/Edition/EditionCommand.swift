/// What an operator can ask of an edition and its promotion. Target stream: `edition-<key>`.
public enum EditionCommand: Sendable, Hashable {
    /// Opens the edition with its settings (`eig edition open`).
    case open(EditionSettings)
    /// Announces the promotion with the dates of the settings: `planned → announced`.
    case announcePromotion
    /// `announced → started`: entrepreneurs can join.
    case startPromotion
    /// `started → ended`: every entrepreneur still on a team completes.
    case endPromotion
    /// Takes an accepted défi with no team out of the promotion.
    case withdrawChallenge(ChallengeID, reason: String)
    /// Records entrepreneurs of a past promotion as having joined a défi (the import of the
    /// published history); the promotion must have started.
    case importEntrepreneurs(ChallengeID, people: [PersonID], source: String)
}
