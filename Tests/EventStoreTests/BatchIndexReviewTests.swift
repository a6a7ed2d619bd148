import Testing

@testable import EventStore

/// Second reading of the batch-append index (one filter over the runs, remembered run counts,
/// merges in memory): two writers and a reader on one directory (standing for three
/// processes) append, repeat commands and refresh at random, and every answer is compared
/// with a model of the log.
struct BatchIndexReviewTests {
    /// The index tests' small segments, with a run every three events.
    static let options = CheckpointedStore.options.with { $0.checkpointInterval = 3 }

    @Test(arguments: Array(1...12) as [UInt64])
    func twoWritersAndAReaderAgreeWithTheModel(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let store = try TemporaryStore(options: Self.options)
        let logs = [store.log, try store.open(.write)]
        let reader = try store.open(.read)
        var versions: [String: UInt64] = [:]
        var commands: [String: ClosedRange<UInt64>] = [:]
        var head: UInt64 = 0
        var nextCommand = 0
        for round in 0..<220 {
            let log = logs[Int.random(in: 0...1, using: &random)]
            var batch: [AppendRequest] = []
            var expected: [AppendResult] = []
            var batchVersions: [String: UInt64] = [:]
            var batchIDs: Set<String> = []
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                let stream = "s-\(Int.random(in: 0..<9, using: &random))"
                if !commands.isEmpty, Int.random(in: 0..<4, using: &random) == 0 {
                    let old = "c-\(Int.random(in: 0..<nextCommand, using: &random))"
                    guard let range = commands[old], !batchIDs.contains(old) else { continue }
                    batchIDs.insert(old)
                    batch.append(Controls.request(stream, expected: .exact(999), command: old))
                    expected.append(AppendResult(positions: range, streamVersion: 0, isDuplicate: true))
                    continue
                }
                let id = "c-\(nextCommand)"
                nextCommand += 1
                batchIDs.insert(id)
                let current = batchVersions[stream] ?? versions[stream] ?? 0
                let count = Int.random(in: 1...3, using: &random)
                batch.append(
                    Controls.request(
                        stream, expected: current == 0 ? .noStream : .exact(current), command: id,
                        events: Array(repeating: Controls.event(), count: count)))
                let first = head + 1 + UInt64(expected.filter { !$0.isDuplicate }.map(\.positions.count).reduce(0, +))
                expected.append(
                    AppendResult(
                        positions: first...(first + UInt64(count) - 1), streamVersion: current + UInt64(count),
                        isDuplicate: false))
                batchVersions[stream] = current + UInt64(count)
            }
            guard !batch.isEmpty else { continue }
            let results = try log.append(batch: batch)
            #expect(results.map(\.positions) == expected.map(\.positions), "seed \(seed) round \(round)")
            #expect(results.map(\.isDuplicate) == expected.map(\.isDuplicate), "seed \(seed) round \(round)")
            for (request, result) in zip(batch, results) where !result.isDuplicate {
                commands[request.metadata.commandID] = result.positions
                head = max(head, result.positions.upperBound)
            }
            for (stream, version) in batchVersions { versions[stream] = version }
            // A stale expected version is refused by either writer.
            if let (stream, version) = versions.randomElement(using: &random), version > 0 {
                let other = logs[Int.random(in: 0...1, using: &random)]
                #expect(throws: StoreError.self, "seed \(seed) round \(round)") {
                    try other.append(Controls.request(stream, expected: .exact(version - 1), command: "stale-\(round)"))
                }
            }
            if Int.random(in: 0..<3, using: &random) == 0 {
                try reader.refresh()
                for stream in 0..<9 {
                    #expect(reader.streamVersion("s-\(stream)") == versions["s-\(stream)"] ?? 0, "seed \(seed)")
                }
                for _ in 0..<5 {
                    let number = Int.random(in: 0..<(nextCommand + 3), using: &random)
                    #expect(try reader.result(ofCommand: "c-\(number)")?.positions == commands["c-\(number)"])
                }
            }
        }
        for log in logs + [reader] {
            try log.refresh()
            for stream in 0..<9 { #expect(log.streamVersion("s-\(stream)") == versions["s-\(stream)"] ?? 0) }
            for number in 0..<(nextCommand + 5) {
                #expect(try log.result(ofCommand: "c-\(number)")?.positions == commands["c-\(number)"])
            }
        }
        #expect(store.log.verify().isSound)
    }
}

extension BatchIndexReviewTests {
    /// Two command ids whose 32-bit run keys are equal (found by a birthday search).
    private static func collidingCommandIDs() -> (String, String) {
        var seen: [UInt32: String] = [:]
        var number = 0
        while true {
            let id = "collide-\(number)"
            let key = HashedName(id).commandKey
            if let earlier = seen[key] { return (earlier, id) }
            seen[key] = id
            number += 1
        }
    }

