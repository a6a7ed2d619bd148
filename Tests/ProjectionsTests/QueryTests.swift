import EventStore
import Glibc
import Programme
import Testing

@testable import Projections

/// Queries catch up first when the log moved on, and fold in memory, saying how far behind
/// the persisted read models are, when they cannot update them.
struct QueryTests {
    @Test func aQueryCatchesUpFirst() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 21)
        try walk.run(steps: 80, on: store)
        let projections = try store.projections()
        let current = try projections.current(CandidaturesModel.self)
        #expect(current.position == store.log.head.position)
        #expect(current.notes.isEmpty)
        #expect(current.catchUp?.models.count == 4)
        #expect(current.state == (try ReadModels.folded(from: store.reader())).candidatures)
        // Current now: no catch-up the second time.
        #expect(try projections.current(CandidaturesModel.self).catchUp == nil)
    }

    @Test func aQueryReadsOnlyTheEditionsAskedFor() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 22)
        try walk.run(steps: 80, on: store)
        let six = EditionKey(number: 6)
        let current = try store.projections().current(DossiersModel.self, editions: [six])
        #expect(Array(current.state.partitions.keys) == [six])
        #expect(current.state.partitions[six] == (try ReadModels.folded(from: store.reader())).dossiers.partitions[six])
    }

    @Test func whileAnotherProcessHoldsTheLockAQueryFoldsInMemoryAndSaysSo() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 23)
        try walk.run(steps: 60, on: store)
        let projections = try store.projections()
        _ = try projections.catchUp()
        try walk.run(steps: 40, on: store)
        try projections.prepareDirectories()
        let lock = try ProjectionLock(path: projections.directory + "/lock", files: projections.files)
        try lock.acquire(timeout: .zero)
        defer { lock.release() }

        #expect {
            _ = try projections.catchUp()
        } throws: { ($0 as? ProjectionError)?.code == .busy }
        let lag = store.log.head.position - (try #require(try projections.manifest("statistics")).position)
        let current = try store.projections().current(StatisticsModel.self)
        #expect(current.position == store.log.head.position)
        #expect(current.notes.count == 1)
        #expect(current.notes.first?.contains("\(lag) events behind") == true)
        #expect(current.state == (try ReadModels.folded(from: store.reader())).statistics)
        // Nothing was written.
        #expect(try projections.manifest("statistics")?.position == store.log.head.position - lag)
    }

    @Test func anAuditorWhoCannotWriteTheReadModelsStillSeesTheLogsState() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 24)
        try walk.run(steps: 60, on: store)
        let faults = FaultInjector()
        faults.add(.init(.mkdir, errno: EACCES, isPersistent: true, pathContains: "/projections"))
        let auditor = try store.projections { $0.systemCalls = .live.injecting(faults) }
        let current = try auditor.current(PromotionsModel.self)
        #expect(current.notes.first?.contains("Permission denied") == true)
        #expect(current.state == (try ReadModels.folded(from: store.reader())).promotions)
        #expect(!auditor.files.exists(auditor.directory))
    }
}
