import Testing

@testable import Programme

/// The promotion's rules on teams: a défi's team never exceeds what it requested, a
/// candidate is selected for a profile the défi requested and after an interview for it,
/// a person is on at most one défi per promotion, entrepreneurs join a started promotion.
struct TeamRuleTests {
    let id = Controls.candidature
    let key = Controls.edition

    var interviewed: [ProgrammeEvent] {
        Controls.edition(at: .announced) + Controls.dossier(at: .accepted) + Controls.candidature(at: .interviewed)
    }

    func select(
        _ challenge: ChallengeID = Controls.challenge, profile: Profile = .datascience, given history: [ProgrammeEvent]
    )
        -> Outcome
    {
        given(history).when(.candidature(id, .select(challenge, profile: profile)))
    }

    @Test func aCandidateIsSelectedForARequestedProfile() {
        select(given: interviewed).then(
            .candidateSelected(
                CandidateSelected(
                    edition: key, candidature: id, person: Controls.candidate, challenge: Controls.challenge,
                    profile: .datascience)),
            in: .edition(key))
        select(profile: .legal, given: interviewed)
            .thenRejected(
                "challenge.profile-not-requested",
                saying: "D5-003 did not request the profile legal (it requested datascience, dev)")
    }

    @Test func aTeamNeverExceedsTheNumberRequested() {
        let full =
            interviewed
            + Controls.candidature(CandidatureID(edition: key, number: 1), person: Controls.person("p-1"), at: .joined)
            + Controls.candidature(
                CandidatureID(edition: key, number: 2), person: Controls.person("p-2"), at: .selected)
        select(given: full).thenRejected("challenge.team-full", saying: "it requested 2 entrepreneurs")
        let oneLeft =
            interviewed
            + Controls.candidature(CandidatureID(edition: key, number: 1), person: Controls.person("p-1"), at: .left)
            + Controls.candidature(
                CandidatureID(edition: key, number: 2), person: Controls.person("p-2"), at: .selected)
        select(given: oneLeft).events.map { #expect($0.count == 1) }
    }

    @Test func aPersonIsOnAtMostOneChallengePerPromotion() {
        let elsewhere =
            interviewed + Controls.dossier(Controls.otherDossier, at: .accepted) + [
                .candidateSelected(
                    CandidateSelected(
                        edition: key, candidature: Controls.otherCandidature, person: Controls.candidate,
                        challenge: Controls.otherDossier.challenge, profile: .dev))
            ]
        select(given: elsewhere).thenRejected(
            "promotion.one-challenge-per-person", saying: "already on the défi D5-004")
    }

    @Test func aCandidateIsSelectedOnlyForAChallengeTheyWereInterviewedFor() {
        var history =
            Controls.edition(at: .announced) + Controls.dossier(at: .accepted)
            + Controls.dossier(Controls.otherDossier, at: .accepted) + Controls.candidature(at: .preferencesGiven)
        history.append(
            .candidateInterviewed(
                CandidateInterviewed(
                    candidature: id,
                    interview: CandidateInterview(
                        challenge: Controls.challenge, juror: Controls.juror, scores: [3, 3, 3, 3, 3]),
                    replacesEarlier: false)))
        select(Controls.otherDossier.challenge, profile: .dev, given: history)
            .thenRejected("candidature.not-interviewed-for", saying: "not interviewed for it")
    }

    @Test func nobodyIsSelectedForAWithdrawnChallengeOrIntoAnEndedPromotion() {
        let withdrawn = ProgrammeEvent.challengeWithdrawn(
            ChallengeWithdrawn(edition: key, challenge: Controls.challenge, reason: "No candidate."))
        select(given: interviewed + [withdrawn]).thenRejected("challenge.withdrawn")
        let ended =
            Controls.edition(at: .ended) + Controls.dossier(at: .accepted) + Controls.candidature(at: .interviewed)
        select(given: ended).thenRejected("promotion.ended")
        let reopened =
            interviewed + [
                .dossierReopened(
                    DossierReopened(dossier: Controls.dossier, reason: "Recount.", previousStatus: .accepted))
            ]
        select(given: reopened).thenRejected("challenge.not-accepted")
    }

    @Test func entrepreneursJoinOnlyAStartedPromotion() {
        let validated = Controls.dossier(at: .accepted) + Controls.candidature(at: .validated)
        given(Controls.edition(at: .announced), validated).when(.candidature(id, .join))
            .thenRejected(
                "promotion.not-started",
                saying: "C5-0042 cannot join: the promotion of edition 5 has not started (it is announced)")
        given(Controls.edition(at: .ended), validated).when(.candidature(id, .join)).thenRejected("promotion.ended")
        given(Controls.edition(at: .started), validated).when(.candidature(id, .join))
            .then(
                .candidateJoined(
                    CandidateJoined(
                        edition: key, candidature: id, person: Controls.candidate, challenge: Controls.challenge)))
    }

    @Test func leavingCarriesAReason() {
        given(Controls.edition(at: .started), Controls.dossier(at: .accepted), Controls.candidature(at: .joined))
            .when(.candidature(id, .leave(reason: "\u{0}"))).thenRejected("text.forbidden-character")
    }
}
