import EventStore
import Foundation
import Programme
import Testing

@testable import OperatorCLI

/// The read side's commands on the demo's store, run in process: the figures, the formats,
/// the exit codes.
struct ReadSideCommandsTests {
    /// A temporary store filled by `eig demo`, removed with the value.
    final class DemoStore {
        let directory: TemporaryDirectory
        var path: String { directory.path + "/store" }

        init() throws {
            directory = try TemporaryDirectory()
            let demo = run(["demo"])
            #expect(demo.code == .success, "\(demo.stderr)")
        }

        /// Runs `eig ARGUMENTS --store <store>` after the demo's simulated year.
        func run(_ arguments: [String]) -> Outcome {
            var system = CLIHarness.system(directory: directory.path)
            let now = try! BusinessInstant(parsing: "2023-01-01T12:00:00Z", bareDate: .startOfDay)
            system.now = { now }
            return CLIHarness.run(arguments + ["--store", path], root: CommandTree.root, system: system)
        }

        func json(_ arguments: [String]) throws -> JSON {
            let outcome = run(arguments + ["--json"])
            #expect(outcome.code == .success, "\(outcome.stderr)")
            return try JSON(parsing: Array(outcome.stdout.utf8))
        }
    }

    @Test func afterTheDemoTheStatisticsGiveThePublishedAndSimulatedFigures() throws {
        let store = try DemoStore()
        let stats = try store.json(["stats"])
        guard case .array(let editions)? = stats["editions"], let totals = stats["totals"], case .object = totals else {
            Issue.record("not the stats shape: \(stats)")
            return
        }
        #expect(editions.map { $0["edition"] } == ["1", "2", "3", "4", "5", "dig"].map { .string($0) })
        #expect(editions.map { $0["challenges"] } == [9, 13, 15, 17, 16, 17].map { .integer($0) })
        #expect(editions.map { $0["entrepreneurs"] } == [9, 28, 32, 41, 39, 21].map { .integer($0) })
        #expect(totals["challenges"] == .integer(87))
        #expect(totals["entrepreneurs"] == .integer(170))
        let five = editions[4]
        #expect(five["year"] == .integer(2021))
        #expect(five["projects"]?["filed"] == .integer(18))
        #expect(five["candidates"]?["applied"] == .integer(471))
        #expect(five["candidates"]?["interviewed"] == .integer(96))
        #expect(five["candidates"]?["joined"] == .integer(39))
        for key in ["profiles", "hosts", "newHosts", "decisionDays", "jury"] { #expect(five[key] != nil, "\(key)") }
        #expect(stats["position"] != nil)

        let human = store.run(["stats"])
        #expect(human.code == .success)
        #expect(human.stdout.contains("défis"))
        #expect(human.stdout.split(separator: "\n").first?.hasSuffix("TOTAL") == true)

        let csv = store.run(["stats", "--csv"])
        #expect(csv.code == .success, "\(csv.stderr)")
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.first == ["figure", "1", "2", "3", "4", "5", "dig", "total"])
        #expect(rows.allSatisfy { $0.count == 8 }, "one cell per edition and the total on every line")
        let byLabel = Dictionary(rows.map { ($0[0], Array($0.dropFirst())) }, uniquingKeysWith: { first, _ in first })
        #expect(byLabel.count == rows.count, "every label names its figure alone")
        #expect(byLabel["défis"] == ["9", "13", "15", "17", "16", "17", "87"])
        #expect(byLabel["candidates interviewed"]?[4] == "96")
        #expect(byLabel["projects filed"]?[6] == "18")
        #expect(byLabel["days to decision median"] != nil)
        #expect(store.run(["stats", "--csv", "--json"]).code == .usage)
    }

    @Test func listsAndCohortsInEveryFormat() throws {
        let store = try DemoStore()
        let csv = store.run(["dossier", "list", "--edition", "5", "--csv"])
        #expect(csv.code == .success)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines.first?.hasPrefix("id,edition,status,host,funding,title,profiles,entrepreneurs,submitted,decided,jury")
                == true)
        #expect(lines.count == 19)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("P5-") })
        #expect(lines.dropFirst().map { $0.prefix(6) } == lines.dropFirst().map { $0.prefix(6) }.sorted())

