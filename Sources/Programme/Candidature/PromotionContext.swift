/// What a candidature decision reads beyond the candidature itself: its edition (settings,
/// promotion and teams) and the accepted défis the command names.
///
/// The caller loads the edition's stream and the dossier stream of each défi the command
/// names (`ProgrammeCommand.streamsToRead` lists them), and appends on the condition that
/// they did not change meanwhile, so the cross-aggregate rules hold under concurrency.
public struct PromotionContext: Sendable, Hashable {
    /// The edition, nil if it was never opened.
    public var edition: Edition?
    /// Accepted défis by id: a défi missing here is not accepted (or was not loaded).
    public var challenges: [ChallengeID: Challenge]

    public init(edition: Edition?, challenges: [ChallengeID: Challenge] = [:]) {
        self.edition = edition
        self.challenges = challenges
    }

    /// The accepted défis among `dossiers`, keyed by défi id.
    public static func acceptedChallenges(of dossiers: some Sequence<ProjectDossier>) -> [ChallengeID: Challenge] {
        var result: [ChallengeID: Challenge] = [:]
        for dossier in dossiers { if let challenge = dossier.challenge { result[challenge.id] = challenge } }
        return result
    }
}

/// The outcome of a decision: the events to append and the stream they go to.
public struct Decision: Sendable, Hashable {
    public let stream: ProgrammeStream
    /// May be empty: the command changed nothing, and nothing is to be written.
    public let events: [ProgrammeEvent]

    public init(stream: ProgrammeStream, events: [ProgrammeEvent]) {
        self.stream = stream
        self.events = events
    }
}
