import EventStore
import Foundation
import Testing

@testable import OperatorCLI

/// `eig replay`: queries on the state the log held at a past position or time.
struct ReplayCommandTests {
    static let jury = "2021-05-05T18:00:00Z"

    /// Edition 5: P5-001 judged and accepted on 2021-05-05 (the jury's evening); in June it is
    /// reopened, sent back, renamed and accepted again. Returns the position of the first
    /// acceptance.
    static func scriptedEdition(_ store: AuditStore) throws -> Int {
        store.edition5()
        store.succeed(["dossier", "review", "P5-001"], now: "2021-04-10T10:00:00Z")
        store.succeed(["dossier", "preselect", "P5-001"], now: "2021-04-20T10:00:00Z")
        store.succeed(AccessCommandTests.evaluate, now: "2021-05-05T14:00:00Z")
        let accepted = try store.json(["dossier", "accept", "P5-001"], now: jury)
        let june = "2021-06-10T10:00:00Z"
        store.succeed(["dossier", "reopen", "P5-001", "--reason", "funding fell through"], now: june)
        store.succeed(
            ["dossier", "request-correction", "P5-001", "--reason", "outdated", "--message", "New funding?"], now: june)
        store.succeed(["dossier", "amend", "P5-001", "--title", "Signaux faibles 2", "--eigs", "3"], now: june)
        for verb in ["resubmit", "review", "preselect"] { store.succeed(["dossier", verb, "P5-001"], now: june) }
        store.succeed(AccessCommandTests.evaluate, now: june)
        store.succeed(["dossier", "accept", "P5-001"], now: june)
        return try #require(accepted[member: "position"]?.int)
    }

    @Test func asAtTheJurysEveningTheListIsWhatTheJurySawAndAsAtNowTheNewOne() throws {
        let store = try AuditStore()
        let position = try Self.scriptedEdition(store)
        let then = store.run(["replay", "--as-at", String(position), "dossier", "list", "--edition", "5"])
        #expect(then.code == .success, "\(then.stderr)")
        let lines = then.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Replay as at position \(position) of ") == true)
        #expect(lines.last?.contains("accepted") == true)
        #expect(lines.last?.contains("Signaux faibles ") == true)
        #expect(lines.last?.contains("Signaux faibles 2") == false)

        let json = store.run(["replay", "dossier", "list", "--as-at", String(position), "--json"])
        #expect(json.stderr.hasPrefix("eig: replay as at position \(position) of "))
        let rows = try JSON(parsing: Array(json.stdout.utf8))
        #expect(rows[item: 0]?[member: "title"]?.text == "Signaux faibles")
        #expect(rows[item: 0]?[member: "entrepreneurs"]?.int == 2)

        let now = try JSON(parsing: Array(store.succeed(["replay", "dossier", "list", "--json"]).utf8))
        #expect(now[item: 0]?[member: "title"]?.text == "Signaux faibles 2")
        #expect(now[item: 0]?[member: "status"]?.text == "accepted")
        let shown = store.succeed(["replay", "--as-at", String(position), "dossier", "show", "P5-001"])
        #expect(shown.contains("title:          Signaux faibles\n"))
        #expect(shown.contains("Isabelle Fontaine"))
    }

    @Test func asOfABusinessDateAndTimesBeforeAndAfterTheLog() throws {
        let store = try AuditStore()
        _ = try Self.scriptedEdition(store)
        let asOf = try store.json(["replay", "--as-of", "2021-05-06", "dossier", "show", "P5-001"])
        #expect(asOf[member: "title"]?.text == "Signaux faibles")
        #expect(asOf[member: "status"]?.text == "accepted")
        let before = store.run(["replay", "--as-at", "2000-01-01", "dossier", "list"])
        #expect(before.stdout.hasPrefix("Replay as at position 0 of "))
        let missing = store.run(["replay", "--as-at", "2000-01-01", "dossier", "show", "P5-001"])
        #expect(missing.code == .notFound)
        #expect(missing.stderr == "eig: dossier P5-001 did not exist yet at position 0\n")
        let stats = store.run(["replay", "--as-at", "2100-01-01T00:00Z", "stats", "--edition", "5"])
        #expect(stats.code == .success)
        #expect(store.run(["replay", "--as-at", "yesterday", "stats"]).code == .usage)
        #expect(store.run(["replay", "--as-at", "1", "log", "show"]).code == .usage)
    }

