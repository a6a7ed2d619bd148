// Events of the stream `dossier-<id>`: a project dossier's life. DossierEvaluated, which has
// two schema versions, is in DossierEvaluated.swift.

/// An administration drafted a dossier.
public struct DossierDrafted: EventPayload {
    public static let typeName = "DossierDrafted"
    public let dossier: DossierID
    public let details: DossierDetails
    public init(dossier: DossierID, details: DossierDetails) {
        self.dossier = dossier
        self.details = details
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The administration changed its draft (or its dossier sent back for correction).
public struct DossierAmended: EventPayload {
    public static let typeName = "DossierAmended"
    public let dossier: DossierID
    /// Only the fields that changed are present.
    public let changes: DossierAmendment
    public init(dossier: DossierID, changes: DossierAmendment) {
        self.dossier = dossier
        self.changes = changes
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The dossier was submitted inside the project call.
public struct DossierSubmitted: EventPayload {
    public static let typeName = "DossierSubmitted"
    public let dossier: DossierID
    public init(dossier: DossierID) { self.dossier = dossier }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The programme sent the dossier back to its administration for a correction.
public struct DossierCorrectionRequested: EventPayload {
    public static let typeName = "DossierCorrectionRequested"
    public let dossier: DossierID
    public let reason: CorrectionReason
    public let message: String
    public init(dossier: DossierID, reason: CorrectionReason, message: String) {
        self.dossier = dossier
        self.reason = reason
        self.message = message
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The administration resubmitted its corrected dossier.
public struct DossierResubmitted: EventPayload {
    public static let typeName = "DossierResubmitted"
    public let dossier: DossierID
    public init(dossier: DossierID) { self.dossier = dossier }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The programme team began reviewing the dossier (instruction).
public struct DossierReviewStarted: EventPayload {
    public static let typeName = "DossierReviewStarted"
    public let dossier: DossierID
    public init(dossier: DossierID) { self.dossier = dossier }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The dossier was preselected for the jury's auditions.
public struct DossierPreselected: EventPayload {
    public static let typeName = "DossierPreselected"
    public let dossier: DossierID
    public init(dossier: DossierID) { self.dossier = dossier }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The dossier was accepted: the défi `challenge` joins the edition's promotion.
public struct DossierAccepted: EventPayload {
    public static let typeName = "DossierAccepted"
    public let dossier: DossierID
    public let challenge: ChallengeID
    public let profiles: [Profile]
    public let entrepreneurs: Int
    public let durationMonths: Int
    public init(
        dossier: DossierID, challenge: ChallengeID, profiles: [Profile], entrepreneurs: Int, durationMonths: Int
    ) {
        self.dossier = dossier
        self.challenge = challenge
        self.profiles = profiles
        self.entrepreneurs = entrepreneurs
        self.durationMonths = durationMonths
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The dossier was refused, with the motivation sent to the administration.
public struct DossierRefused: EventPayload {
    public static let typeName = "DossierRefused"
    public let dossier: DossierID
    public let motivation: String
    public init(dossier: DossierID, motivation: String) {
        self.dossier = dossier
        self.motivation = motivation
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The dossier was closed without follow-up (classé sans suite), with a motivation.
public struct DossierClosed: EventPayload {
    public static let typeName = "DossierClosed"
    public let dossier: DossierID
    public let motivation: String
    public init(dossier: DossierID, motivation: String) {
        self.dossier = dossier
        self.motivation = motivation
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// The administration withdrew its dossier before a decision.
public struct DossierWithdrawn: EventPayload {
    public static let typeName = "DossierWithdrawn"
    public let dossier: DossierID
    public let reason: String?
    public init(dossier: DossierID, reason: String?) {
        self.dossier = dossier
        self.reason = reason
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// A decided dossier was taken back to review; an accepted one's défi leaves the promotion.
public struct DossierReopened: EventPayload {
    public static let typeName = "DossierReopened"
    public let dossier: DossierID
    public let reason: String
    /// The decision undone: accepted, refused or closed_without_follow_up.
    public let previousStatus: DossierStatus
    public init(dossier: DossierID, reason: String, previousStatus: DossierStatus) {
        self.dossier = dossier
        self.reason = reason
        self.previousStatus = previousStatus
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}

/// An accepted dossier of a past promotion, recorded from the published history: it is
/// accepted at once, as the défi `challenge`, with no draft, review or jury on record.
public struct DossierImported: EventPayload {
    public static let typeName = "DossierImported"
    public let dossier: DossierID
    public let details: DossierDetails
    public let challenge: ChallengeID
    /// Where the record comes from (file and row key).
    public let source: String
    public init(dossier: DossierID, details: DossierDetails, challenge: ChallengeID, source: String) {
        self.dossier = dossier
        self.details = details
        self.challenge = challenge
        self.source = source
    }
    public var stream: ProgrammeStream { .dossier(dossier) }
}
