import EventStore
import Programme
import Testing

@testable import Operations

/// Retention's orphan sweep: vault records that no event names (a command saved them, then
/// recorded nothing, or was killed before its append) are erased once a day old.
struct OrphanTests {
    /// A day and an hour after now, in real time: the grace has passed for records written now.
    static let tomorrow = BusinessInstant(
        microsecondsSinceEpoch: Timestamp.now().microsecondsSinceEpoch + 25 * 3_600 * 1_000_000)
    /// Before edition 5's retention period ends: only orphans are due.
    static let duringTheEdition = Controls.date("2021-06-01")

    /// A store with a candidature (named by its event) and two orphans left by commands that
    /// wrote nothing: a candidate, and a juror claimed in the name index.
    static func store() throws -> (TemporaryOffice, named: PersonID, orphans: [PersonID]) {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let candidature = try Candidates.apply(office)
        let named = try #require(try office.candidature(candidature)).state.person
        let candidate = PeopleResolver.mint(seed: "crashed-apply/0")
        let juror = PeopleResolver.mint(seed: "crashed-evaluate/0")
        let key = NameKey.of("Karim Benali")
        #expect(
            try office.vault.save(
                [
                    PersonRecord(person: candidate, name: "Inès Roy", email: "ines@example.org", roles: [.candidate]),
                    PersonRecord(person: juror, name: "Karim Benali", roles: [.juror], nameKey: key),
                ], claiming: [NameClaim(key: key, person: juror)]))
        return (store, named, [candidate, juror].sorted())
    }

    @Test func recordsNamedByNoEventAreDueOnlyAfterTheirGrace() throws {
        let (store, _, orphans) = try Self.store()
        let office = try store.office()
        #expect(try office.orphanCases().isEmpty)
        #expect(try office.orphanCases(now: Self.tomorrow).map(\.person) == orphans)
        let outcome = try office.applyRetention(today: Self.duringTheEdition)
        #expect(outcome.positions == nil && outcome.erased.isEmpty)
        #expect(try ErasureTests.filesHolding("Inès Roy", under: store.directory).count == 1)
    }

    @Test func retentionErasesOrphansWithAnEventAndKeepsPeopleTheLogNames() throws {
        let (store, named, orphans) = try Self.store()
        let office = try store.office()
        let outcome = try office.applyRetention(today: Self.duringTheEdition, now: Self.tomorrow)
        #expect(outcome.erased == orphans && outcome.orphans == orphans)
        for secret in ["Inès Roy", "ines@example.org", "Karim Benali"] {
            #expect(try ErasureTests.filesHolding(secret, under: store.directory) == [])
        }
        #expect(try office.vault.person(forNameKey: NameKey.of("Karim Benali")) == nil)
        #expect(try office.vault.record(of: named)?.name == "Léa Martin")
        let erasures = try office.erasures()
        #expect(erasures[orphans[0]]?.basis == .retention)
        #expect(erasures[orphans[0]]?.reason.hasPrefix("orphan: named by no event") == true)

        let again = try office.applyRetention(today: Self.duringTheEdition, now: Self.tomorrow)
        #expect(again.positions == nil && again.erased.isEmpty)
        #expect(try EventLog.open(at: store.directory).verify().isSound)
    }
}