    @Test func anAuditorReplaysWithoutSeeingNames() throws {
        let store = try AuditStore()
        let position = try Self.scriptedEdition(store)
        store.succeed(["access", "grant", "audrey", "auditor"])
        let shown = store.run(["replay", "--as-at", String(position), "dossier", "show", "P5-001"], as: "audrey")
        #expect(shown.code == .success)
        #expect(!shown.stdout.contains("Isabelle"))
        #expect(store.run(["replay", "candidate", "list"], as: "audrey").code == .success)
        #expect(store.run(["replay", "candidate", "list"], as: "jules").code == .refused)
    }

    /// The record before the log's last damaged (a valid one follows it: not a torn write): a
    /// replay up to now would leave them out and is refused (exit 74); a replay as at the
    /// jury's evening, before it, stands; queries answer with a warning; the read models'
    /// catch-up exits 74.
    @Test func aReplayPastDamageIsRefusedAndOneBeforeItStands() throws {
        let store = try AuditStore()
        let position = try Self.scriptedEdition(store)
        let (path, offsets) = try Self.lastSegmentRecords(store)
        try Self.edit(path, at: offsets[offsets.count - 2] + 40) { [$0[0] ^ 0x01] }

        let now = store.run(["replay", "dossier", "list"])
        #expect(now.code == .ioError)
        #expect(now.stderr.contains("so a replay up to there would leave out what follows"))
        let then = store.run(["replay", "--as-at", String(position), "dossier", "list", "--edition", "5"])
        #expect(then.code == .success, "\(then.stderr)")
        #expect(then.stdout.hasPrefix("Replay as at position \(position) of "))
        let shown = store.run(["replay", "--as-at", String(position), "dossier", "show", "P5-001"])
        #expect(shown.code == .success)
        #expect(!shown.stderr.contains("warning"))
        // A query of the read models answers from the readable events, and says so.
        let listed = store.run(["dossier", "list", "--edition", "5"])
        #expect(listed.code == .success)
        #expect(listed.stderr.hasPrefix("eig: warning: the log cannot be read past position "))
        let dossier = store.run(["dossier", "show", "P5-001"])
        #expect(dossier.code == .success)
        #expect(dossier.stderr.hasPrefix("eig: warning: the log cannot be read past position "))
        // Cron's catch-up folds what it can read, then exits 74 so that someone hears of it.
        let catchUp = store.run(["projections", "catch-up"])
        #expect(catchUp.code == .ioError)
        #expect(catchUp.stderr.contains("so the read models stop there"))
        #expect(!catchUp.stderr.contains("warning"))
    }

    /// The last record half written, as a reader sees an append in progress or a crash leaves
    /// it (verify: a torn tail the next writer cuts): no alarm, and the replay up to now stands.
    @Test func aHalfWrittenLastRecordIsNoAlarm() throws {
        let store = try AuditStore()
        _ = try Self.scriptedEdition(store)
        let (path, offsets) = try Self.lastSegmentRecords(store)
        let end = offsets.last! + 40
        try Self.edit(path, at: end) { [UInt8](repeating: 0, count: $0.count) }
        let now = store.run(["replay", "dossier", "list"])
        #expect(now.code == .success, "\(now.stderr)")
        #expect(!now.stderr.contains("warning"))
        let listed = store.run(["dossier", "list", "--edition", "5"])
        #expect(listed.code == .success)
        #expect(!listed.stderr.contains("warning"))
        #expect(store.run(["log", "show"]).code == .success)
        #expect(store.run(["verify"]).code == .success)
    }

    /// The last segment's path and the offset of each of its records (walking the length fields).
    static func lastSegmentRecords(_ store: AuditStore) throws -> (String, [Int]) {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: store.path).filter { $0.hasPrefix("segment-") }.sorted()
                .last)
        let path = store.path + "/" + name
        let bytes = Array(try #require(FileManager.default.contents(atPath: path)))
        var offsets: [Int] = []
        var offset = 64
        while offset + 4 <= bytes.count {
            let length = bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
            if length == 0 { break }
            offsets.append(offset)
            offset += length
        }
        return (path, offsets)
    }

    /// Replaces the bytes of `path` from `offset` on (up to a megabyte) with `change(them)`.
    static func edit(_ path: String, at offset: Int, _ change: ([UInt8]) -> [UInt8]) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        let old = Array(try #require(try handle.read(upToCount: 1 << 20)))
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: change(old))
    }
}
