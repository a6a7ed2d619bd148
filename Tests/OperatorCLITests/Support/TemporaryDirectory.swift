import EventStore
import Foundation

@testable import OperatorCLI

/// A fresh temporary directory for one test, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-cli-test-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs `eig` (the real command tree) with this directory as the working directory.
    func eig(_ arguments: [String], environment: [String: String] = [:]) -> Outcome {
        CLIHarness.run(
            arguments, environment: environment, root: CommandTree.root,
            system: CLIHarness.system(directory: path)
        )
    }

    /// Appends `count` events to `stream` in the store at `store` (relative to this directory),
    /// one command each, with JSON payloads `{"title": "Défi N", "eigs": N}`.
    func appendEvents(_ count: Int, stream: String = "dossier-P5-003", store: String = "EventLog") throws {
        let log = try EventLog.open(at: path + "/" + store, mode: .write)
        for number in 1...count {
            let payload = Array(#"{"title": "Défi \#(number)", "eigs": \#(number)}"#.utf8)
            let event = ProposedEvent(
                type: "DossierDrafted", occurredAt: Timestamp(microsecondsSinceEpoch: 1_617_832_740_000_000),
                payload: payload
            )
            _ = try log.append(
                AppendRequest(
                    stream: stream, expected: .any,
                    metadata: CommandMetadata(commandID: "\(stream)-\(number)", actor: "bob", onBehalfOf: "Jury"),
                    events: [event]
                )
            )
        }
    }

    /// The store's segment files, by path.
    func segmentPaths(store: String = "EventLog") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path + "/" + store)
            .filter { $0.hasPrefix("segment-") }.sorted().map { path + "/" + store + "/" + $0 }
    }
}
