import EventStore
import Programme
import Testing

@testable import Projections

/// Catching up in any number of steps gives exactly the read models of one rebuild, which are
/// those of the domain's own folds.
struct CatchUpTests {
    static let seeds: [UInt64] = [1, 7, 2021]

    @Test(arguments: seeds)
    func catchingUpInRandomSlicesGivesTheStateOfOneRebuild(seed: UInt64) throws {
        let store = try TemporaryStore()
        var slices = SeededGenerator(seed: seed ^ 0xABCD)
        var walk = ProgrammeWalk(seed: seed)
        var catchUps = 0
        try walk.run(steps: 300, on: store) { _ in
            if Int.random(in: 0..<25, using: &slices) == 0 {
                _ = try store.projections().catchUp()
                catchUps += 1
            }
        }
        #expect(catchUps > 3)
        let projections = try store.projections()
        let last = try projections.catchUp()
        let (position, caughtUp) = try ReadModels.committed(projections)
        #expect(position == store.log.head.position)
        #expect(last.head == position)

        let rebuilt = try projections.rebuild(fromZero: true)
        #expect(rebuilt.models.map(\.cause) == Array(repeating: .requested, count: 4))
        #expect(rebuilt.models.allSatisfy { $0.from == 0 && $0.to == position })
        let (_, fromZero) = try ReadModels.committed(projections)
        #expect(caughtUp == fromZero)
        #expect(caughtUp == (try ReadModels.folded(from: store.reader())))
    }

    @Test(arguments: seeds)
    func rebuildingFromASnapshotGivesTheStateOfARebuildFromZero(seed: UInt64) throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: seed)
        try walk.run(steps: 150, on: store)
        let (snapshots, _) = try store.projections().createSnapshots()
        #expect(snapshots.count == 4)
        let snapshotPosition = store.log.head.position
        #expect(snapshots.allSatisfy { $0.position == snapshotPosition && $0.isUsable })
        try walk.run(steps: 150, on: store)

        let projections = try store.projections()
        let report = try projections.rebuild()
        #expect(report.models.allSatisfy { $0.snapshot == snapshotPosition })
        #expect(report.ignoredSnapshots.isEmpty)
        let (_, fromSnapshot) = try ReadModels.committed(projections)
        _ = try projections.rebuild(fromZero: true)
        let (_, fromZero) = try ReadModels.committed(projections)
        #expect(fromSnapshot == fromZero)
    }

    @Test func aCatchUpWithNothingNewWritesNothing() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 5)
        try walk.run(steps: 60, on: store)
        let projections = try store.projections()
        let first = try projections.catchUp()
        #expect(first.didWork)
        #expect(first.models.allSatisfy { $0.cause == .condition(.missing) })
        let before = try projections.files.readIfPresent(projections.manifestPath("dossiers"))
        let second = try projections.catchUp()
        #expect(!second.didWork)
        #expect(try projections.files.readIfPresent(projections.manifestPath("dossiers")) == before)
    }

    @Test func aCatchUpRewritesOnlyThePartitionsOfTheEditionsItTouches() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 9)
        try walk.run(steps: 200, on: store)
        let projections = try store.projections()
        _ = try projections.catchUp()
        let before = try #require(try projections.manifest("candidatures"))
        let dossiersBefore = try #require(try projections.manifest("dossiers"))
        #expect(before.partitions.map(\.edition.rawValue) == ["5", "6"])
        try store.run(
            .candidature(
                CandidatureID(edition: EditionKey(number: 6), number: 99),
                .apply(CandidateApplication(person: Controls.person("late"), profile: .dev, experienceYears: 1))),
            at: walk.instant(EditionKey(number: 6), .candidates, 0))
        let report = try projections.catchUp()
        #expect(report.models.map(\.name) == ReadModelName.allCases)
        #expect(report.models.first { $0.name == .candidatures }?.events == 1)
        let after = try #require(try projections.manifest("candidatures"))
        #expect(after.partitions[0] == before.partitions[0])
        #expect(after.partitions[1] != before.partitions[1])
        #expect(after.position == before.position + 1)
        // The dossiers read no candidature event: their partition files did not change.
        let dossiersAfter = try #require(try projections.manifest("dossiers"))
        #expect(dossiersAfter.partitions == dossiersBefore.partitions)
        #expect(dossiersAfter.position == after.position)
    }

    @Test(arguments: seeds)
    func theReadModelsAgreeWithTheDomainsAggregates(seed: UInt64) throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: seed)
        try walk.run(steps: 500, on: store)
        _ = try store.projections().catchUp()
        let (_, models) = try ReadModels.committed(try store.projections())
        var reached: Set<String> = []
        for (stream, events) in store.streams {
            switch stream {
            case .dossier(let id):
                let domain = try #require(ProjectDossier.fold(events))
                let row = try #require(models.dossiers.partitions[id.edition]?[id])
                #expect(row.status == domain.status, "\(id)")
                #expect(row.headline == DossierHeadline(domain.details), "\(id)")
                #expect(row.challenge == domain.challenge?.id, "\(id)")
                #expect(row.evaluations.map(\.juror) == domain.evaluations.map(\.juror.rawValue), "\(id)")
                reached.insert(domain.status.rawValue)
            case .candidature(let id):
                let domain = try #require(
                    Candidature.fold(events, editionEvents: store.streams[.edition(id.edition)] ?? []))
                let row = try #require(models.candidatures.partitions[id.edition]?[id])
                #expect(row.status == domain.status, "\(id)")
                #expect(row.preferences == domain.preferences, "\(id)")
                #expect(row.selectedChallenge == domain.placement?.challenge, "\(id)")
                #expect(row.interviews.count == domain.interviews.count, "\(id)")
                reached.insert(domain.status.rawValue)
            case .edition(let key):
                let domain = try #require(Edition.fold(events))
                let promotion = try #require(models.promotions.partitions[key])
                #expect(promotion.status == domain.promotion)
                #expect(promotion.withdrawnChallenges == domain.withdrawnChallenges.map(\.challenge))
                #expect(
                    promotion.seats
                        == domain.seats.map {
                            SeatRow(
                                person: $0.person.rawValue, challenge: $0.challenge, profile: $0.profile,
                                candidature: $0.candidature, status: $0.status)
                        })
                reached.insert("promotion-\(domain.promotion.rawValue)")
            }
        }
        // The walk must reach deep states, or it proves little.
        // (Joined entrepreneurs are completed when their promotion ends.)
        #expect(reached.isSuperset(of: ["accepted", "interviewed", "completed", "promotion-ended"]), "\(reached)")
        #expect(!reached.isDisjoint(with: ["refused", "closed_without_follow_up"]), "\(reached)")
    }
}
