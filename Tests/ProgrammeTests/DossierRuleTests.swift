import Testing

@testable import Programme

/// The rules of the form, the project call's window and the jury.
struct DossierRuleTests {
    func draft(_ change: (inout DossierDetails) -> Void, settings: EditionSettings = Controls.settings) -> Outcome {
        var details = Controls.details
        change(&details)
        return given([Controls.opened(settings)]).when(.dossier(Controls.dossier, .draft(details)))
    }

    @Test func theEntrepreneursRequestedLieWithinTheEditionsRange() {
        draft { $0.entrepreneurs = 1 }
            .thenRejected("dossier.entrepreneurs-out-of-range", saying: "P5-003 cannot ask for 1 entrepreneurs")
        draft { $0.entrepreneurs = 4 }.thenRejected("dossier.entrepreneurs-out-of-range")
        var early = Controls.settings
        early.entrepreneursPerChallenge = 1...3
        draft({ $0.entrepreneurs = 1 }, settings: early).then(
            .dossierDrafted(
                DossierDrafted(
                    dossier: Controls.dossier,
                    details: {
                        var d = Controls.details; d.entrepreneurs = 1; return d
                    }())))
    }

    @Test func profilesAreAmongTheEditionsOnesAndListedOnce() {
        var settings = Controls.settings
        settings.profiles = [.dev, .design, .datascience]
        draft({ $0.profiles = [.dev, .legal] }, settings: settings)
            .thenRejected(
                "edition.profile-not-offered",
                saying: "does not offer the profile legal (it offers dev, design, datascience)")
        draft { $0.profiles = [.dev, .dev] }.thenRejected("dossier.duplicate-profile")
        draft { $0.profiles = [] }.thenRejected("dossier.no-profiles")
    }

    @Test func everyDossierNamesASeniorMentor() {
        draft { $0.mentors = [] }.thenRejected("dossier.no-mentor", saying: "senior mentor")
    }

