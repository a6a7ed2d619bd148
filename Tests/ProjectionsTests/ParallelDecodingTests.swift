import EventStore
import Programme
import Testing

@testable import Projections

/// Decoding on worker threads while folding on the caller's gives the same read models as
/// decoding in line, and stops at the first unreadable event as that does.
struct ParallelDecodingTests {
    static func parallel(_ options: inout ProjectionOptions) {
        options.parallelThreshold = 1
        options.decodingThreads = 2
        options.decodingChunk = 7
    }

    @Test(arguments: [3, 8] as [UInt64])
    func workersDecodeWhatTheCallerFoldsInOrder(seed: UInt64) throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: seed)
        try walk.run(steps: 200, on: store)
        let parallel = try store.projections(Self.parallel)
        var steps: [UInt64] = []
        let report = try parallel.rebuild(fromZero: true) { done, total in
            steps.append(done)
            #expect(total == store.log.head.position)
        }
        #expect(report.head == store.log.head.position)
        #expect(steps == steps.sorted())
        #expect(steps.count > 10)
        #expect(try ReadModels.committed(parallel).models == (try ReadModels.folded(from: store.reader())))
    }

    @Test func anUnreadableEventStopsTheWalkWithItsPosition() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 4)
        try walk.run(steps: 60, on: store)
        try store.appendRaw(
            type: "DossierSubmitted", version: 9, stream: "dossier-P5-001", payload: #"{"dossier":"P5-001"}"#)
        let bad = store.log.head.position
        try walk.run(steps: 30, on: store)
        #expect {
            _ = try store.projections(Self.parallel).rebuild(fromZero: true)
        } throws: { error in
            (error as? ProjectionError)?.code == .unreadableEvent && (error as? ProjectionError)?.position == bad
        }
        #expect(try store.projections().manifest("dossiers") == nil)
    }
}
