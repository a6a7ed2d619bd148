import EventStore
import Glibc
import Programme
import Testing

@testable import Projections

/// A failure at any point leaves the previous read models in use, and the next run repairs
/// them; read models that cannot be continued are rebuilt, not patched.
struct RecoveryTests {
    /// A store with 120 commands caught up, and 60 more not yet.
    static func storeBehind(seed: UInt64 = 3) throws -> (TemporaryStore, ProgrammeWalk, position: UInt64, ReadModels) {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: seed)
        try walk.run(steps: 120, on: store)
        let projections = try store.projections()
        _ = try projections.catchUp()
        let (position, models) = try ReadModels.committed(projections)
        try walk.run(steps: 60, on: store)
        #expect(store.log.head.position > position)
        return (store, walk, position, models)
    }

    static func partitionFiles(_ projections: ProjectionStore) throws -> Set<String> {
        Set(try projections.files.list(projections.partitionsDirectory))
    }

    static func namedFiles(_ projections: ProjectionStore) throws -> Set<String> {
        var named: Set<String> = []
        for name in ReadModelName.allCases {
            named.formUnion(try #require(try projections.manifest(name.rawValue)).partitions.map(\.file))
        }
        return named
    }

    @Test func aFailureBetweenWritingTheNewFilesAndTheSwapLeavesThePreviousReadModelsInUse() throws {
        let (store, _, position, before) = try Self.storeBehind()
        let faults = FaultInjector()
        faults.add(.init(.rename, onCall: 1, errno: EIO, pathContains: ".manifest"))
        let failing = try store.projections { $0.systemCalls = .live.injecting(faults) }
        #expect {
            _ = try failing.catchUp()
        } throws: { ($0 as? ProjectionError)?.code == .io }
        #expect(faults.triggered(.rename) == 1)

        let projections = try store.projections()
        let (stillAt, stillThere) = try ReadModels.committed(projections)
        #expect(stillAt == position)
        #expect(stillThere == before)

        let report = try projections.catchUp()
        #expect(report.models.allSatisfy { $0.cause == nil && $0.from == position })
        let (repairedAt, repaired) = try ReadModels.committed(projections)
        #expect(repairedAt == store.log.head.position)
        #expect(repaired == (try ReadModels.folded(from: store.reader())))
        // The files written for the failed commit are gone; only named files remain.
        #expect(try Self.partitionFiles(projections) == (try Self.namedFiles(projections)))
        #expect(!(try projections.files.list(projections.directory)).contains { $0.hasSuffix(".tmp") })
    }

    @Test func leftoversOfACrashedRunAreIgnoredAndRemoved() throws {
        let (store, _, position, before) = try Self.storeBehind()
        let projections = try store.projections()
        // What a run killed after writing its new files and before its rename leaves behind.
        try projections.files.writeDurably(projections.partitionPath("dossiers-99.pack"), [1, 2, 3])
        try projections.files.writeDurably(projections.manifestPath("dossiers") + ".tmp", [4, 5])
        #expect(try ReadModels.committed(projections) == (position, before))
        _ = try projections.catchUp()
        #expect(try Self.partitionFiles(projections) == (try Self.namedFiles(projections)))
        #expect(try ReadModels.committed(projections).models == (try ReadModels.folded(from: store.reader())))
        // The next generation is above the leftover's, so no file a manifest names is overwritten.
        #expect(try #require(try projections.manifest("dossiers")).generation == 100)
    }

    @Test func aReadModelOfAnotherVersionIsRebuiltNotPatched() throws {
        let (store, _, _, _) = try Self.storeBehind()
        let projections = try store.projections()
        var manifest = try #require(try projections.manifest("dossiers"))
        manifest.version = 99
        try projections.files.replaceAtomically(
            projections.manifestPath("dossiers"), with: manifest.encoded(), directory: projections.directory)
        #expect(try projections.status().models[0].condition == .versionChanged(persisted: 99))
        let report = try projections.catchUp()
        let dossiers = try #require(report.models.first { $0.name == .dossiers })
        #expect(dossiers.cause == .condition(.versionChanged(persisted: 99)))
        #expect(dossiers.from == 0)
        #expect(report.models.filter { $0.cause == nil }.count == 3)
        #expect(try ReadModels.committed(projections).models == (try ReadModels.folded(from: store.reader())))
    }

    @Test func aReadModelBuiltFromAnotherLogIsRebuilt() throws {
        let (store, _, _, _) = try Self.storeBehind()
        let projections = try store.projections()
        var manifest = try #require(try projections.manifest("promotions"))
        manifest.chainHash = Digest(bytes: [UInt8](repeating: 7, count: 32))
        try projections.files.replaceAtomically(
            projections.manifestPath("promotions"), with: manifest.encoded(), directory: projections.directory)
        var beyond = try #require(try projections.manifest("statistics"))
        beyond.position = store.log.head.position + 10
        try projections.files.replaceAtomically(
            projections.manifestPath("statistics"), with: beyond.encoded(), directory: projections.directory)
        let report = try projections.catchUp()
        #expect(report.models.first { $0.name == .promotions }?.cause == .condition(.logMismatch))
        #expect(report.models.first { $0.name == .statistics }?.cause == .condition(.logMismatch))
        #expect(try ReadModels.committed(projections).models == (try ReadModels.folded(from: store.reader())))
    }

    @Test func aDamagedManifestOrPartitionIsRebuilt() throws {
        let (store, _, _, _) = try Self.storeBehind()
        let projections = try store.projections()
        let candidatures = try #require(try projections.manifest("candidatures"))
        for entry in candidatures.partitions {
            var bytes = try #require(try projections.files.readIfPresent(projections.partitionPath(entry.file)))
            bytes[Int(entry.offset + entry.size / 2)] ^= 0xFF
            try projections.files.writeDurably(projections.partitionPath(entry.file), bytes)
        }
        try projections.files.writeDurably(projections.manifestPath("dossiers"), Array("garbage".utf8))
        let report = try projections.catchUp()
        #expect(report.models.first { $0.name == .dossiers }?.cause?.summary.contains("damaged") == true)
        let rebuilt = try #require(report.models.first { $0.name == .candidatures })
        guard case .damagedPartition(let path)? = rebuilt.cause else {
            Issue.record("candidatures not rebuilt for its damaged partition: \(String(describing: rebuilt.cause))")
            return
        }
        #expect(path.contains("candidatures-"))
        #expect(try ReadModels.committed(projections).models == (try ReadModels.folded(from: store.reader())))
    }

    @Test func aDamagedPartitionFoundByAQueryIsRebuilt() throws {
        let (store, _, _, _) = try Self.storeBehind()
        let projections = try store.projections()
        _ = try projections.catchUp()
        let entry = try #require(try projections.manifest("dossiers")?.partitions.first)
        try projections.files.writeDurably(projections.partitionPath(entry.file), [0, 1, 2])
        let current = try projections.current(DossiersModel.self)
        #expect(current.state == (try ReadModels.folded(from: store.reader())).dossiers)
        #expect(current.catchUp?.rebuilt.map(\.name) == [.dossiers])
    }
}
