import Foundation
import Testing

@testable import EventStore

/// A merge of k adjacent runs, made straight from their files, has the bytes of the run built
/// from all their records at once: the property `verify` checks on every store.
struct IndexRunMergerTests {
    /// `events` records of 1-3-event commands over `streams` streams, with made-up offsets.
    private func records(events: Int, streams: Int, using random: inout SeededRandom)
        -> [(stream: HashedName, command: HashedName, offset: Int, commandEnds: Bool)]
    {
        var records: [(stream: HashedName, command: HashedName, offset: Int, commandEnds: Bool)] = []
        var command = 0
        while records.count < events {
            let stream = HashedName("stream-\(Int.random(in: 0..<streams, using: &random))")
            let id = HashedName("command-\(command)")
            let count = min(Int.random(in: 1...3, using: &random), events - records.count)
            for index in 0..<count {
                records.append((stream, id, 64 + 300 * records.count, index == count - 1))
            }
            command += 1
        }
        return records
    }

    private func delta(
        _ records: [(stream: HashedName, command: HashedName, offset: Int, commandEnds: Bool)], from first: Int,
        through last: Int
    ) -> IndexDelta {
        var delta = IndexDelta(firstPosition: UInt64(first))
        var versions: [String: UInt64] = [:]
        for (index, record) in records.enumerated() where index + 1 <= last {
            versions[record.stream.text, default: 0] += 1
            guard index + 1 >= first else { continue }
            delta.add(
                position: UInt64(index + 1), offset: record.offset, stream: record.stream, commandID: record.command,
                streamVersion: versions[record.stream.text]!)
        }
        return delta
    }

    @Test(arguments: [(2, 1 as UInt64), (2, 2), (3, 3), (5, 4), (6, 5), (4, 6)])
    func aMergeHasTheBytesOfTheRunBuiltFromItsRecords(inputs: Int, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let records = records(events: 400, streams: 25, using: &random)
        let directory = try TemporaryDirectory()
        // Runs end at command ends, as checkpoints do (after a commit).
        let ends = records.indices.filter { records[$0].commandEnds }.map { $0 + 1 }
        var cuts = Set<Int>()
        while cuts.count < inputs - 1 { cuts.insert(ends.dropLast().randomElement(using: &random)!) }
        let lasts = cuts.sorted() + [records.count]
        var tables: [IndexRunTables] = []
        var runs: [IndexRun] = []
        var first = 1
        for (number, last) in lasts.enumerated() {
            let hash = Digest(bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) })
            let builder = IndexRunBuilder(delta: delta(records, from: first, through: last), chainHash: hash)
            let path = directory.path + "/run-\(number)"
            try Data(builder.encoded()).write(to: URL(fileURLWithPath: path))
            let run = try IndexRun(
                path: path, name: "run-\(number)", files: FileOperations(options: .testing), checking: .now)
            runs.append(run)
            tables.append(run.tables)
            first = last + 1
        }
        let whole = IndexRunBuilder(
            delta: delta(records, from: 1, through: records.count), chainHash: runs.last!.chainHash)
        #expect(IndexRunMerger.encoded(merging: tables) == whole.encoded())
    }
}
