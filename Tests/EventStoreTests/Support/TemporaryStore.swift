import Foundation
import Synchronization
import Testing

@testable import EventStore

/// A fresh temporary directory for one test, removed when the value is released (at the end
/// of the test that made it).
final class TemporaryDirectory {
    let path: String

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-store-test-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A new store in a fresh temporary directory (`<tmp>/store`), removed with the value.
final class TemporaryStore {
    let root: TemporaryDirectory
    let directory: String
    let options: EventLogOptions
    /// The log `create` returned, open for writing.
    let log: EventLog

    init(options: EventLogOptions = .testing) throws {
        root = try TemporaryDirectory()
        directory = root.path + "/store"
        self.options = options
        log = try EventLog.create(at: directory, options: options)
    }

    /// Another log on the same store.
    func open(_ mode: AccessMode, options: EventLogOptions? = nil) throws -> EventLog {
        try EventLog.open(at: directory, mode: mode, options: options ?? self.options)
    }

    var segmentPaths: [String] { get throws { try FileSurgery.segmentPaths(in: directory) } }

    /// The bytes of every segment and index run, by path: equal before and after an operation
    /// that must change no file.
    var fileBytes: [String: [UInt8]] {
        get throws {
            var files: [String: [UInt8]] = [:]
            for path in try segmentPaths + FileSurgery.indexRunPaths(in: directory) {
                files[path] = try FileSurgery.bytes(path)
            }
            return files
        }
    }
}

extension EventLogOptions {
    /// Small segments, a short lock timeout, and a fatal handler that records instead of exiting.
    static var testing: EventLogOptions {
        var options = EventLogOptions()
        options.lockTimeout = .milliseconds(200)
        options.onFatalError = { error in Issue.record("unexpected fatal error: \(error)") }
        return options
    }

    func with(_ change: (inout EventLogOptions) -> Void) -> EventLogOptions {
        var copy = self
        change(&copy)
        return copy
    }
}

/// Shared example values, so every test speaks of the same dossier.
enum Controls {
    static let occurredAt = Timestamp(iso8601: "2021-03-01T10:00:00Z")!

    static func event(_ type: String = "DossierSubmitted", payload: String = #"{"title":"Signaux faibles"}"#)
        -> ProposedEvent
    {
        ProposedEvent(type: type, schemaVersion: 1, occurredAt: occurredAt, payload: Array(payload.utf8))
    }

    static func request(
        _ stream: String = "dossier-P5-0007", expected: ExpectedVersion = .any, command: String = UUID().uuidString,
        events: [ProposedEvent] = [event()], conditions: [StreamCondition] = []
    ) -> AppendRequest {
        AppendRequest(
            stream: stream, expected: expected,
            metadata: CommandMetadata(commandID: command, actor: "alice", correlationID: "import-2021"),
            events: events, conditions: conditions)
    }
}

/// A clock tests move by hand (and backwards).
final class ManualClock: Sendable {
    private let now = Mutex(Timestamp(iso8601: "2021-05-04T18:00:00Z")!)

    func set(_ time: Timestamp) { now.withLock { $0 = time } }
    func advance(microseconds: Int64) { now.withLock { $0.microsecondsSinceEpoch += microseconds } }
    func read() -> Timestamp { now.withLock { $0 } }
}
