import Programme
import Testing

@testable import Projections

/// The candidatures read model on small given logs, against expectations worked out by hand.
struct CandidaturesFoldTests {
    typealias C = Controls

    static func row(_ events: [ProgrammeEvent], _ id: CandidatureID = C.candidature) -> CandidatureRow? {
        C.fold(CandidaturesModel.self, events.map { ($0, "2021-03-15") }).partitions[id.edition]?[id]
    }

    @Test func aCandidatureFromApplicationToCompletion() throws {
        let key = C.edition
        let id = C.candidature
        let events: [ProgrammeEvent] = [
            C.applied(profile: .datascience),
            .candidaturePreselected(CandidaturePreselected(candidature: id)),
            .preferencesGiven(PreferencesGiven(candidature: id, challenges: [C.challenge, C.otherDossier.challenge])),
            C.interviewed(by: C.juror, scores: [4, 4, 4, 3, 3]),  // 18
            C.interviewed(by: C.otherJuror, scores: [3, 3, 3, 3, 2]),  // 14
            C.interviewed(by: C.juror, scores: [2, 2, 2, 2, 2]),  // 10, replaces 18
            C.selected(profile: .datascience),
            .selectionValidated(SelectionValidated(edition: key, candidature: id, challenge: C.challenge)),
            .candidateJoined(
                CandidateJoined(edition: key, candidature: id, person: C.candidate, challenge: C.challenge)),
        ]
        var row = try #require(Self.row(events))
        #expect(row.status == .joined)
        #expect(row.person == "person-candidate")
        #expect(row.profile == .datascience)
        #expect(row.preferences == [C.challenge, C.otherDossier.challenge])
        #expect(row.interviews.count == 2)
        #expect(row.interviewScore == 12)
        #expect(row.selectedChallenge == C.challenge)
        #expect(row.selectedProfile == .datascience)

        row = try #require(
            Self.row(
                events + [
                    .candidateCompleted(
                        CandidateCompleted(edition: key, person: C.candidate, candidature: id, challenge: C.challenge))
                ]))
        #expect(row.status == .completed)
        row = try #require(
            Self.row(
                events + [
                    .candidateLeft(
                        CandidateLeft(edition: key, candidature: id, challenge: C.challenge, reason: "Moved."))
                ]
            ))
        #expect(row.status == .left)
    }

    @Test func withdrawalsBeforeAndAfterSelection() throws {
        let id = C.candidature
        #expect(
            Self.row([C.applied(), .candidatureWithdrawn(CandidatureWithdrawn(candidature: id, reason: nil))])?.status
                == .withdrawn)
        #expect(
            Self.row([
                C.applied(), C.selected(),
                .selectedCandidateWithdrew(
                    SelectedCandidateWithdrew(edition: C.edition, candidature: id, challenge: C.challenge, reason: nil)),
            ])?.status == .withdrawn)
        #expect(
            Self.row([C.applied(), .candidatureDeclined(CandidatureDeclined(candidature: id, reason: "No."))])?.status
                == .notPreselected)
    }

    @Test func seatEventsNamingAnotherCandidatureAndASecondApplicationChangeNothing() throws {
        let other = CandidatureID(edition: C.edition, number: 43)
        let row = try #require(
            Self.row([
                C.applied(), C.selected(other), C.applied(person: C.person("someone-else"), profile: .legal),
            ]))
        #expect(row.status == .applied)
        #expect(row.person == "person-candidate")
        #expect(row.profile == .dev)
        #expect(row.interviewScore == nil)
        #expect(Self.row([C.selected(other)], other) == nil)
    }
}