    /// A command whose key equals that of a command in a run (a "maybe" from both filters and
    /// a candidate in the run) is new; both are found, by the writer, a reopened writer and a
    /// reader, before and after they share a merged run.
    @Test func commandIDsWithTheSameRunKeyAreToldApart() throws {
        let (first, second) = Self.collidingCommandIDs()
        #expect(first != second && HashedName(first).commandKey == HashedName(second).commandKey)
        let store = try TemporaryStore(options: Self.options)
        let log = store.log
        #expect(try log.append(Controls.request("s-a", command: first)).positions == 1...1)
        for number in 0..<10 { _ = try log.append(Controls.request("s-b", command: "filler-\(number)")) }
        #expect(log.index.runsEnd >= 1)
        let added = try log.append(Controls.request("s-c", command: second))
        #expect(!added.isDuplicate && added.positions == 12...12)
        for number in 10..<40 { _ = try log.append(Controls.request("s-b", command: "filler-\(number)")) }
        #expect(log.index.runsEnd >= 12)
        for other in [log, try store.open(.write), try store.open(.read)] {
            #expect(try other.result(ofCommand: first)?.positions == 1...1)
            #expect(try other.result(ofCommand: second)?.positions == 12...12)
            if other.mode == .write {
                #expect(try other.append(Controls.request("s-c", command: second)).positions == 12...12)
            }
        }
    }
}

extension BatchIndexReviewTests {
    /// Names whose hashes share the slot tag (high half), the slot (low half), or the whole
    /// hash are still told apart by the name, before and after the table grows.
    @Test func nameTableTellsApartNamesWithEqualTagsAndHashes() {
        var table = NameTable<Int>()
        var names: [HashedName] = []
        for number in 0..<200 {
            let hash: UInt64 =
                switch number % 3 {
                case 0: 0xABCD_0123_0000_0000 | UInt64(number)  // one tag for all
                case 1: UInt64(number) << 32 | 7  // one slot for all
                default: 0xDEAD_BEEF_0000_0005  // one hash for all
                }
            let name = HashedName(text: "n-\(number)", hash: hash)
            #expect(table.find(name) == nil)
            #expect(table.insert(name, number) == number)
            names.append(name)
            if number % 37 == 0 {
                for (earlier, known) in names.enumerated() { #expect(table[known] == earlier) }
            }
        }
        for (number, name) in names.enumerated() {
            #expect(table[name] == number)
            #expect(table[HashedName(text: name.text + "x", hash: name.hash)] == nil)
        }
        // findOrInsert finds each of them where they are, and inserts a look-alike once.
        for (number, name) in names.enumerated() {
            #expect(table.findOrInsert(name, -1) == (number, false))
            let lookAlike = HashedName(text: name.text + "y", hash: name.hash)
            #expect(table.findOrInsert(lookAlike, 1000 + number) == (200 + number, true))
            #expect(table.findOrInsert(lookAlike, -1) == (200 + number, false))
            #expect(table[lookAlike] == 1000 + number)
        }
        #expect(table.count == 400)
    }
}

extension BatchIndexReviewTests {
    /// A long-lived reader whose tables were built over the runs it loaded takes up the runs a
    /// writer saved since, one of them damaged: its answers come from the log and the sound runs
    /// only (the tables are made again, never from the damaged run).
    @Test func aReaderRebuildsItsTablesWithoutARunFoundDamagedAfterARefresh() throws {
        let store = try TemporaryStore(options: Self.options)
        func append(_ range: Range<Int>) throws {
            for number in range {
                _ = try store.log.append(Controls.request("s-\(number % 5)", command: "c-\(number)"))
            }
        }
        func expectAnswers(_ log: EventLog, commands: Int) throws {
            for stream in 0..<5 {
                #expect(log.streamVersion("s-\(stream)") == UInt64((0..<commands).filter { $0 % 5 == stream }.count))
            }
            for number in 0..<(commands + 5) {
                let expected = number < commands ? UInt64(number + 1)...UInt64(number + 1) : nil
                #expect(try log.result(ofCommand: "c-\(number)")?.positions == expected, "c-\(number)")
            }
        }
        try append(0..<30)
        let reader = try store.open(.read)
        try expectAnswers(reader, commands: 30)
        try expectAnswers(reader, commands: 30)
        try append(30..<60)
        // The newest run file is then the writer's newest run, and no merge renames one meanwhile.
        try store.log.waitForCompaction()
        func firstPosition(_ path: String) -> UInt64 {
            IndexRunLayout.range(ofFileName: String(path.split(separator: "/").last ?? ""))?.lowerBound ?? 0
        }
        let newest = try #require(
            try FileSurgery.indexRunPaths(in: store.directory).max { firstPosition($0) < firstPosition($1) })
        let length = try FileSurgery.bytes(newest).count
        try FileSurgery.flipByte(newest, at: length - 1)
        try reader.refresh()
        // The refresh took up the writer's runs, the damaged one among them, unchecked.
        #expect(reader.index.runs.contains { newest.hasSuffix("/" + $0.name) && !$0.isVerified })
        try expectAnswers(reader, commands: 60)
        #expect(reader.index.runs.allSatisfy { $0.isVerified })
        #expect(!reader.index.runs.contains { newest.hasSuffix("/" + $0.name) })
    }
}
