// Events of the stream `candidature-<id>`: a candidature until it gets a seat.

/// A person applied to the edition's candidate call.
public struct CandidatureApplied: EventPayload {
    public static let typeName = "CandidatureApplied"
    public let candidature: CandidatureID
    public let person: PersonID
    public let profile: Profile
    public let experienceYears: Int
    public init(candidature: CandidatureID, application: CandidateApplication) {
        self.candidature = candidature
        person = application.person
        profile = application.profile
        experienceYears = application.experienceYears
    }
    public var stream: ProgrammeStream { .candidature(candidature) }
}

/// The candidature was preselected for interviews.
public struct CandidaturePreselected: EventPayload {
    public static let typeName = "CandidaturePreselected"
    public let candidature: CandidatureID
    public init(candidature: CandidatureID) { self.candidature = candidature }
    public var stream: ProgrammeStream { .candidature(candidature) }
}

/// The candidature was not preselected.
public struct CandidatureDeclined: EventPayload {
    public static let typeName = "CandidatureDeclined"
    public let candidature: CandidatureID
    public let reason: String
    public init(candidature: CandidatureID, reason: String) {
        self.candidature = candidature
        self.reason = reason
    }
    public var stream: ProgrammeStream { .candidature(candidature) }
}

/// The candidate ranked up to three accepted défis of the edition, first preferred first.
public struct PreferencesGiven: EventPayload {
    public static let typeName = "PreferencesGiven"
    public let candidature: CandidatureID
    public let challenges: [ChallengeID]
    public init(candidature: CandidatureID, challenges: [ChallengeID]) {
        self.candidature = candidature
        self.challenges = challenges
    }
    public var stream: ProgrammeStream { .candidature(candidature) }
}

/// A juror interviewed the candidate for a défi: five scores out of 4, total out of 20.
/// A later interview by the same juror for the same défi replaces the earlier one.
public struct CandidateInterviewed: EventPayload {
    public static let typeName = "CandidateInterviewed"
    public let candidature: CandidatureID
    public let challenge: ChallengeID
    public let juror: PersonID
    public let scores: [Int]
    public let total: Int
    public let replacesEarlier: Bool
    public init(candidature: CandidatureID, interview: CandidateInterview, replacesEarlier: Bool) {
        self.candidature = candidature
        challenge = interview.challenge
        juror = interview.juror
        scores = interview.scores
        total = interview.total
        self.replacesEarlier = replacesEarlier
    }
    public var interview: CandidateInterview { CandidateInterview(challenge: challenge, juror: juror, scores: scores) }
    public var stream: ProgrammeStream { .candidature(candidature) }
}

/// The candidate withdrew before being selected.
public struct CandidatureWithdrawn: EventPayload {
    public static let typeName = "CandidatureWithdrawn"
    public let candidature: CandidatureID
    public let reason: String?
    public init(candidature: CandidatureID, reason: String?) {
        self.candidature = candidature
        self.reason = reason
    }
    public var stream: ProgrammeStream { .candidature(candidature) }
}
