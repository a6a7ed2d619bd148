import EventStore
import Foundation
import Programme
import Testing

@testable import OperatorCLI

/// A store in a fresh temporary directory for the audit commands' tests, removed with the
/// value; runs eig in process as any account, at any time.
final class AuditStore {
    let root: String
    var path: String { root + "/store" }

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-audit-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        root = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Runs `eig ARGUMENTS --store <store>` as `actor` at `now` (default: inside edition 5's calls).
    func run(_ arguments: [String], as actor: String = "alice", now: String = "2021-03-15T12:00:00Z") -> Outcome {
        var system = CLIHarness.system(actor: actor)
        let instant = try! BusinessInstant(parsing: now, bareDate: .startOfDay)
        system.now = { instant }
        return CLIHarness.run(arguments + ["--store", path], root: CommandTree.root, system: system)
    }

    /// Runs and expects exit 0; returns standard output.
    @discardableResult
    func succeed(
        _ arguments: [String], as actor: String = "alice", now: String = "2021-03-15T12:00:00Z",
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        let outcome = run(arguments, as: actor, now: now)
        #expect(
            outcome.code == .success, "eig \(arguments.joined(separator: " ")): \(outcome.stderr)",
            sourceLocation: sourceLocation)
        return outcome.stdout
    }

    /// The JSON document a `--json` run printed.
    func json(_ arguments: [String], as actor: String = "alice", now: String = "2021-06-01T12:00:00Z") throws
        -> JSON
    {
        try JSON(parsing: Array(succeed(arguments + ["--json"], as: actor, now: now).utf8))
    }

    /// Edition 5 opened, P5-001 drafted with a mentor and submitted, C5-0001 filed.
    func edition5() {
        succeed(["init"])
        succeed(ProgrammeCommandsTests.openEdition5)
        succeed(ProgrammeCommandsTests.draft + ["--lead", "Damien Carré"])
        succeed(["dossier", "submit", "P5-001"])
        succeed([
            "candidate", "apply", "--edition", "5", "--profile", "dev", "--experience-years", "5", "--name",
            "Léa Martin", "--email", "lea.martin@example.org",
        ])
    }

    /// Every file under the store, as bytes, by relative path.
    func files() throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let manager = FileManager.default
        for relative in try manager.subpathsOfDirectory(atPath: path) {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = Array(try Data(contentsOf: URL(fileURLWithPath: full)))
            }
        }
        return result
    }
}

/// Reading test expectations out of a parsed document: `json["events"]?[0]?["type"]?.text`.
extension JSON {
    subscript(member key: String) -> JSON? { self[key] }

    subscript(item index: Int) -> JSON? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var items: [JSON] {
        if case .array(let items) = self { items } else { [] }
    }

    var text: String? {
        if case .string(let text) = self { text } else { nil }
    }

    var int: Int? {
        if case .int(let value) = self { Int(value) } else { nil }
    }
}
