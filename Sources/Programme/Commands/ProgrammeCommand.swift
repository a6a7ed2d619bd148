/// Any command of the domain, addressed to the aggregate it is about: the one entry point
/// Operations needs.
///
/// Handling a command is the same dance for every command:
/// 1. read the streams `streamsToRead` lists (an absent stream is an empty history) and
///    note each one's version;
/// 2. `decide(given:at:)` on their events, at the command's business time;
/// 3. append `decision.events` (if any) to `decision.stream`, expecting the version read,
///    on the condition that every other stream read is still at the version read;
/// 4. if the store reports a conflict, start again from 1 (a bounded number of times).
///
/// ```swift
/// let command = ProgrammeCommand.dossier(id, .submit)
/// let decision = try command.decide(given: history, at: now)
/// ```
public enum ProgrammeCommand: Sendable, Hashable {
    case edition(EditionKey, EditionCommand)
    case dossier(DossierID, DossierCommand)
    case candidature(CandidatureID, CandidatureCommand)

    /// The streams the decision reads, the aggregate's own stream first. The decision's
    /// target stream is always one of them.
    public var streamsToRead: [ProgrammeStream] {
        switch self {
        case .edition(let key, .withdrawChallenge(let challenge, _)),
            .edition(let key, .importEntrepreneurs(let challenge, _, _)):
            return [.edition(key), .dossier(challenge.dossier)]
        case .edition(let key, _):
            return [.edition(key)]
        case .dossier(let id, _):
            return [.dossier(id), .edition(id.edition)]
        case .candidature(let id, let command):
            var streams: [ProgrammeStream] = [.candidature(id), .edition(id.edition)]
            for challenge in command.challengesNamed where !streams.contains(.dossier(challenge.dossier)) {
                streams.append(.dossier(challenge.dossier))
            }
            return streams
        }
    }

    /// The aggregate the command is about, for messages and `history`.
    public var subject: ProgrammeStream {
        switch self {
        case .edition(let key, _): .edition(key)
        case .dossier(let id, _): .dossier(id)
        case .candidature(let id, _): .candidature(id)
        }
    }

    /// Decides the command on the events of the streams it reads.
    ///
    /// - Parameters:
    ///   - history: the domain events of each stream in `streamsToRead`, in stream order.
    ///   - now: when the command happens, on the business timeline.
    /// - Returns: the events to append and their stream; no events when nothing changes.
    /// - Throws: `Rejection` when a business rule refuses the command; nothing is to be written.
    public func decide(given history: StreamHistory, at now: BusinessInstant) throws(Rejection) -> Decision {
        switch self {
        case .edition(let key, let command):
            let state = Edition.fold(history[.edition(key)])
            let events = try Edition.decide(
                command, for: key, state: state, challenges: history.acceptedChallenges(), now: now)
            return Decision(stream: .edition(key), events: events)
        case .dossier(let id, let command):
            let events = try ProjectDossier.decide(
                command, for: id, state: ProjectDossier.fold(history[.dossier(id)]),
                edition: Edition.fold(history[.edition(id.edition)]), now: now)
            return Decision(stream: .dossier(id), events: events)
        case .candidature(let id, let command):
            let editionEvents = history[.edition(id.edition)]
            let context = PromotionContext(
                edition: Edition.fold(editionEvents), challenges: history.acceptedChallenges())
            let state = Candidature.fold(history[.candidature(id)], editionEvents: editionEvents)
            return try Candidature.decide(command, for: id, state: state, context: context, now: now)
        }
    }
}

extension CandidatureCommand {
    /// The défis the command names, whose dossiers the decision must read. At most four
    /// preferences are read: a fourth is enough to refuse the ranking.
    var challengesNamed: [ChallengeID] {
        switch self {
        case .prefer(let challenges): Array(challenges.prefix(4))
        case .interview(let interview): [interview.challenge]
        case .select(let challenge, _): [challenge]
        default: []
        }
    }
}
