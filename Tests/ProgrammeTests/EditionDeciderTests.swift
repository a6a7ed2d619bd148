import Testing

@testable import Programme

struct EditionDeciderTests {
    let key = Controls.edition

    @Test func openingAnEditionRecordsItsSettings() {
        given().when(.edition(key, .open(Controls.settings))).then(Controls.opened(), in: .edition(key))
    }

    @Test func anEditionOpensOnce() {
        given([Controls.opened()]).when(.edition(key, .open(Controls.settings))).thenRejected("edition.already-open")
    }

    @Test func settingsOfAnotherEditionAreRefused() {
        given().when(.edition(EditionKey(number: 6), .open(Controls.settings)))
            .thenRejected("edition.invalid-settings", saying: "its settings are those of edition 5")
    }

    @Test(arguments: [
        ("year", "its year is 2020"),
        ("range", "entrepreneurs per défi must lie within 1..10"),
        ("months", "the length in months must lie within 1..24"),
        ("profiles", "its profiles must be listed"),
        ("criteria", "its jury criteria must be listed"),
        ("calls", "the candidate call must close before the promotion starts"),
        ("retention", "the retention must lie within"),
    ])
    func inconsistentSettingsAreRefused(_ problem: String, _ sentence: String) {
        var settings = Controls.settings
        switch problem {
        case "year": settings.year = 2020
        case "range": settings.entrepreneursPerChallenge = 0...3
        case "months": settings.months = 6...36
        case "profiles": settings.profiles = [.dev, .dev]
        case "criteria": settings.criteria = []
        case "calls": settings.candidateCall = Controls.span("2021-03-01..2021-09-01")
        default: settings.retentionMonths = -1
        }
        given().when(.edition(key, .open(settings))).thenRejected("edition.invalid-settings", saying: sentence)
    }

    @Test func commandsOnAnEditionNeverOpenedAreRefused() {
        given().when(.edition(key, .announcePromotion)).thenRejected("edition.unknown", saying: "edition 5")
    }

    @Test func thePromotionIsAnnouncedWithItsDatesThenStartedThenEnded() {
        given(Controls.edition(at: .planned)).when(.edition(key, .announcePromotion))
            .then(.promotionAnnounced(PromotionAnnounced(edition: key, dates: Controls.settings.promotion)))
        given(Controls.edition(at: .announced)).when(.edition(key, .startPromotion))
            .then(.promotionStarted(PromotionStarted(edition: key)))
        given(Controls.edition(at: .started)).when(.edition(key, .endPromotion))
            .then(.promotionEnded(PromotionEnded(edition: key)))
    }

    @Test(arguments: PromotionStatus.allCases)
    func promotionTransitionsAreRefusedFromEveryOtherStatus(_ status: PromotionStatus) {
        let table: [(EditionCommand, PromotionStatus)] = [
            (.announcePromotion, .planned), (.startPromotion, .announced), (.endPromotion, .started),
        ]
        for (command, allowed) in table where allowed != status {
            given(Controls.edition(at: status)).when(.edition(key, command))
                .thenRejected("promotion.invalid-transition", saying: "it is \(status.rawValue)")
        }
    }

    @Test func endingThePromotionCompletesEveryoneStillOnATeamFirst() {
        let leaver = Controls.otherCandidature
        given(
            Controls.edition(at: .started), Controls.dossier(at: .accepted), Controls.candidature(at: .joined),
            Controls.candidature(leaver, person: Controls.otherCandidate, at: .left)
        )
        .when(.edition(key, .endPromotion))
        .then(
            .candidateCompleted(
                CandidateCompleted(
                    edition: key, person: Controls.candidate, candidature: Controls.candidature,
                    challenge: Controls.challenge)),
            .promotionEnded(PromotionEnded(edition: key)))
    }

    @Test func anAcceptedChallengeWithNoTeamCanBeWithdrawnFromThePromotion() {
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted))
            .when(.edition(key, .withdrawChallenge(Controls.challenge, reason: "No suitable candidate.")))
            .then(
                .challengeWithdrawn(
                    ChallengeWithdrawn(edition: key, challenge: Controls.challenge, reason: "No suitable candidate.")))
    }

    @Test func withdrawingAChallengeIsRefusedWhenItIsNotAnOpenAcceptedChallengeOfTheEdition() {
        let command = ProgrammeCommand.edition(key, .withdrawChallenge(Controls.challenge, reason: "None."))
        given(Controls.edition(at: .announced), Controls.dossier(at: .auditioned)).when(command)
            .thenRejected("challenge.not-accepted", saying: "its dossier P5-003 is not accepted")
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted), Controls.candidature(at: .selected))
            .when(command).thenRejected("challenge.has-team", saying: "1 entrepreneur on its team")
        let withdrawn = ProgrammeEvent.challengeWithdrawn(
            ChallengeWithdrawn(edition: key, challenge: Controls.challenge, reason: "None."))
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted), [withdrawn]).when(command)
            .thenRejected("challenge.withdrawn")
        given(Controls.edition(at: .ended), Controls.dossier(at: .accepted)).when(command)
            .thenRejected("promotion.ended")
        let other = ChallengeID(dossier: DossierID(edition: EditionKey(number: 4), number: 3))
        given(Controls.edition(at: .announced)).when(.edition(key, .withdrawChallenge(other, reason: "None.")))
            .thenRejected("challenge.other-edition", saying: "D4-003 is a défi of edition 4, not of edition 5")
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted))
            .when(.edition(key, .withdrawChallenge(Controls.challenge, reason: " "))).thenRejected("text.empty")
    }

    @Test func importedEntrepreneursJoinAStartedPromotionWithinTheTeamSize() {
        let people = [Controls.person("anon-1"), Controls.person("anon-2")]
        let command = ProgrammeCommand.edition(
            key, .importEntrepreneurs(Controls.challenge, people: people, source: "csv"))
        given(Controls.edition(at: .started), Controls.dossier(at: .accepted)).when(command)
            .then(
                .entrepreneurImported(
                    EntrepreneurImported(edition: key, person: people[0], challenge: Controls.challenge, source: "csv")),
                .entrepreneurImported(
                    EntrepreneurImported(edition: key, person: people[1], challenge: Controls.challenge, source: "csv"))
            )
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted)).when(command)
            .thenRejected("promotion.not-started")
        given(Controls.edition(at: .started), Controls.dossier(at: .accepted), Controls.candidature(at: .joined))
            .when(command).thenRejected("challenge.team-full", saying: "requested 2 entrepreneurs")
        let twice = ProgrammeCommand.edition(
            key, .importEntrepreneurs(Controls.challenge, people: [people[0], people[0]], source: "csv"))
        given(Controls.edition(at: .started), Controls.dossier(at: .accepted)).when(twice)
            .thenRejected("promotion.one-challenge-per-person")
    }
}
