import Testing

@testable import EventStore

struct ReadingTests {
    /// Six commands on three streams, recorded one second apart.
    private func makeStore() throws -> (TemporaryStore, ManualClock) {
        let clock = ManualClock()
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.clock = { clock.read() } })
        for (number, stream) in [
            "dossier-P5-0001", "dossier-P5-0002", "dossier-P4-0001", "dossier-P5-0001",
            "candidature-7", "dossier-P5-0001",
        ].enumerated() {
            _ = try store.log.append(
                Controls.request(stream, command: "cmd-\(number + 1)", events: [Controls.event("Step\(number + 1)")]))
            clock.advance(microseconds: 1_000_000)
        }
        return (store, clock)
    }

    @Test func readsOneStreamInOrder() throws {
        let (store, _) = try makeStore()
        let events = try store.log.events(inStream: "dossier-P5-0001")
        #expect(events.map(\.position) == [1, 4, 6])
        #expect(events.map(\.streamVersion) == [1, 2, 3])
        #expect(events.map(\.type) == ["Step1", "Step4", "Step6"])
        #expect(try store.log.events(inStream: "nothing").isEmpty)
        var types: [String] = []
        try store.log.forEachRecord(inStream: "dossier-P5-0001") { types.append($0.type) }
        #expect(types == ["Step1", "Step4", "Step6"])
    }

    @Test func readsFromAndThroughPositions() throws {
        let (store, _) = try makeStore()
        func positions(from: UInt64, through: UInt64?) throws -> [UInt64] {
            var cursor = store.log.events(from: from, through: through)
            var seen: [UInt64] = []
            while let event = try cursor.next() { seen.append(event.position) }
            return seen
        }
        #expect(try positions(from: 1, through: nil) == [1, 2, 3, 4, 5, 6])
        #expect(try positions(from: 3, through: nil) == [3, 4, 5, 6])
        #expect(try positions(from: 2, through: 4) == [2, 3, 4])
        #expect(try positions(from: 0, through: 1) == [1])
        #expect(try positions(from: 5, through: 99) == [5, 6])
        #expect(try positions(from: 7, through: nil).isEmpty)
        #expect(try positions(from: 4, through: 3).isEmpty)
        var seen: [UInt64] = []
        try store.log.forEachRecord(from: 2, through: 5) { seen.append($0.position) }
        #expect(seen == [2, 3, 4, 5])
    }

    @Test func findsThePositionAtATime() throws {
        let (store, _) = try makeStore()
        let start = Timestamp(iso8601: "2021-05-04T18:00:00Z")!
        #expect(
            try store.log.position(atOrBefore: Timestamp(microsecondsSinceEpoch: start.microsecondsSinceEpoch - 1)) == 0
        )
        #expect(try store.log.position(atOrBefore: start) == 1)
        #expect(try store.log.position(atOrBefore: Timestamp(iso8601: "2021-05-04T18:00:02.5Z")!) == 3)
        #expect(try store.log.position(atOrBefore: Timestamp(iso8601: "2030-01-01T00:00:00Z")!) == 6)
    }

    @Test func theHeadDescribesTheEnd() throws {
        let (store, _) = try makeStore()
        let head = store.log.head
        #expect(head.position == 6)
        #expect(head.chainHash == (try store.log.event(at: 6)).chainHash)
        #expect(head.segments == 1)
        #expect(head.recordedAt == Timestamp(iso8601: "2021-05-04T18:00:05Z"))
        let end = try FileSurgery.endOfRecords(store.segmentPaths[0])
        #expect(head.bytes == UInt64(end))
        let empty = try TemporaryStore()
        #expect(empty.log.head == LogHead(position: 0, chainHash: .zero, segments: 1, bytes: 64, recordedAt: nil))
    }

    @Test func listsStreamNamesByPrefix() throws {
        let (store, _) = try makeStore()
        #expect(store.log.streamNames(withPrefix: "dossier-P5-") == ["dossier-P5-0001", "dossier-P5-0002"])
        #expect(
            store.log.streamNames(withPrefix: "dossier-") == ["dossier-P4-0001", "dossier-P5-0001", "dossier-P5-0002"])
        #expect(store.log.streamNames(withPrefix: "zzz").isEmpty)
        #expect(store.log.streamNames().count == 4)
    }

    @Test func recordViewsExposeTheFieldsInPlace() throws {
        let (store, _) = try makeStore()
        var checked = 0
        try store.log.forEachRecord(from: 5, through: 5) { record in
            #expect(record.position == 5)
            let (inStream, isStep5, isStep) = (
                record.isInStream("candidature-7"), record.hasType("Step5"), record.hasType("Step")
            )
            #expect(inStream && isStep5 && !isStep)
            #expect(Array(record.payloadBytes) == Array(#"{"title":"Signaux faibles"}"#.utf8))
            #expect(record.correlationIDBytes.map { Array($0) } == Array("import-2021".utf8))
            #expect(record.onBehalfOfBytes == nil)
            #expect(record.recordedEvent == (try? store.log.event(at: 5)))
            checked += 1
        }
        #expect(checked == 1)
    }

    @Test func aReaderSeesAppendsAfterRefresh() throws {
        let (store, _) = try makeStore()
        let reader = try store.open(.read)
        _ = try store.log.append(Controls.request("late"))
        #expect(reader.head.position == 6)
        try reader.refresh()
        #expect(reader.head.position == 7)
        #expect(reader.streamVersion("late") == 1)
        #expect(try reader.event(at: 7).stream == "late")
    }

    @Test func errorsInBodiesPropagate() throws {
        let (store, _) = try makeStore()
        struct Stop: Error {}
        var count = 0
        #expect(throws: Stop.self) {
            try store.log.forEachRecord { _ in
                count += 1
                if count == 3 { throw Stop() }
            }
        }
        #expect(count == 3)
    }
}

