import Foundation
import Testing

@testable import EventStore

/// Given a long log read with its checksums verified ahead on another thread / when it is
/// replayed / then the replay sees exactly what a single-threaded one sees, and damage is
/// still found at its position whatever the checker's progress.
struct ReadAheadTests {
    /// 400 events over segments of 8 KiB (about 35 records each), in batches.
    private func makeStore() throws -> TemporaryStore {
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.segmentSize = 8192 })
        for batch in 0..<8 {
            let requests = (0..<50).map { number in
                Controls.request(
                    "s-\(number % 7)", command: "c-\(batch)-\(number)",
                    events: [Controls.event(payload: #"{"n":\#(batch * 50 + number)}"#)])
            }
            _ = try store.log.append(batch: requests)
        }
        return store
    }

    private func reader(_ store: TemporaryStore, readAhead: Bool) throws -> EventLog {
        try store.open(.read, options: store.options.with { $0.readAheadRecords = readAhead ? 2 : 0 })
    }

    private func replay(_ log: EventLog, from: UInt64 = 1) throws -> [[UInt8]] {
        var seen: [[UInt8]] = []
        try log.forEachRecord(from: from) { record in seen.append(Array(record.bytes)) }
        return seen
    }

    @Test func aReplayCheckedAheadSeesWhatAPlainOneSees() throws {
        let store = try makeStore()
        #expect(try store.segmentPaths.count > 5)
        let plain = try replay(try reader(store, readAhead: false))
        #expect(plain.count == 400)
        for _ in 0..<20 { #expect(try replay(try reader(store, readAhead: true)) == plain) }
        #expect(try replay(try reader(store, readAhead: true), from: 123) == Array(plain[122...]))
    }

    @Test(arguments: [3, 150, 390])
    func damageIsFoundAtItsPositionWhateverTheCheckerDid(position: Int) throws {
        let store = try makeStore()
        let readers = try (0..<10).map { _ in try reader(store, readAhead: true) }
        // Find the damaged record's segment and offset through the index, then flip a payload byte.
        let log = try reader(store, readAhead: false)
        let number = try #require(log.segmentNumber(holding: UInt64(position)))
        let offset = try #require(log.index.offset(of: UInt64(position)))
        try FileSurgery.flipByte(try store.segmentPaths[number], at: offset + 70)
        for reader in readers {
            var seen: [UInt64] = []
            let error = #expect(throws: StoreError.self) {
                try reader.forEachRecord { record in seen.append(record.position) }
            }
            #expect(error?.code == .corrupted)
            #expect(error?.position == UInt64(position))
            #expect(seen == Array(1..<UInt64(position)))
        }
    }

    @Test func aReplayThatStopsEarlyStopsItsChecker() throws {
        struct Enough: Error {}
        let store = try makeStore()
        let log = try reader(store, readAhead: true)
        for _ in 0..<50 {
            var count = 0
            #expect(throws: Enough.self) {
                try log.forEachRecord { _ in
                    count += 1
                    if count == 10 { throw Enough() }
                }
            }
            #expect(count == 10)
        }
    }
}
