import Testing

@testable import Programme

/// Every transition of the dossier lifecycle, from every status: allowed where DESIGN §2
/// allows it (and then to the right status), refused with `dossier.invalid-transition`
/// everywhere else.
struct DossierLifecycleTests {
    struct Transition: Sendable, CustomTestStringConvertible {
        let name: String
        let command: DossierCommand
        let allowedFrom: [DossierStatus]
        /// nil: the status does not change.
        let leadsTo: DossierStatus?
        var testDescription: String { name }
    }

    static let transitions: [Transition] = [
        Transition(
            name: "amend", command: .amend(DossierAmendment(title: "Signaux faibles 2")),
            allowedFrom: [.draft, .correctionRequested], leadsTo: nil),
        Transition(name: "submit", command: .submit, allowedFrom: [.draft], leadsTo: .submitted),
        Transition(
            name: "request correction", command: .requestCorrection(.outdated, message: "Update the budget."),
            allowedFrom: [.submitted, .inReview], leadsTo: .correctionRequested),
        Transition(name: "resubmit", command: .resubmit, allowedFrom: [.correctionRequested], leadsTo: .submitted),
        Transition(name: "review", command: .review, allowedFrom: [.submitted], leadsTo: .inReview),
        Transition(name: "preselect", command: .preselect, allowedFrom: [.inReview], leadsTo: .preselected),
        Transition(
            name: "evaluate", command: .evaluate(Controls.evaluation),
            allowedFrom: [.preselected, .auditioned], leadsTo: .auditioned),
        Transition(name: "accept", command: .accept, allowedFrom: [.auditioned], leadsTo: .accepted),
        Transition(
            name: "refuse", command: .refuse(motivation: "Not a data project."),
            allowedFrom: [.inReview, .preselected, .auditioned], leadsTo: .refused),
        Transition(
            name: "close", command: .close(motivation: "The administration stopped the project."),
            allowedFrom: [.inReview, .preselected, .auditioned], leadsTo: .closedWithoutFollowUp),
        Transition(
            name: "withdraw", command: .withdraw(reason: nil),
            allowedFrom: [.draft, .submitted, .correctionRequested, .inReview, .preselected, .auditioned],
            leadsTo: .withdrawn),
        Transition(
            name: "reopen", command: .reopen(reason: "Jury error."),
            allowedFrom: [.accepted, .refused, .closedWithoutFollowUp], leadsTo: .inReview),
    ]

    @Test(arguments: transitions, DossierStatus.allCases)
    func transition(_ transition: Transition, from status: DossierStatus) throws {
        let history = Controls.edition(at: .planned) + Controls.dossier(at: status)
        let outcome = given(history).when(.dossier(Controls.dossier, transition.command), at: Controls.inProjectCall)
        guard transition.allowedFrom.contains(status) else {
            outcome.thenRejected("dossier.invalid-transition", saying: "it is \(status.rawValue)")
            return
        }
        let events = try #require(outcome.events)
        #expect(events.count == 1)
        let dossier = try #require(ProjectDossier.fold(Controls.dossier(at: status) + events))
        #expect(dossier.status == (transition.leadsTo ?? status))
    }

    @Test func draftingCreatesTheDossier() {
        given(Controls.edition(at: .planned)).when(.dossier(Controls.dossier, .draft(Controls.details)))
            .then(.dossierDrafted(DossierDrafted(dossier: Controls.dossier, details: Controls.details)))
    }

    @Test func aDossierIsDraftedOnceAndOnlyInAnOpenEdition() {
        given(Controls.edition(at: .planned), Controls.dossier(at: .withdrawn))
            .when(.dossier(Controls.dossier, .draft(Controls.details))).thenRejected("dossier.already-exists")
        given().when(.dossier(Controls.dossier, .draft(Controls.details))).thenRejected("edition.unknown")
        given(Controls.edition(at: .planned)).when(.dossier(Controls.dossier, .submit))
            .thenRejected("dossier.unknown", saying: "dossier P5-003 does not exist")
    }

    @Test func anEmptyAmendmentRecordsNothing() {
        given(Controls.edition(at: .planned), Controls.dossier(at: .draft))
            .when(.dossier(Controls.dossier, .amend(DossierAmendment()))).then()
    }

