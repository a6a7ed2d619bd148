import Programme
import Testing

@testable import Projections

/// The dossiers read model on small given logs, against expectations worked out by hand.
struct DossiersFoldTests {
    typealias C = Controls

    static func row(_ events: [(ProgrammeEvent, String)], _ id: DossierID = C.dossier) -> DossierRow? {
        C.fold(DossiersModel.self, events).partitions[id.edition]?[id]
    }

    @Test func aDossierFromDraftToAcceptanceWithItsJury() throws {
        let a: [Criterion: Int] = [.need: 4, .definition: 3, .commitment: 4, .transformation: 3, .openness: 2]
        let b: [Criterion: Int] = [.need: 2, .definition: 2, .commitment: 3, .transformation: 1, .openness: 4]
        let c: [Criterion: Int] = [.need: 3, .definition: 4, .commitment: 4, .transformation: 4, .openness: 4]
        let row = try #require(
            Self.row([
                (C.drafted(), "2021-02-10"),
                (.dossierSubmitted(DossierSubmitted(dossier: C.dossier)), "2021-02-15"),
                (.dossierReviewStarted(DossierReviewStarted(dossier: C.dossier)), "2021-04-10"),
                (.dossierPreselected(DossierPreselected(dossier: C.dossier)), "2021-04-20"),
                (C.evaluated(by: C.juror, a), "2021-05-10"),
                (C.evaluated(by: C.otherJuror, b), "2021-05-10"),
                (C.evaluated(by: C.juror, c), "2021-05-11"),  // replaces the juror's first evaluation
                (C.accepted(), "2021-06-20"),
            ]))
        #expect(row.status == .accepted)
        #expect(row.headline.title == "Signaux faibles")
        #expect(row.headline.host == "Direction générale des entreprises")
        #expect(row.headline.funding == "DINUM")
        #expect(row.headline.profiles == [.datascience, .dev])
        #expect(row.headline.entrepreneurs == 2)
        #expect(row.submittedOn == C.date("2021-02-15"))
        #expect(row.decidedOn == C.date("2021-06-20"))
        #expect(row.challenge == C.challenge)
        #expect(row.evaluations.map(\.juror) == ["person-juror", "person-juror-2"])
        // Means of c and b: need (3+2)/2, definition (4+2)/2, commitment (4+3)/2, ...
        #expect(row.juryAverages.map(\.average) == [2.5, 3.0, 3.5, 2.5, 4.0])
        // Totals 19 and 12.
        #expect(row.juryAverage == 15.5)
    }

    @Test func aCorrectionKeepsTheFirstSubmissionDateAndAnAmendmentReplacesOnlyItsFields() throws {
        let row = try #require(
            Self.row([
                (C.drafted(), "2021-02-10"),
                (.dossierSubmitted(DossierSubmitted(dossier: C.dossier)), "2021-02-15"),
                (
                    .dossierCorrectionRequested(
                        DossierCorrectionRequested(dossier: C.dossier, reason: .incomplete, message: "Budget?")),
                    "2021-02-20"
                ),
                (
                    .dossierAmended(
                        DossierAmended(
                            dossier: C.dossier, changes: DossierAmendment(title: "Signaux forts", entrepreneurs: 3))),
                    "2021-02-21"
                ),
                (.dossierResubmitted(DossierResubmitted(dossier: C.dossier)), "2021-02-22"),
            ]))
        #expect(row.status == .submitted)
        #expect(row.submittedOn == C.date("2021-02-15"))
        #expect(row.headline.title == "Signaux forts")
        #expect(row.headline.entrepreneurs == 3)
        #expect(row.headline.host == "Direction générale des entreprises")
        #expect(row.decidedOn == nil)
    }

    @Test func reopeningUndoesTheDecisionAndTheChallenge() throws {
        let row = try #require(
            Self.row([
                (C.drafted(), "2021-02-10"),
                (C.evaluated(), "2021-05-10"),
                (C.accepted(), "2021-06-20"),
                (
                    .dossierReopened(DossierReopened(dossier: C.dossier, reason: "Error.", previousStatus: .accepted)),
                    "2021-06-22"
                ),
            ]))
        #expect(row.status == .inReview)
        #expect(row.decidedOn == nil)
        #expect(row.challenge == nil)
    }

    @Test(arguments: [
        (
            ProgrammeEvent.dossierRefused(DossierRefused(dossier: Controls.dossier, motivation: "No.")),
            DossierStatus.refused, true
        ),
        (.dossierClosed(DossierClosed(dossier: Controls.dossier, motivation: "Stop.")), .closedWithoutFollowUp, true),
        (.dossierWithdrawn(DossierWithdrawn(dossier: Controls.dossier, reason: nil)), .withdrawn, false),
    ])
    func otherEndings(event: ProgrammeEvent, status: DossierStatus, isDecision: Bool) throws {
        let row = try #require(Self.row([(C.drafted(), "2021-02-10"), (event, "2021-06-01")]))
        #expect(row.status == status)
        #expect(row.decidedOn == (isDecision ? C.date("2021-06-01") : nil))
    }

    @Test func eventsAboutADossierNeverDraftedAndSecondDraftsChangeNothing() throws {
        let state = C.fold(
            DossiersModel.self,
            [
                (.dossierSubmitted(DossierSubmitted(dossier: C.otherDossier)), "2021-02-15"),
                (C.drafted(), "2021-02-10"),
                (
                    C.drafted(
                        C.dossier,
                        DossierDetails(
                            title: "Other", host: "X", entrepreneurs: 1, profiles: [.dev], mentors: [C.mentor])),
                    "2021-02-11"
                ),
            ])
        let partition = try #require(state.partitions[C.edition])
        #expect(partition.dossiers.map(\.id) == [C.dossier])
        #expect(partition.dossiers.first?.headline.title == "Signaux faibles")
    }

    @Test func anImportedDossierIsAcceptedAtOnce() throws {
        let details = DossierDetails(
            title: "Plume", host: "Cour de cassation", entrepreneurs: 3, profiles: [.dev], mentors: [C.mentor],
            durationMonths: 10)
        let row = try #require(
            Self.row(
                [
                    (
                        .dossierImported(
                            DossierImported(
                                dossier: C.otherDossier, details: details, challenge: C.otherDossier.challenge,
                                source: "csv")),
                        "2020-09-01"
                    )
                ], C.otherDossier))
        #expect(row.status == .accepted)
        #expect(row.isImported)
        #expect(row.challenge == C.otherDossier.challenge)
        #expect(row.submittedOn == nil)
    }
}
