import EventStore
import Programme
import Testing

@testable import Projections

/// `eig stats` reads only the first bytes of each statistics partition (the edition's fields
/// and its summary, sealed by their own checksum), never the facts behind them; bytes that
/// do not hold the whole summary, or do not check, send it back to reading the whole partition.
struct StatisticsQueryPartTests {
    /// A caught-up store and its statistics' manifest entries.
    private func caughtUp() throws -> (TemporaryStore, ProjectionStore, [ModelManifest.Entry]) {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: 31)
        try walk.run(steps: 150, on: store)
        let projections = try store.projections()
        _ = try projections.catchUp()
        let entries = try #require(try projections.manifest(StatisticsModel.name)).partitions
        #expect(!entries.isEmpty)
        return (store, projections, entries)
    }

    @Test func theQueryPartHoldsTheFiguresAndNotTheFacts() throws {
        let (store, projections, entries) = try caughtUp()
        defer { withExtendedLifetime(store) {} }
        for entry in entries {
            let whole = try projections.loadPartition(StatisticsModel.self, entry)
            let shown = try projections.loadQueryPart(StatisticsModel.self, entry, prefix: entry.size - 1)
            #expect(shown.summary == whole.summary)
            #expect(shown.opening == whole.opening)
            #expect(shown.promotionStart == whole.promotionStart)
            #expect(shown.pendingFacts == nil && shown.facts == StatisticsModel.Facts())
            #expect(whole.pendingFacts?.isEmpty == false)
        }
    }

    @Test func tooFewBytesForTheSummaryReadTheWholePartition() throws {
        let (store, projections, entries) = try caughtUp()
        defer { withExtendedLifetime(store) {} }
        for entry in entries {
            let shown = try projections.loadQueryPart(StatisticsModel.self, entry, prefix: 24)
            #expect(shown == (try projections.loadPartition(StatisticsModel.self, entry)))
        }
    }

    @Test func damageInTheSummaryIsFoundAndDamageInTheFactsIsNotRead() throws {
        let (store, projections, entries) = try caughtUp()
        defer { withExtendedLifetime(store) {} }
        let entry = entries[0]
        let path = projections.partitionPath(entry.file)
        let original = try #require(try projections.files.readIfPresent(path))
        let whole = try projections.loadPartition(StatisticsModel.self, entry)

        // The byte before the file's checksum is a fact: the figures are still shown right.
        var bytes = original
        bytes[Int(entry.offset + entry.size) - 5] ^= 0xFF
        try projections.files.writeDurably(path, bytes)
        let shown = try projections.loadQueryPart(StatisticsModel.self, entry, prefix: entry.size - 1)
        #expect(shown.summary == whole.summary)
        #expect(throws: ProjectionError.self) { try projections.loadPartition(StatisticsModel.self, entry) }

        // Byte 40 is in the summary (after the 34 or so of the headers): the whole partition
        // is read instead, and found damaged.
        bytes = original
        bytes[Int(entry.offset) + 40] ^= 0xFF
        try projections.files.writeDurably(path, bytes)
        let error = #expect(throws: ProjectionError.self) {
            try projections.loadQueryPart(StatisticsModel.self, entry, prefix: entry.size - 1)
        }
        #expect(error?.code == .damaged)
    }

    @Test func aDamagedSummaryFoundByTheStatisticsQueryIsRebuilt() throws {
        let (store, projections, entries) = try caughtUp()
        let entry = entries[0]
        let path = projections.partitionPath(entry.file)
        var bytes = try #require(try projections.files.readIfPresent(path))
        bytes[Int(entry.offset) + 40] ^= 0xFF
        try projections.files.writeDurably(path, bytes)
        let current = try projections.current(StatisticsModel.self, queryPartOnly: true)
        #expect(current.catchUp?.rebuilt.map(\.name) == [.statistics])
        let folded = try ReadModels.folded(from: store.reader()).statistics
        #expect(current.state.partitions.mapValues(\.summary) == folded.partitions.mapValues(\.summary))
    }

    /// A damaged date in the summary's bytes (here a ten-byte number, larger than any `Int`)
    /// is read before the prefix checksum is checked: it must fail like any damage, not trap.
    @Test func aDamagedDateInTheQueryPartIsDamageNotACrash() throws {
        let (store, projections, entries) = try caughtUp()
        defer { withExtendedLifetime(store) {} }
        var damagedOne = false
        for entry in entries {
            let whole = try projections.loadPartition(StatisticsModel.self, entry)
            guard let date = whole.opening?.promotion.first ?? whole.promotionStart else { continue }
            var packed = UInt64(date.year * 10_000 + date.month * 100 + date.day)
            var varint: [UInt8] = []
            repeat {
                varint.append(UInt8(packed & 0x7F) | (packed >= 0x80 ? 0x80 : 0))
                packed >>= 7
            } while packed > 0
            let path = projections.partitionPath(entry.file)
            var bytes = try #require(try projections.files.readIfPresent(path))
            let start = Int(entry.offset)
            let found = try #require(
                (start..<(start + Int(entry.size) - varint.count)).first {
                    Array(bytes[$0..<($0 + varint.count)]) == varint
                })
            bytes.replaceSubrange(found..<(found + 10), with: [UInt8](repeating: 0xFF, count: 9) + [0x01])
            try projections.files.writeDurably(path, bytes)
            let error = #expect(throws: ProjectionError.self) {
                try projections.loadQueryPart(StatisticsModel.self, entry, prefix: entry.size - 1)
            }
            #expect(error?.code == .damaged)
            damagedOne = true
            break
        }
        #expect(damagedOne)
    }
}