        let accepted = try store.json(["dossier", "list", "--edition", "5", "--status", "accepted"])
        guard case .array(let rows) = accepted else { throw ValueError("not an array") }
        #expect(rows.count == 16)
        #expect(rows.allSatisfy { $0["status"] == .string("accepted") && $0["challenge"] != .null })

        let candidates = try store.json(["candidate", "list", "--edition", "5"])
        guard case .array(let candidatures) = candidates else { throw ValueError("not an array") }
        #expect(candidatures.count == 471)
        // People are shown by person id only: no name, no e-mail from the vault.
        let text = store.run(["candidate", "list", "--edition", "5", "--csv"]).stdout
        #expect(!text.contains("@"))

        let cohort = try store.json(["promotion", "show", "5"])
        guard case .array(let challenges)? = cohort["challenges"] else { throw ValueError("no challenges") }
        #expect(challenges.count == 16)
        let sizes = challenges.compactMap { value -> Int? in
            if case .int(let size)? = value["teamSize"] { Int(size) } else { nil }
        }
        #expect(sizes.reduce(0, +) == 39)
        #expect(cohort["status"] == .string("started"))
        #expect(store.run(["promotion", "show", "5"]).stdout.contains("in teams:"))
        #expect(store.run(["promotion", "list"]).stdout.split(separator: "\n").count == 7)
    }

    @Test func badQueriesAreRefusedWithTheirExitCodes() throws {
        let store = try DemoStore()
        let status = store.run(["dossier", "list", "--status", "acceptd"])
        #expect(status.code == .usage)
        #expect(status.stderr.contains("did you mean 'accepted'"))
        #expect(store.run(["promotion", "show", "9"]).code == .notFound)
        #expect(store.run(["stats", "--edition", "42"]).code == .notFound)
        // A list for an edition the log does not know is refused like `stats`, not an empty
        // list that hides the typo; a known edition with no matching row is an empty list.
        let unknown = store.run(["dossier", "list", "--edition", "42"])
        #expect(unknown.code == .notFound)
        #expect(unknown.stderr.contains("the log knows no edition 42"))
        #expect(store.run(["candidate", "list", "--edition", "banana", "--json"]).code == .notFound)
        let none = store.run(["candidate", "list", "--edition", "dig", "--csv"])
        #expect(none.code == .success)
        #expect(none.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
        #expect(store.run(["projections", "rebuild", "nope"]).code == .usage)
        #expect(store.run(["dossier", "list", "--json", "--csv"]).code == .usage)
        let missing = CLIHarness.run(["stats", "--store", store.directory.path + "/none"], root: CommandTree.root)
        #expect(missing.code == .notFound)
        #expect(missing.stderr.contains("no store"))
    }

    @Test func theEngineCommandsForOperatorsAndCron() throws {
        let store = try DemoStore()
        let first = store.run(["projections", "catch-up"])
        #expect(first.code == .success)
        #expect(first.stdout.contains("statistics:"))
        // Nothing new: silent, exit 0.
        let quiet = store.run(["projections", "catch-up"])
        #expect(quiet.code == .success && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let status = try store.json(["projections", "status"])
        guard case .array(let models)? = status["models"] else { throw ValueError("no models") }
        #expect(models.count == 4)
        #expect(models.allSatisfy { $0["lag"] == .integer(0) && $0["state"] == .string("current") })

        #expect(store.run(["snapshot", "create"]).code == .success)
        #expect(store.run(["snapshot", "verify"]).code == .success)
        let snapshots = store.path + "/snapshots"
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: snapshots).first { $0.hasPrefix("dossiers-") })
        var bytes = try Data(contentsOf: URL(fileURLWithPath: snapshots + "/" + file))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: snapshots + "/" + file))
        let verify = store.run(["snapshot", "verify"])
        #expect(verify.code == .ioError)
        #expect(verify.stdout.contains("checksum"))
        let rebuild = store.run(["projections", "rebuild", "dossiers"])
        #expect(rebuild.code == .success)
        #expect(rebuild.stderr.contains("ignored the snapshot"))
        #expect(rebuild.stdout.contains("dossiers:"))
        #expect(store.run(["snapshot", "prune", "--keep", "1"]).stdout.contains("removed"))
        #expect(store.run(["snapshot", "verify"]).code == .success)
    }
}