    @Test func amendmentsAreCheckedAgainstTheSettingsLikeDrafts() {
        given(Controls.edition(at: .planned), Controls.dossier(at: .draft))
            .when(.dossier(Controls.dossier, .amend(DossierAmendment(entrepreneurs: 4))))
            .thenRejected("dossier.entrepreneurs-out-of-range", saying: "allows 2 to 3 per défi")
        given(Controls.edition(at: .planned), Controls.dossier(at: .correctionRequested))
            .when(.dossier(Controls.dossier, .amend(DossierAmendment(mentors: []))))
            .thenRejected("dossier.no-mentor")
        let amended = ProgrammeEvent.dossierAmended(
            DossierAmended(dossier: Controls.dossier, changes: DossierAmendment(entrepreneurs: 3, town: "Lyon")))
        let dossier = ProjectDossier.fold(Controls.dossier(at: .draft) + [amended])
        #expect(dossier?.details.entrepreneurs == 3)
        #expect(dossier?.details.town == "Lyon")
        #expect(dossier?.details.title == Controls.details.title)
    }

    @Test func acceptingCreatesTheChallengeWithTheRequestedProfilesAndCount() throws {
        given(Controls.edition(at: .announced), Controls.dossier(at: .auditioned))
            .when(.dossier(Controls.dossier, .accept)).then(Controls.accepted())
        let dossier = try #require(ProjectDossier.fold(Controls.dossier(at: .accepted)))
        #expect(dossier.challenge?.id.rawValue == "D5-003")
        #expect(dossier.challenge?.profiles == [.datascience, .dev])
        #expect(dossier.challenge?.entrepreneurs == 2)
    }

    @Test func nothingIsAcceptedIntoAnEndedPromotion() {
        given(Controls.edition(at: .ended), Controls.dossier(at: .auditioned))
            .when(.dossier(Controls.dossier, .accept))
            .thenRejected("promotion.ended", saying: "P5-003 cannot be accepted: the promotion of edition 5 has ended")
    }

    @Test func refusalsAndClosingsCarryAMotivation() {
        for command in [DossierCommand.refuse(motivation: ""), .close(motivation: "  \n")] {
            given(Controls.edition(at: .planned), Controls.dossier(at: .auditioned))
                .when(.dossier(Controls.dossier, command)).thenRejected("text.empty", saying: "the motivation is empty")
        }
    }

    @Test func reopeningAnAcceptedDossierTakesItsChallengeOutUnlessItHasATeam() throws {
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted), Controls.candidature(at: .selected))
            .when(.dossier(Controls.dossier, .reopen(reason: "Recount.")))
            .thenRejected("challenge.has-team", saying: "P5-003 cannot be reopened: the défi D5-003 has 1 entrepreneur")
        let reopened = ProgrammeEvent.dossierReopened(
            DossierReopened(dossier: Controls.dossier, reason: "Recount.", previousStatus: .accepted))
        given(Controls.edition(at: .announced), Controls.dossier(at: .accepted))
            .when(.dossier(Controls.dossier, .reopen(reason: "Recount."))).then(reopened)
        let dossier = try #require(ProjectDossier.fold(Controls.dossier(at: .accepted) + [reopened]))
        #expect(dossier.status == .inReview)
        #expect(dossier.challenge == nil)
        #expect(dossier.reopeningReason == "Recount.")
    }

    @Test func aWithdrawalMayGiveAReasonButNotAnEmptyOne() {
        given(Controls.edition(at: .planned), Controls.dossier(at: .submitted))
            .when(.dossier(Controls.dossier, .withdraw(reason: "Budget cut.")))
            .then(.dossierWithdrawn(DossierWithdrawn(dossier: Controls.dossier, reason: "Budget cut.")))
        given(Controls.edition(at: .planned), Controls.dossier(at: .submitted))
            .when(.dossier(Controls.dossier, .withdraw(reason: ""))).thenRejected("text.empty")
    }

    @Test func anImportedDossierIsAcceptedAtOnceWithTheStandardLength() throws {
        var details = Controls.details
        details.durationMonths = nil
        let outcome = given(Controls.edition(at: .started))
            .when(.dossier(Controls.dossier, .importAccepted(details, source: "eig-defis.csv: Signaux Faibles")))
        details.durationMonths = 10
        outcome.then(
            .dossierImported(
                DossierImported(
                    dossier: Controls.dossier, details: details, challenge: Controls.challenge,
                    source: "eig-defis.csv: Signaux Faibles")))
        let events = try #require(outcome.events)
        let dossier = try #require(ProjectDossier.fold(events))
        #expect(dossier.status == .accepted)
        #expect(dossier.challenge?.durationMonths == 10)
        #expect(dossier.importSource == "eig-defis.csv: Signaux Faibles")
    }
}
