// Events of the stream `edition-<key>` about the edition and its promotion's life.
// Team events (seats) are in TeamEvents.swift.

/// An edition was opened with its settings. Stream `edition-<key>`.
public struct EditionOpened: EventPayload {
    public static let typeName = "EditionOpened"
    public let settings: EditionSettings
    public init(settings: EditionSettings) { self.settings = settings }
    public var stream: ProgrammeStream { .edition(settings.key) }
}

/// The promotion was announced with its dates.
public struct PromotionAnnounced: EventPayload {
    public static let typeName = "PromotionAnnounced"
    public let edition: EditionKey
    public let dates: DateSpan
    public init(edition: EditionKey, dates: DateSpan) {
        self.edition = edition
        self.dates = dates
    }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// The promotion started: its entrepreneurs can join their défis.
public struct PromotionStarted: EventPayload {
    public static let typeName = "PromotionStarted"
    public let edition: EditionKey
    public init(edition: EditionKey) { self.edition = edition }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// The promotion ended. The command that ends it first records a `CandidateCompleted` for
/// every entrepreneur still on a team, so ending never changes a seat implicitly.
public struct PromotionEnded: EventPayload {
    public static let typeName = "PromotionEnded"
    public let edition: EditionKey
    public init(edition: EditionKey) { self.edition = edition }
    public var stream: ProgrammeStream { .edition(edition) }
}

/// A défi was withdrawn from the promotion (for want of a suitable candidate, say).
public struct ChallengeWithdrawn: EventPayload {
    public static let typeName = "ChallengeWithdrawn"
    public let edition: EditionKey
    public let challenge: ChallengeID
    public let reason: String
    public init(edition: EditionKey, challenge: ChallengeID, reason: String) {
        self.edition = edition
        self.challenge = challenge
        self.reason = reason
    }
    public var stream: ProgrammeStream { .edition(edition) }
}
