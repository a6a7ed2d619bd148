import EventStore
import Programme
import Testing

@testable import Operations

/// Retention: candidates not recruited are erased once their edition's period has passed.
struct RetentionTests {
    /// Edition 5 (promotion from 2021-09-01, retention 24 months) with a recruit, a declined
    /// candidate and a withdrawn one.
    static func edition() throws -> (TemporaryOffice, joined: CandidatureID, others: [CandidatureID]) {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let dossier = try Edition5.accepted(office)
        let joined = try Candidates.apply(office)
        let declined = try Candidates.apply(office, name: "Paul Durand", email: "paul@example.org")
        let withdrawn = try Candidates.apply(office, name: "Inès Roy", email: "ines@example.org")
        try Candidates.select(office, joined, for: dossier.challenge)
        let at = Controls.at(Controls.paris("2021-09-01"))
        for command: ProgrammeCommand in [
            .candidature(joined, .validate), .edition(Edition5.key, .announcePromotion),
            .edition(Edition5.key, .startPromotion), .candidature(joined, .join),
            .candidature(declined, .decline(reason: "profile")), .candidature(withdrawn, .withdraw(reason: nil)),
        ] {
            _ = try office.execute(command, recording: at)
        }
        return (store, joined, [declined, withdrawn])
    }

    @Test func beforeThePeriodEndsNobodyIsDue() throws {
        let (store, _, _) = try Self.edition()
        let office = try store.office()
        #expect(try office.retentionCases(today: Controls.date("2023-09-01")).isEmpty)
        #expect(try office.applyRetention(today: Controls.date("2023-09-01")).positions == nil)
    }

    @Test func afterItEveryoneNotRecruitedIsErasedOnceAndRecruitsAreKept() throws {
        let (store, joined, others) = try Self.edition()
        let office = try store.office()
        let due = try office.retentionCases(today: Controls.date("2023-09-02"))
        #expect(due.map(\.candidature) == others)
        #expect(due.map(\.status) == [.notPreselected, .withdrawn])
        #expect(due.allSatisfy { $0.periodEnded == Controls.date("2023-09-01") })

        let outcome = try office.applyRetention(today: Controls.date("2023-09-02"))
        #expect(outcome.erased == due.map(\.person))
        for secret in ["Paul Durand", "paul@example.org", "Inès Roy", "ines@example.org"] {
            #expect(try ErasureTests.filesHolding(secret, under: store.directory) == [])
        }
        #expect(try ErasureTests.filesHolding("Léa Martin", under: store.directory).count == 1)
        let recruit = try #require(try office.candidature(joined)).state.person
        #expect(try office.person(recruit)?.name == "Léa Martin")
        let erasures = try office.erasures()
        #expect(erasures[due[0].person]?.basis == .retention)
        #expect(
            erasures[due[0].person]?.reason
                == "retention: \(others[0]) was not recruited; edition 5's retention period ended on 2023-09-01")

        let again = try office.applyRetention(today: Controls.date("2023-09-02"))
        #expect(again.positions == nil && again.erased.isEmpty)
        #expect(try EventLog.open(at: store.directory).verify().isSound)
    }
}
