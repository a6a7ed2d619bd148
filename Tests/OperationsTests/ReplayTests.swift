import EventStore
import Programme
import Projections
import Testing

@testable import Operations

/// Bitemporal replay: the read models as the log knew them at a past position or recorded
/// time, and as the world was on a business date.
struct ReplayTests {
    /// The jury's evening, 2021-05-05 20:00 Paris (18:00 UTC).
    static let juryEvening = Timestamp(secondsSinceEpoch: 1_620_237_600)

    /// An office whose log records everything at `recorded` (UTC seconds), acting at business
    /// time `now`.
    static func office(_ store: TemporaryOffice, recorded: Timestamp, now: BusinessInstant) throws -> ProgrammeOffice {
        var options = TemporaryOffice.options
        options.clock = { recorded }
        return try ProgrammeOffice.open(at: store.directory, actor: "alice", clock: { now }, options: options)
    }

    /// Edition 5: P5-001 judged and accepted on the jury's day (recorded that afternoon);
    /// in June it is reopened, sent back for correction, renamed, and accepted again.
    static func scriptedEdition() throws -> (TemporaryOffice, DossierID) {
        let store = try TemporaryOffice()
        let jury = try office(
            store, recorded: Timestamp(secondsSinceEpoch: 1_620_223_200), now: Controls.paris("2021-05-05", 16))
        try Edition5.open(jury)
        let id = Edition5.dossierID(try Edition5.draft(jury))
        try Edition5.preselect(jury, id)
        _ = try jury.execute(naming: [PersonRequest(role: .juror, name: "Claire Dubois")]) { people in
            .dossier(id, .evaluate(JuryEvaluation(juror: people[0], scores: Controls.scores)))
        }
        _ = try jury.execute(.dossier(id, .accept))

        let june = try office(
            store, recorded: Timestamp(secondsSinceEpoch: 1_623_326_400), now: Controls.paris("2021-06-10"))
        for command: DossierCommand in [
            .reopen(reason: "the host's funding fell through"),
            .requestCorrection(.outdated, message: "New funding?"),
            .amend(DossierAmendment(title: "Signaux faibles 2", entrepreneurs: 3)), .resubmit, .review, .preselect,
        ] {
            _ = try june.execute(.dossier(id, command))
        }
        _ = try june.execute(naming: [PersonRequest(role: .juror, name: "Claire Dubois")]) { people in
            .dossier(id, .evaluate(JuryEvaluation(juror: people[0], scores: Controls.scores)))
        }
        _ = try june.execute(.dossier(id, .accept))
        return (store, id)
    }

    @Test func asAtTheJurysEveningTheDossierIsWhatTheJurySawAndAsAtNowTheNewOne() throws {
        let (store, id) = try Self.scriptedEdition()
        let evening = try Replay(store: store.directory, at: .recordedAt(Self.juryEvening), occurredBefore: nil)
        #expect(evening.position == 7)
        #expect(evening.head > 7)
        let then = try evening.dossiers(DossierFilter(edition: Edition5.key), progress: nil)
        #expect(then.position == 7)
        #expect(then.value.map(\.status) == [.accepted])
        #expect(then.value.first?.headline.title == "Signaux faibles")
        #expect(then.value.first?.headline.entrepreneurs == 2)
        let shown = try #require(try evening.dossier(id))
        #expect(shown.state.details.title == "Signaux faibles")
        #expect(shown.state.evaluations.count == 1)
        #expect(shown.lastPosition == 7)

        let now = try Replay(store: store.directory, at: .head, occurredBefore: nil)
        let today = try now.dossiers(DossierFilter(edition: Edition5.key), progress: nil).value
        #expect(today.map(\.status) == [.accepted])
        #expect(today.first?.headline.title == "Signaux faibles 2")
        #expect(today.first?.headline.entrepreneurs == 3)
        #expect(try now.dossier(id)?.state.details.title == "Signaux faibles 2")
        // The replay at the head agrees with the persisted read models.
        let persisted = try ReadSide(store: store.directory).dossiers(DossierFilter(), progress: nil)
        #expect(persisted.value == today)
        #expect(try Replay(store: store.directory, at: .position(7), occurredBefore: nil).dossier(id) != nil)
    }

    @Test func asOfABusinessDateOnlyWhatHadOccurredCounts() throws {
        let (store, id) = try Self.scriptedEdition()
        let inMay = try Replay(
            store: store.directory, at: .head, occurredBefore: Controls.date("2021-05-06").startOfDay)
        #expect(try inMay.dossier(id)?.state.details.title == "Signaux faibles")
        let beforeTheJury = try Replay(
            store: store.directory, at: .head, occurredBefore: Controls.date("2021-05-05").startOfDay)
        #expect(try beforeTheJury.dossier(id)?.state.status == .preselected)
        let stats = try beforeTheJury.statistics(edition: Edition5.key, progress: nil).value
        #expect(stats.editions.count == 1)
    }

    @Test func beforeTheFirstEventNothingExistedAndPastTheHeadIsTheHead() throws {
        let (store, id) = try Self.scriptedEdition()
        let before = try Replay(
            store: store.directory, at: .recordedAt(Timestamp(secondsSinceEpoch: 0)), occurredBefore: nil)
        #expect(before.position == 0)
        #expect(try before.dossier(id) == nil)
        #expect(try before.dossiers(DossierFilter(), progress: nil).value.isEmpty)
        let beyond = try Replay(store: store.directory, at: .position(1_000_000), occurredBefore: nil)
        #expect(beyond.position == beyond.head)
    }
}