    @Test func theLengthLiesWithinTheEditionsMonths() {
        draft { $0.durationMonths = 12 }.thenRejected("dossier.months-out-of-range", saying: "last 10 months")
        var design = Controls.settings
        design.months = 6...12
        draft({ $0.durationMonths = 12 }, settings: design).events.map { #expect($0.count == 1) }
        draft({ $0.durationMonths = 13 }, settings: design)
            .thenRejected("dossier.months-out-of-range", saying: "last 6 to 12 months")
    }

    @Test func freeTextIsNotEmptyNotHugeAndHasNoControlCharacters() {
        draft { $0.title = "" }.thenRejected("text.empty", saying: "the title is empty")
        draft { $0.title = "Signaux\u{7}faibles" }.thenRejected("text.forbidden-character", saying: "U+0007")
        draft { $0.title = "Signaux\nfaibles" }.thenRejected("text.forbidden-character", saying: "U+000A")
        draft { $0.host = "DGE\u{202E}" }.thenRejected("text.forbidden-character", saying: "U+202E")
        draft { $0.summary = String(repeating: "é", count: 4_001) }.thenRejected("text.too-long", saying: "4000")
        draft { $0.summary = "Two lines\nare fine\tin a summary." }.events.map { #expect($0.count == 1) }
        draft { $0.partners = Array(repeating: "Urssaf", count: 21) }.thenRejected("dossier.too-many-partners")
        draft { $0.partners = ["Urssaf", ""] }.thenRejected("text.empty", saying: "administration")
    }

    @Test func submittingIsAllowedFromTheFirstToTheLastMicrosecondOfTheCall() {
        let window = Controls.settings.projectCall
        let history = Controls.edition(at: .planned) + Controls.dossier(at: .draft)
        let submitted = ProgrammeEvent.dossierSubmitted(DossierSubmitted(dossier: Controls.dossier))
        given(history).when(.dossier(Controls.dossier, .submit), at: window.opensAt).then(submitted)
        given(history).when(.dossier(Controls.dossier, .submit), at: window.closesAt).then(submitted)
        given(history).when(.dossier(Controls.dossier, .submit), at: Controls.paris("2021-04-07", 23, 59)).then(
            submitted)
    }

    @Test func submittingBeforeOrAfterTheCallIsRefusedNamingTheEdge() {
        let window = Controls.settings.projectCall
        let history = Controls.edition(at: .planned) + Controls.dossier(at: .draft)
        given(history).when(.dossier(Controls.dossier, .submit), at: window.opensAt.adding(microseconds: -1))
            .thenRejected(
                "dossier.call-not-open",
                saying:
                    "P5-003 cannot be submitted: the project call of edition 5 opens on 2021-02-01 00:00 Europe/Paris")
        let rejection = given(history)
            .when(.dossier(Controls.dossier, .submit), at: window.closesAt.adding(microseconds: 1))
            .thenRejected("dossier.call-closed")
        #expect(
            rejection?.message
                == "P5-003 cannot be submitted: the project call of edition 5 closed on 2021-04-07 23:59 Europe/Paris")
    }

    @Test(arguments: ["2021-03-27", "2021-03-28", "2021-10-30", "2021-10-31"])
    func callsClosingAroundAClockChangeCloseAtMidnightParisTime(_ lastDay: String) throws {
        var settings = Controls.settings
        settings.projectCall = try #require(DateSpan(first: Controls.date("2021-01-04"), last: Controls.date(lastDay)))
        settings.promotion = Controls.span("2021-11-15..2022-09-14")
        let history = [Controls.opened(settings)] + Controls.dossier(at: .draft)
        let nextMidnight = Controls.date(lastDay).adding(days: 1).startOfDay
        given(history).when(.dossier(Controls.dossier, .submit), at: nextMidnight.adding(microseconds: -1))
            .events.map { #expect($0.count == 1) }
        given(history).when(.dossier(Controls.dossier, .submit), at: nextMidnight)
            .thenRejected("dossier.call-closed", saying: "closed on \(lastDay) 23:59 Europe/Paris")
    }

    @Test func aCorrectedDossierIsResubmittedEvenAfterTheCallClosed() {
        given(Controls.edition(at: .planned), Controls.dossier(at: .correctionRequested))
            .when(.dossier(Controls.dossier, .resubmit), at: Controls.afterCalls)
            .then(.dossierResubmitted(DossierResubmitted(dossier: Controls.dossier)))
    }

    @Test func aJurorsLaterEvaluationReplacesTheirEarlierOneAndSaysSo() throws {
        let history = Controls.edition(at: .planned) + Controls.dossier(at: .auditioned)
        let second = JuryEvaluation(juror: Controls.juror, scores: Controls.scores, opinion: .unfavourable)
        let replaced = try #require(
            given(history).when(.dossier(Controls.dossier, .evaluate(second)))
                .then(
                    .dossierEvaluated(
                        DossierEvaluated(dossier: Controls.dossier, evaluation: second, replacesEarlier: true)))
        )
        let other = JuryEvaluation(juror: Controls.otherJuror, scores: Controls.scores)
        let added = try #require(
            given(history).when(.dossier(Controls.dossier, .evaluate(other)))
                .then(
                    .dossierEvaluated(
                        DossierEvaluated(dossier: Controls.dossier, evaluation: other, replacesEarlier: false)))
        )
        let dossier = try #require(
            ProjectDossier.fold(Controls.dossier(at: .auditioned) + replaced.events + added.events))
        #expect(dossier.evaluations == [second, other])
    }

    @Test func juryScoresAreIntegersOneToFourOnExactlyTheEditionsCriteria() {
        let history = Controls.edition(at: .planned) + Controls.dossier(at: .preselected)
        func evaluate(_ scores: [Criterion: Int], rank: Int? = nil) -> Outcome {
            given(history).when(
                .dossier(Controls.dossier, .evaluate(JuryEvaluation(juror: Controls.juror, scores: scores, rank: rank)))
            )
        }
        var scores = Controls.scores
        scores[.need] = 5
        evaluate(scores).thenRejected("jury.score-out-of-range", saying: "gives 5 for relevance of the need (need)")
        scores[.need] = 0
        evaluate(scores).thenRejected("jury.score-out-of-range")
        scores[.need] = nil
        evaluate(scores).thenRejected("jury.criteria-mismatch", saying: "missing need")
        evaluate(Controls.scores, rank: 0).thenRejected("jury.invalid-rank")
        var fourCriteria = Controls.settings
        fourCriteria.criteria = [.need, .definition, .commitment, .transformation]
        given([Controls.opened(fourCriteria)], Controls.dossier(at: .preselected))
            .when(.dossier(Controls.dossier, .evaluate(Controls.evaluation)))
            .thenRejected("jury.criteria-mismatch", saying: "not in the grid: openness")
    }
}
