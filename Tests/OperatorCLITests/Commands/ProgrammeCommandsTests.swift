import Foundation
import Operations
import Programme
import Testing

@testable import OperatorCLI

/// The programme's commands run in process on a temporary store, with a fixed clock.
struct ProgrammeCommandsTests {
    /// A store in a fresh temporary directory, removed with the value.
    final class Store {
        let root: String
        var path: String { root + "/store" }

        init() throws {
            let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-cli-XXXXXX").path
            var bytes = Array(template.utf8CString)
            guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
            root = String(cString: made)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// Runs `eig ARGUMENTS --store <store>` at `now` (default: inside edition 5's two calls).
        func run(_ arguments: [String], now: String = "2021-03-15T12:00:00Z") -> Outcome {
            var system = CLIHarness.system()
            let instant = try! BusinessInstant(parsing: now, bareDate: .startOfDay)
            system.now = { instant }
            return CLIHarness.run(arguments + ["--store", path], root: CommandTree.root, system: system)
        }
    }

    static let openEdition5 = [
        "edition", "open", "5", "--year", "2021", "--projects", "2021-02-01..2021-04-07", "--candidates",
        "2021-03-01..2021-05-02", "--promotion", "2021-09-01..2022-06-30",
    ]
    static let draft = [
        "dossier", "draft", "--edition", "5", "--title", "Signaux faibles", "--host", "DGE", "--eigs", "2",
        "--profiles", "datascience,dev", "--mentor", "Isabelle Fontaine",
    ]

    @Test func aCreatingCommandPrintsItsIdAndWithJSONItsPosition() throws {
        let store = try Store()
        #expect(store.run(["init"]).code == .success)
        let opened = store.run(Self.openEdition5 + ["--json"])
        #expect(opened.code == .success)
        #expect(opened.stdout == "{\n  \"id\": \"5\",\n  \"position\": 2\n}\n")
        let drafted = store.run(Self.draft)
        #expect(drafted.stdout == "P5-001\n")
        #expect(drafted.stderr.isEmpty)
        let submitted = store.run(["dossier", "submit", "P5-001", "--json"])
        #expect(submitted.stdout == "{\n  \"id\": \"P5-001\",\n  \"status\": \"submitted\",\n  \"position\": 4\n}\n")
    }

    @Test func aRefusalExitsOneWithTheRulesSentenceAndCode() throws {
        let store = try Store()
        _ = store.run(["init"])
        _ = store.run(Self.openEdition5)
        _ = store.run(Self.draft)
        let late = store.run(["dossier", "submit", "P5-001"], now: "2021-04-08T08:00:00Z")
        #expect(late.code == .refused)
        #expect(
            late.stderr
                == "eig: P5-001 cannot be submitted: the project call of edition 5 closed on 2021-04-07 23:59 "
                + "Europe/Paris [dossier.call-closed]\n")
        let backdated = store.run(
            ["dossier", "submit", "P5-001", "--at", "2021-04-07T18:00", "--reason", "paper dossier received in time"],
            now: "2021-04-08T08:00:00Z")
        #expect(backdated.code == .success)
        #expect(backdated.stdout == "P5-001: submitted\n")
    }

    @Test func showPrintsEveryFieldWithSnakeCaseStatus() throws {
        let store = try Store()
        _ = store.run(["init"])
        _ = store.run(Self.openEdition5)
        _ = store.run(
            Self.draft + ["--lead", "Damien Carré", "--town", "Paris", "--partners", "Urssaf,Banque de France"])
        _ = store.run(["dossier", "submit", "P5-001"])
        _ = store.run(["dossier", "request-correction", "P5-001", "--reason", "incomplete", "--message", "Budget?"])
        let shown = store.run(["dossier", "show", "P5-001", "--json"])
        #expect(shown.code == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "correction_requested")
        #expect(object["partners"] as? [String] == ["Urssaf", "Banque de France"])
        #expect((object["correction"] as? [String: String])?["reason"] == "incomplete")
        #expect(object["funding"] is NSNull)
        let people = try #require(object["people"] as? [String: String])
        #expect(Set(people.values) == ["Isabelle Fontaine", "Damien Carré"])
        let human = store.run(["dossier", "show", "P5-001"])
        #expect(human.stdout.contains("status:"))
        #expect(human.stdout.contains("Isabelle Fontaine (person-"))
        #expect(store.run(["dossier", "show", "P5-002"]).code == .notFound)
    }

    @Test func withoutAStoreCommandsSayWhereTheyLooked() {
        let store = try! Store()
        let outcome = store.run(Self.openEdition5)
        #expect(outcome.code == .notFound)
        #expect(outcome.stderr.contains("no store at \(store.path)"))
    }

    @Test(arguments: [
        (OperationsError(.rejected, "x", rejection: .noMentor(try! DossierID(parsing: "P5-001"))), ExitCode.refused),
        (OperationsError(.rejected, "x", rejection: .invalidText(field: "title", problem: .empty)), .dataError),
        (OperationsError(.notFound, "x"), .notFound),
        (OperationsError(.invalidInput, "x"), .dataError),
        (OperationsError(.busy, "x"), .busy),
        (OperationsError(.storage, "x"), .ioError),
        (OperationsError(.cannotCreate, "x"), .cannotCreate),
        (OperationsError(.internalError, "x"), .internalError),
    ])
    func operationsErrorsBecomeTheExitCodesOfDesign(error: OperationsError, code: ExitCode) {
        #expect(CLIError(operations: error).code == code)
    }
}