struct RecordedAtTests {
    @Test func recordedAtNeverDecreasesEvenWhenTheClockGoesBack() throws {
        let clock = ManualClock()
        let store = try TemporaryStore(options: EventLogOptions.testing.with { $0.clock = { clock.read() } })
        _ = try store.log.append(Controls.request())
        let first = try store.log.event(at: 1).recordedAt
        clock.advance(microseconds: -3_600_000_000)
        _ = try store.log.append(Controls.request())
        #expect(try store.log.event(at: 2).recordedAt == first)
        let reopened = try store.open(.write)
        _ = try reopened.append(Controls.request())
        #expect(try reopened.event(at: 3).recordedAt == first)
        clock.advance(microseconds: 7_200_000_000)
        _ = try reopened.append(Controls.request())
        #expect(try reopened.event(at: 4).recordedAt > first)
        #expect(reopened.verify().isSound)
    }
}

struct ChainTests {
    @Test func eachHashChainsToThePreviousRecord() throws {
        let store = try TemporaryStore()
        for _ in 1...4 { _ = try store.log.append(Controls.request()) }
        var previous = Digest.zero
        try store.log.forEachRecord { record in
            let body = Array(record.bytes[8..<(record.bytes.count - 32)])
            #expect(record.chainHash == SHA256.hash(previous.bytes + body))
            previous = record.chainHash
        }
        #expect(previous == store.log.head.chainHash)
    }

    @Test func changingAnEarlierRecordBreaksTheChainAfterIt() throws {
        let store = try TemporaryStore()
        for _ in 1...3 { _ = try store.log.append(Controls.request()) }
        let path = try store.segmentPaths[0]
        let second = try FileSurgery.recordOffsets(path)[1]
        // Rewrite record 2's occurred-at and fix its CRC: only the chain can tell.
        var bytes = try FileSurgery.bytes(path)
        bytes[second + 32] ^= 0x01
        let length = Int(bytes[second]) | Int(bytes[second + 1]) << 8
        let crc = CRC32C.checksum(bytes[(second + 8)..<(second + length)])
        try FileSurgery.write(path, Array(bytes[second..<(second + length)]), at: second)
        try FileSurgery.write(path, withUnsafeBytes(of: crc.littleEndian) { Array($0) }, at: second + 4)
        let report = try store.open(.read).verify()
        #expect(report.problem?.kind == .chain)
        #expect(report.problem?.position == 2)
        #expect(report.events == 1)
    }
}
