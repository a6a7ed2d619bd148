import EventStore
import Programme
import Testing

@testable import Projections

/// Snapshots are stamped with their position, version and chain hash; one that does not
/// match is reported and never used.
struct SnapshotTests {
    static func rewrite(_ path: String, in projections: ProjectionStore, _ change: (inout SnapshotFile) -> Void) throws
    {
        let bytes = try #require(try projections.files.readIfPresent(path))
        var file = try SnapshotFile(decoding: bytes)
        change(&file)
        try projections.files.writeDurably(path, file.encoded())
    }

    @Test func aSnapshotWithAWrongHashVersionOrChecksumIsNeverUsed() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 11)
        try walk.run(steps: 100, on: store)
        let projections = try store.projections()
        let good = try projections.createSnapshots().snapshots
        let goodPosition = try #require(good.first?.position)
        try walk.run(steps: 60, on: store)
        let later = try projections.createSnapshots().snapshots
        #expect(later.allSatisfy { $0.position > goodPosition })
        let path = Dictionary(uniqueKeysWithValues: later.map { ($0.model, $0.path) })

        try Self.rewrite(path[.dossiers]!, in: projections) { $0.version = 99 }
        try Self.rewrite(path[.candidatures]!, in: projections) {
            $0.chainHash = Digest(bytes: [UInt8](repeating: 1, count: 32))
        }
        var bytes = try #require(try projections.files.readIfPresent(path[.promotions]!))
        bytes[bytes.count / 2] ^= 0x20
        try projections.files.writeDurably(path[.promotions]!, bytes)
        try Self.rewrite(path[.statistics]!, in: projections) { $0.position = 3 }

        let listed = try projections.snapshots()
        #expect(listed.count == 8)
        #expect(listed.filter(\.isUsable).map(\.position) == Array(repeating: goodPosition, count: 4))
        let problems = Dictionary(uniqueKeysWithValues: listed.filter { !$0.isUsable }.map { ($0.model, $0.problem!) })
        #expect(problems[.dossiers]?.contains("version 99") == true)
        #expect(problems[.candidatures]?.contains("chain hash") == true)
        #expect(problems[.promotions]?.contains("checksum") == true)
        #expect(problems[.statistics]?.contains("does not match its name") == true)

        let report = try projections.rebuild()
        #expect(report.models.map(\.snapshot) == Array(repeating: goodPosition, count: 4))
        #expect(Set(report.ignoredSnapshots.map(\.path)) == Set(path.values))
        #expect(try ReadModels.committed(projections).models == (try ReadModels.folded(from: store.reader())))

        let removed = try projections.pruneSnapshots(keep: 1)
        #expect(Set(removed.map(\.path)) == Set(path.values))
        #expect(try projections.snapshots().count == 4)
    }

    @Test func aSnapshotOfAnotherLogIsNeverUsed() throws {
        let one = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 12)
        try walk.run(steps: 80, on: one)
        _ = try one.projections().createSnapshots()
        let other = try TemporaryStore()
        var otherWalk = ProgrammeWalk(seed: 13)
        try otherWalk.run(steps: 120, on: other)
        let target = try other.projections()
        try target.files.makeDirectory(target.snapshotsDirectory)
        for entry in try one.projections().snapshots() {
            let bytes = try #require(try target.files.readIfPresent(entry.path))
            try target.files.writeDurably(
                target.snapshotsDirectory + "/" + entry.path.split(separator: "/").last!, bytes)
        }
        let report = try target.rebuild()
        #expect(report.models.allSatisfy { $0.snapshot == nil })
        #expect(report.ignoredSnapshots.count == 4)
        #expect(try ReadModels.committed(target).models == (try ReadModels.folded(from: other.reader())))
    }

    @Test func pruneKeepsTheNewestUsableSnapshotsOfEachReadModel() throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 14)
        var positions: [UInt64] = []
        for _ in 0..<3 {
            try walk.run(steps: 30, on: store)
            positions.append(try #require(try store.projections().createSnapshots().snapshots.first?.position))
        }
        let projections = try store.projections()
        #expect(try projections.snapshots().count == 12)
        let removed = try projections.pruneSnapshots(keep: 2)
        #expect(removed.count == 4)
        #expect(Set(removed.map(\.position)) == [positions[0]])
        #expect(Set(try projections.snapshots().map(\.position)) == Set(positions[1...]))
    }

    @Test func snapshotNamesSortByPosition() {
        #expect(SnapshotFile.name(model: "dossiers", position: 1234) == "dossiers-000000001234.snapshot")
        #expect(SnapshotFile.parse(name: "dossiers-000000001234.snapshot")?.position == 1234)
        #expect(SnapshotFile.parse(name: "statistics-7.snapshot")?.model == .statistics)
        #expect(SnapshotFile.parse(name: "nope-7.snapshot") == nil)
        #expect(SnapshotFile.parse(name: "dossiers-x.snapshot") == nil)
        #expect(SnapshotFile.parse(name: "dossiers-7.snapshot.tmp") == nil)
    }
}
