import Testing

@testable import Programme

/// Every transition of the candidature lifecycle, from every status: allowed where DESIGN §2
/// allows it (to the right status, in the right stream), refused everywhere else.
struct CandidatureLifecycleTests {
    struct Transition: Sendable, CustomTestStringConvertible {
        let name: String
        let command: CandidatureCommand
        let allowedFrom: [CandidatureStatus]
        let leadsTo: CandidatureStatus
        let stream: ProgrammeStream
        var testDescription: String { name }
    }

    static let own = ProgrammeStream.candidature(Controls.candidature)
    static let promotion = ProgrammeStream.edition(Controls.edition)

    static let transitions: [Transition] = [
        Transition(name: "preselect", command: .preselect, allowedFrom: [.applied], leadsTo: .preselected, stream: own),
        Transition(
            name: "decline", command: .decline(reason: "Not enough experience in data."),
            allowedFrom: [.applied], leadsTo: .notPreselected, stream: own),
        Transition(
            name: "prefer", command: .prefer([Controls.challenge]),
            allowedFrom: [.preselected, .preferencesGiven], leadsTo: .preferencesGiven, stream: own),
        Transition(
            name: "interview", command: .interview(Controls.interview),
            allowedFrom: [.preferencesGiven, .interviewed], leadsTo: .interviewed, stream: own),
        Transition(
            name: "select", command: .select(Controls.challenge, profile: .datascience),
            allowedFrom: [.interviewed], leadsTo: .selected, stream: promotion),
        Transition(
            name: "validate", command: .validate, allowedFrom: [.selected], leadsTo: .validated, stream: promotion),
        Transition(name: "join", command: .join, allowedFrom: [.validated], leadsTo: .joined, stream: promotion),
        Transition(
            name: "leave", command: .leave(reason: "Hired elsewhere."), allowedFrom: [.joined], leadsTo: .left,
            stream: promotion),
        Transition(
            name: "complete", command: .complete, allowedFrom: [.joined], leadsTo: .completed, stream: promotion),
        Transition(
            name: "withdraw", command: .withdraw(reason: nil),
            allowedFrom: [.applied, .preselected, .preferencesGiven, .interviewed, .selected, .validated],
            leadsTo: .withdrawn, stream: own),
    ]

    @Test(arguments: transitions, CandidatureStatus.allCases)
    func transition(_ transition: Transition, from status: CandidatureStatus) throws {
        let history =
            Controls.edition(at: .started) + Controls.dossier(at: .accepted) + Controls.candidature(at: status)
        let outcome = given(history).when(.candidature(Controls.candidature, transition.command))
        guard transition.allowedFrom.contains(status) else {
            outcome.thenRejected("candidature.invalid-transition", saying: "it is \(status.rawValue)")
            return
        }
        let decision = try outcome.result.get()
        #expect(decision.events.count == 1)
        let seatWithdrawal = transition.name == "withdraw" && [.selected, .validated].contains(status)
        #expect(decision.stream == (seatWithdrawal ? Self.promotion : transition.stream))
        let all = Controls.candidature(at: status) + decision.events
        let candidature = try #require(
            Candidature.fold(
                all.filter { $0.stream == Self.own }, editionEvents: all.filter { $0.stream == Self.promotion }))
        #expect(candidature.status == transition.leadsTo)
    }

    @Test func aSelectedCandidateWhoWithdrawsFreesTheSeat() throws {
        let history =
            Controls.edition(at: .announced) + Controls.dossier(at: .accepted)
            + Controls.candidature(at: .validated)
        let withdrew = ProgrammeEvent.selectedCandidateWithdrew(
            SelectedCandidateWithdrew(
                edition: Controls.edition, candidature: Controls.candidature, challenge: Controls.challenge,
                reason: "Accepted another offer."))
        given(history).when(.candidature(Controls.candidature, .withdraw(reason: "Accepted another offer.")))
            .then(withdrew, in: .edition(Controls.edition))
        let edition = try #require(
            Edition.fold((history + [withdrew]).filter { $0.stream == .edition(Controls.edition) }))
        #expect(edition.team(of: Controls.challenge).isEmpty)
        #expect(edition.seat(of: Controls.candidate) == nil)
    }

    @Test func commandsOnAnUnknownCandidatureAreRefused() {
        given(Controls.edition(at: .planned)).when(.candidature(Controls.candidature, .preselect))
            .thenRejected("candidature.unknown", saying: "candidature C5-0042 does not exist")
        given().when(.candidature(Controls.candidature, .apply(Controls.application)), at: Controls.inCandidateCall)
            .thenRejected("edition.unknown")
        given(Controls.edition(at: .planned), Controls.candidature(at: .withdrawn))
            .when(.candidature(Controls.candidature, .apply(Controls.application)), at: Controls.inCandidateCall)
            .thenRejected("candidature.already-exists")
    }
}
