extension Candidature {
    /// Decides a candidature command.
    ///
    /// - Parameters:
    ///   - id: the candidature the command is for.
    ///   - state: folded with `fold(_:editionEvents:)`; nil if it does not exist.
    ///   - context: the edition and the accepted défis the command names.
    ///   - now: when the command happens (business time: the candidate call applies to it).
    /// - Returns: the events and their stream: `candidature-<id>` for apply, preselect,
    ///   decline, prefer, interview and a withdrawal without a seat; `edition-<key>` for
    ///   select, validate, join, leave, complete and a withdrawal after selection.
    public static func decide(
        _ command: CandidatureCommand,
        for id: CandidatureID,
        state: Candidature?,
        context: PromotionContext,
        now: BusinessInstant
    ) throws(Rejection) -> Decision {
        guard let edition = context.edition, edition.key == id.edition else { throw .editionUnknown(id.edition) }
        guard let candidature = state else {
            guard case .apply(let application) = command else { throw .candidatureUnknown(id) }
            return Decision(stream: .candidature(id), events: try apply(application, for: id, in: edition, now: now))
        }
        switch command {
        case .apply:
            throw .candidatureAlreadyExists(id)
        case .select, .validate, .join, .leave, .complete:
            return Decision(
                stream: .edition(edition.key),
                events: try candidature.decideSeat(command, in: edition, context: context))
        case .withdraw(let reason) where [.selected, .validated].contains(candidature.status):
            try TextRule.reason.check(reason)
            return Decision(
                stream: .edition(edition.key),
                events: [
                    .selectedCandidateWithdrew(
                        SelectedCandidateWithdrew(
                            edition: edition.key, candidature: id, challenge: candidature.placement!.challenge,
                            reason: reason))
                ])
        default:
            return Decision(
                stream: .candidature(id), events: try candidature.decideOwn(command, in: edition, context: context))
        }
    }

    private static func apply(
        _ application: CandidateApplication, for id: CandidatureID, in edition: Edition, now: BusinessInstant
    ) throws(Rejection) -> [ProgrammeEvent] {
        try edition.settings.checkInside(.candidates, at: now, subject: id.rawValue, action: "apply")
        guard edition.settings.profiles.contains(application.profile) else {
            throw .profileNotOffered(
                subject: "\(id) cannot apply", profile: application.profile, edition: edition.key,
                offered: edition.settings.profiles)
        }
        guard CandidateApplication.experienceRange.contains(application.experienceYears) else {
            throw .experienceOutOfRange(id, years: application.experienceYears)
        }
        return [.candidatureApplied(CandidatureApplied(candidature: id, application: application))]
    }

    private func decideOwn(
        _ command: CandidatureCommand, in edition: Edition, context: PromotionContext
    ) throws(Rejection) -> [ProgrammeEvent] {
        switch command {
        case .preselect:
            try require([.applied], toBe: "be preselected")
            return [.candidaturePreselected(CandidaturePreselected(candidature: id))]
        case .decline(let reason):
            try require([.applied], toBe: "be declined")
            try TextRule.reason.check(reason)
            return [.candidatureDeclined(CandidatureDeclined(candidature: id, reason: reason))]
        case .prefer(let challenges):
            try require([.preselected, .preferencesGiven], toBe: "give preferences")
            guard (1...3).contains(challenges.count) else { throw .preferenceCount(id, count: challenges.count) }
            var seen: Set<ChallengeID> = []
            for challenge in challenges {
                guard seen.insert(challenge).inserted else { throw .duplicatePreference(id, challenge) }
                _ = try edition.openChallenge(
                    challenge, in: context.challenges, subject: id.rawValue, action: "give preferences")
            }
            return [.preferencesGiven(PreferencesGiven(candidature: id, challenges: challenges))]
        case .interview(let interview):
            try require([.preferencesGiven, .interviewed], toBe: "be interviewed")
            guard interview.scores.count == CandidateInterview.scoreCount,
                interview.scores.allSatisfy(CandidateInterview.scoreRange.contains)
            else { throw .interviewScores(id, scores: interview.scores) }
            guard preferences.contains(interview.challenge) else {
                throw .notPreferred(id, challenge: interview.challenge, preferences: preferences)
            }
            _ = try edition.openChallenge(
                interview.challenge, in: context.challenges, subject: id.rawValue, action: "be interviewed")
            let replaces = interviews.contains { $0.juror == interview.juror && $0.challenge == interview.challenge }
            return [
                .candidateInterviewed(
                    CandidateInterviewed(candidature: id, interview: interview, replacesEarlier: replaces))
            ]
        case .withdraw(let reason):
            try require([.applied, .preselected, .preferencesGiven, .interviewed], toBe: "withdraw")
            try TextRule.reason.check(reason)
            return [.candidatureWithdrawn(CandidatureWithdrawn(candidature: id, reason: reason))]
        case .apply, .select, .validate, .join, .leave, .complete:
            preconditionFailure("\(command) is decided elsewhere")
        }
    }

    func require(_ allowed: [CandidatureStatus], toBe action: String) throws(Rejection) {
        guard allowed.contains(status) else {
            throw .candidatureTransition(id, action: action, status: status, allowed: allowed)
        }
    }
}
