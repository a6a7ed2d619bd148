/// A command refused by a business rule. Nothing is recorded.
///
/// Each case has a stable `code` (`"dossier.call-closed"`) that scripts and tests switch on,
/// and a `message` an operator understands, naming the rule and the values:
/// "P5-003 cannot be submitted: the project call of edition 5 closed on 2021-04-07 23:59
/// Europe/Paris". The CLI prints the message and exits 1.
///
/// `action` parameters are verb phrases that follow "cannot" ("be submitted", "join").
public enum Rejection: Error, Sendable, Hashable {
    // Free text
    case invalidText(field: String, problem: TextProblem)

    // Editions and promotions
    case editionUnknown(EditionKey)
    case editionAlreadyOpen(EditionKey)
    case invalidSettings(EditionKey, problem: String)
    case promotionTransition(EditionKey, action: String, status: PromotionStatus, allowed: [PromotionStatus])
    case promotionNotStarted(subject: String, action: String, edition: EditionKey, status: PromotionStatus)
    case promotionEnded(subject: String, action: String, edition: EditionKey)

    // Project dossiers
    case dossierUnknown(DossierID)
    case dossierAlreadyExists(DossierID)
    case dossierTransition(DossierID, action: String, status: DossierStatus, allowed: [DossierStatus])
    case callNotOpen(subject: String, action: String, call: Call, edition: EditionKey, opens: BusinessInstant)
    case callClosed(subject: String, action: String, call: Call, edition: EditionKey, closed: BusinessInstant)
    case entrepreneursOutOfRange(DossierID, requested: Int, allowed: ClosedRange<Int>)
    case monthsOutOfRange(DossierID, months: Int, allowed: ClosedRange<Int>)
    case profileNotOffered(subject: String, profile: Profile, edition: EditionKey, offered: [Profile])
    case noProfiles(DossierID)
    case duplicateProfile(DossierID, Profile)
    case noMentor(DossierID)
    case tooManyPartners(DossierID, count: Int)
    case juryScoreOutOfRange(DossierID, criterion: Criterion, score: Int)
    case juryCriteriaMismatch(DossierID, missing: [Criterion], unexpected: [Criterion])
    case juryRankInvalid(DossierID, rank: Int)
    case challengeHasTeam(subject: String, action: String, challenge: ChallengeID, members: Int)

    // Candidatures
    case candidatureUnknown(CandidatureID)
    case candidatureAlreadyExists(CandidatureID)
    case candidatureTransition(
        CandidatureID, action: String, status: CandidatureStatus, allowed: [CandidatureStatus])
    case experienceOutOfRange(CandidatureID, years: Int)
    case preferenceCount(CandidatureID, count: Int)
    case duplicatePreference(CandidatureID, ChallengeID)
    case notPreferred(CandidatureID, challenge: ChallengeID, preferences: [ChallengeID])
    case interviewScores(CandidatureID, scores: [Int])
    case notInterviewedFor(CandidatureID, challenge: ChallengeID)

    // Défis and teams
    case challengeOfOtherEdition(ChallengeID, edition: EditionKey)
    case challengeNotAccepted(ChallengeID)
    case challengeWithdrawn(ChallengeID)
    case profileNotRequested(ChallengeID, profile: Profile, requested: [Profile])
    case teamFull(ChallengeID, requested: Int)
    case personAlreadyInPromotion(subject: String, person: PersonID, challenge: ChallengeID, edition: EditionKey)

    /// Which call a window rule is about.
    public enum Call: String, Sendable, Hashable {
        case projects
        case candidates
    }
}
