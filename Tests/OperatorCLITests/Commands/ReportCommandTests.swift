import Foundation
import Operations
import Programme
import Testing

@testable import OperatorCLI

/// `eig report`: the exit codes of DESIGN §7 and the file it writes.
@Suite(.serialized)
struct ReportCommandTests {
    /// A fresh directory with the demo's store in `store/`, removed after.
    final class DemoDirectory {
        let path: String
        var store: String { path + "/store" }

        init(demo: Bool = true) throws {
            let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-cli-report-XXXXXX").path
            var bytes = Array(template.utf8CString)
            guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
            path = String(cString: made)
            let (office, _) = try ProgrammeOffice.openOrCreate(at: store, actor: "alice")
            if demo { _ = try office.runDemo() }
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func run(_ arguments: [String]) -> Outcome {
        CLIHarness.run(arguments, root: CommandTree.root)
    }

    @Test func writesThePageAndSaysWhere() throws {
        let directory = try DemoDirectory()
        let out = directory.path + "/rapport.html"
        let outcome = Self.run(["report", "--store", directory.store, "--out", out])
        #expect(outcome.code == .success, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(out))
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""))
        // Made at the CLI's clock: 1 June 2021, 14:00 in Paris.
        #expect(html.contains("1er juin 2021 à 14:00 (heure de Paris)"))

        let english = Self.run([
            "report", "--store", directory.store, "--out", directory.path + "/report.html", "--lang", "en",
            "--edition", "5", "--json",
        ])
        #expect(english.code == .success, "\(english.stderr)")
        #expect(english.stdout.contains("\"position\"") && english.stdout.contains("\"chainHash\""))
        let page = try String(contentsOfFile: directory.path + "/report.html", encoding: .utf8)
        #expect(page.contains("lang=\"en\"") && page.contains("Statistics of Cohort 5 (2021)"))
    }

    @Test func anEmptyStoreStillGetsAPage() throws {
        let directory = try DemoDirectory(demo: false)
        let outcome = Self.run(["report", "--store", directory.store, "--out", directory.path + "/r.html"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.contains("no promotion yet"))
        #expect(try String(contentsOfFile: directory.path + "/r.html", encoding: .utf8).contains("Rien à montrer"))
    }

    @Test func refusesToWriteOutsideAnExistingDirectory() throws {
        let directory = try DemoDirectory()
        for out in [directory.path + "/missing/r.html", directory.path, "/proc/eig-report.html"] {
            let outcome = Self.run(["report", "--store", directory.store, "--out", out])
            #expect(outcome.code == .cannotCreate, "\(out): \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["store"])
    }

    @Test(arguments: [
        (["--lang", "de"], ExitCode.usage), (["--lang", "FR"], .usage), (["--edition", "0"], .usage),
        (["--edition", "9"], .notFound),
    ])
    func badOptionsAreRefusedAndWriteNothing(_ options: [String], _ code: ExitCode) throws {
        let directory = try DemoDirectory()
        let outcome = Self.run(["report", "--store", directory.store, "--out", directory.path + "/r.html"] + options)
        #expect(outcome.code == code, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/r.html"))
    }

    @Test func outIsRequiredAndTheStoreMustExist() throws {
        let directory = try DemoDirectory(demo: false)
        #expect(Self.run(["report", "--store", directory.store]).code == .usage)
        let missing = Self.run(["report", "--store", directory.path + "/nope", "--out", directory.path + "/r.html"])
        #expect(missing.code == .notFound)
    }
}
