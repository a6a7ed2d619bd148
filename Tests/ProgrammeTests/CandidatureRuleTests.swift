import Testing

@testable import Programme

/// The rules of applications, preferences and interviews.
struct CandidatureRuleTests {
    let id = Controls.candidature

    func apply(_ application: CandidateApplication = Controls.application, at now: BusinessInstant) -> Outcome {
        given(Controls.edition(at: .planned)).when(.candidature(id, .apply(application)), at: now)
    }

    @Test func candidatesApplyInsideTheCandidateCallOnly() {
        let window = Controls.settings.candidateCall
        let applied = ProgrammeEvent.candidatureApplied(
            CandidatureApplied(candidature: id, application: Controls.application))
        apply(at: window.opensAt).then(applied, in: .candidature(id))
        apply(at: window.closesAt).then(applied)
        apply(at: window.opensAt.adding(microseconds: -1))
            .thenRejected(
                "candidature.call-not-open", saying: "the candidate call of edition 5 opens on 2021-03-01 00:00")
        let rejection = apply(at: window.closesAt.adding(microseconds: 1)).thenRejected("candidature.call-closed")
        #expect(
            rejection?.message
                == "C5-0042 cannot apply: the candidate call of edition 5 closed on 2021-05-02 23:59 Europe/Paris")
    }

    @Test func candidatesApplyForAnOfferedProfileWithASaneExperience() {
        var settings = Controls.settings
        settings.profiles = [.dev, .design]
        given([Controls.opened(settings)])
            .when(.candidature(id, .apply(Controls.application)), at: Controls.inCandidateCall)
            .thenRejected("edition.profile-not-offered", saying: "C5-0042 cannot apply: edition 5 does not offer")
        for years in [-1, 61] {
            apply(
                CandidateApplication(person: Controls.candidate, profile: .dev, experienceYears: years),
                at: Controls.inCandidateCall
            )
            .thenRejected("candidature.experience-out-of-range", saying: "\(years) years")
        }
    }

    @Test func aDeclineCarriesAReason() {
        given(Controls.edition(at: .planned), Controls.candidature(at: .applied))
            .when(.candidature(id, .decline(reason: ""))).thenRejected("text.empty", saying: "reason")
    }

    var preselected: [ProgrammeEvent] {
        Controls.edition(at: .announced) + Controls.dossier(at: .accepted)
            + Controls.dossier(Controls.otherDossier, at: .accepted)
            + Controls.candidature(at: .preselected)
    }

    @Test func preferencesRankOneToThreeDistinctAcceptedChallengesOfTheEdition() {
        let first = Controls.challenge
        let second = Controls.otherDossier.challenge
        given(preselected).when(.candidature(id, .prefer([second, first])))
            .then(.preferencesGiven(PreferencesGiven(candidature: id, challenges: [second, first])))
        given(preselected).when(.candidature(id, .prefer([]))).thenRejected("candidature.preferences-count")
        let four = (1...4).map { DossierID(edition: Controls.edition, number: $0).challenge }
        given(preselected).when(.candidature(id, .prefer(four)))
            .thenRejected("candidature.preferences-count", saying: "must rank 1 to 3 défis, not 4")
        given(preselected).when(.candidature(id, .prefer([first, first])))
            .thenRejected("candidature.duplicate-preference")
        let refused = DossierID(edition: Controls.edition, number: 9).challenge
        given(preselected, Controls.dossier(refused.dossier, at: .refused)).when(
            .candidature(id, .prefer([first, refused]))
        )
        .thenRejected("challenge.not-accepted", saying: "D5-009 is not an accepted défi")
        let otherEdition = DossierID(edition: EditionKey(number: 4), number: 3).challenge
        given(preselected).when(.candidature(id, .prefer([otherEdition])))
            .thenRejected("challenge.other-edition")
        let withdrawn = ProgrammeEvent.challengeWithdrawn(
            ChallengeWithdrawn(edition: Controls.edition, challenge: second, reason: "No candidate."))
        given(preselected, [withdrawn]).when(.candidature(id, .prefer([second])))
            .thenRejected("challenge.withdrawn")
    }

    @Test func interviewsAreForARankedChallengeWithFiveScoresOutOfFour() {
        let history =
            Controls.edition(at: .announced) + Controls.dossier(at: .accepted)
            + Controls.dossier(Controls.otherDossier, at: .accepted) + Controls.candidature(at: .preferencesGiven)
        func interview(_ challenge: ChallengeID = Controls.challenge, scores: [Int]) -> Outcome {
            given(history).when(
                .candidature(
                    id, .interview(CandidateInterview(challenge: challenge, juror: Controls.juror, scores: scores))))
        }
        interview(scores: [4, 4, 4, 4]).thenRejected("interview.invalid-scores", saying: "5 scores from 0 to 4")
        interview(scores: [4, 4, 4, 4, 5]).thenRejected("interview.invalid-scores")
        interview(scores: [4, 4, 4, 4, -1]).thenRejected("interview.invalid-scores")
        interview(Controls.otherDossier.challenge, scores: [1, 2, 3, 4, 0])
            .thenRejected("candidature.not-preferred", saying: "(D5-003)")
        let recorded = interview(scores: [0, 1, 2, 3, 4]).events
        if case .candidateInterviewed(let payload)? = recorded?.first {
            #expect(payload.total == 10)
            #expect(payload.replacesEarlier == false)
        } else {
            Issue.record("expected CandidateInterviewed, got \(String(describing: recorded))")
        }
    }

    @Test func aJurorsSecondInterviewForTheSameChallengeReplacesTheFirst() throws {
        let history =
            Controls.edition(at: .announced) + Controls.dossier(at: .accepted) + Controls.candidature(at: .interviewed)
        let again = CandidateInterview(challenge: Controls.challenge, juror: Controls.juror, scores: [1, 1, 1, 1, 1])
        let decision = try given(history).when(.candidature(id, .interview(again))).result.get()
        #expect(
            decision.events == [
                .candidateInterviewed(CandidateInterviewed(candidature: id, interview: again, replacesEarlier: true))
            ])
        let candidature = Candidature.fold(Controls.candidature(at: .interviewed) + decision.events)
        #expect(candidature?.interviews == [again])
    }
}
