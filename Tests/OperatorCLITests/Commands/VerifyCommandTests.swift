import EventStore
import Foundation
import Testing

@testable import OperatorCLI

struct VerifyCommandTests {
    @Test func aSoundStoreExitsZero() throws {
        let directory = try TemporaryDirectory()
        #expect(directory.eig(["init"]).code == .success)
        try directory.appendEvents(4)
        let outcome = directory.eig(["verify"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("sound: 5 events, 1 segment, "))
        let report = try JSON(parsing: Array(directory.eig(["verify", "--json"]).stdout.utf8))
        #expect(report["sound"] == .bool(true))
        #expect(report["events"] == .integer(5))
        #expect(report["problem"] == .null)
    }

    /// Flips one byte in the middle of the founder's grant (position 1) and five records of
    /// equal size: in the third of those, at position 4.
    func damagedStore() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        #expect(directory.eig(["init"]).code == .success)
        try directory.appendEvents(5)
        let used = try #require(
            try JSON(parsing: Array(directory.eig(["log", "head", "--json"]).stdout.utf8)).objectInteger("bytes")
        )
        let segment = try #require(try directory.segmentPaths().first)
        let handle = try #require(FileHandle(forUpdatingAtPath: segment))
        let offset = UInt64(64 + (used - 64) / 2)
        try handle.seek(toOffset: offset)
        let byte = try #require(try handle.read(upToCount: 1)).first! ^ 0x01
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: [byte])
        try handle.close()
        return directory
    }

    @Test func aFlippedByteExits74NamingItsPosition() throws {
        let directory = try damagedStore()
        let outcome = directory.eig(["verify"])
        #expect(outcome.code == .ioError)
        #expect(outcome.stdout.isEmpty)
        #expect(
            outcome.stderr.hasPrefix("eig: the store is damaged: position 4: segment-00000000000000000001.eig, offset ")
        )
    }

    /// An auditor's listing of a damaged log shows what is readable and says it is cut short.
    @Test func logShowOfADamagedStorePrintsTheEventsBeforeItAndExits74() throws {
        let directory = try damagedStore()
        let outcome = directory.eig(["log", "show"])
        #expect(outcome.code == .ioError)
        #expect(outcome.stdout.split(separator: "\n").count == 3)
        #expect(
            outcome.stderr.hasPrefix(
                "eig: the log cannot be read past position 3, so the events after it are not shown: segment segment-"))
        #expect(outcome.stderr.contains("run `eig verify`"))
        let limited = directory.eig(["log", "show", "--limit", "2"])
        #expect(limited.code == .success)
        #expect(limited.stdout.split(separator: "\n").count == 2)
        #expect(directory.eig(["log", "show", "--stream", "$access"]).code == .ioError)
        let head = directory.eig(["log", "head"])
        #expect(head.code == .ioError)
        #expect(head.stdout.contains("position"))
        #expect(head.stderr.hasPrefix("eig: the log cannot be read past position 3"))
        let exported = directory.eig(["export", "events"])
        #expect(exported.code == .ioError)
        #expect(exported.stdout.split(separator: "\n").count == 3)
    }

    /// A stream whose events all come after the damage: the listing is refused for the damage
    /// (exit 74), not answered with "no stream", which an auditor would take as the truth.
    @Test func logShowOfAStreamPastTheDamageExits74() throws {
        let directory = try TemporaryDirectory()
        #expect(directory.eig(["init"]).code == .success)
        try directory.appendEvents(5)
        try directory.appendEvents(2, stream: "dossier-P5-009")
        let segment = try #require(try directory.segmentPaths().first)
        let handle = try #require(FileHandle(forUpdatingAtPath: segment))
        try handle.seek(toOffset: 64 + 200)
        let byte = try #require(try handle.read(upToCount: 1)).first! ^ 0x01
        try handle.seek(toOffset: 64 + 200)
        try handle.write(contentsOf: [byte])
        try handle.close()
        let shown = directory.eig(["log", "show", "--stream", "dossier-P5-009"])
        #expect(shown.code == .ioError)
        #expect(shown.stderr.contains("the log cannot be read past position"))
        #expect(directory.eig(["log", "show", "--stream", "dossier-P5-404"]).code == .ioError)
    }

    @Test func theJSONReportDescribesTheProblem() throws {
        let directory = try damagedStore()
        let outcome = directory.eig(["verify", "--json"])
        #expect(outcome.code == .ioError)
        let report = try JSON(parsing: Array(outcome.stdout.utf8))
        guard let problem = report["problem"], case .object = problem else {
            throw CLIError(.internalError, "no problem in \(outcome.stdout)")
        }
        #expect(report["sound"] == .bool(false))
        #expect(problem["position"] == .integer(4))
        #expect(problem["file"] == .string("segment-00000000000000000001.eig"))
    }
}

extension JSON {
    func objectInteger(_ key: String) -> Int? {
        guard case .int(let value)? = self[key] else { return nil }
        return Int(value)
    }
}
