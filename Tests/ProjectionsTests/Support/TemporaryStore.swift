import EventStore
import Foundation
import Programme
import Testing

@testable import Projections

/// A fresh temporary directory for one test, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-projections-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A new store in a fresh temporary directory, with a writer that appends domain events and
/// decides commands through the domain, as Operations would.
final class TemporaryStore {
    let root: TemporaryDirectory
    let directory: String
    let log: EventLog
    /// Every domain event appended, by stream: the histories commands are decided on.
    private(set) var streams: [ProgrammeStream: [ProgrammeEvent]] = [:]
    private(set) var appended: [ProgrammeEvent] = []
    private var commandNumber = 0

    init() throws {
        root = try TemporaryDirectory()
        directory = root.path + "/store"
        var options = EventLogOptions()
        options.lockTimeout = .milliseconds(500)
        options.onFatalError = { error in Issue.record("unexpected fatal error: \(error)") }
        log = try EventLog.create(at: directory, options: options)
    }

    /// Another log on the same store, for reading.
    func reader() throws -> EventLog {
        try EventLog.open(at: directory, mode: .read)
    }

    /// The read side of the store, on a fresh reading log.
    func projections(_ change: (inout ProjectionOptions) -> Void = { _ in }) throws -> ProjectionStore {
        var options = ProjectionOptions()
        options.lockTimeout = .milliseconds(300)
        options.queryLockTimeout = .milliseconds(50)
        change(&options)
        return ProjectionStore(log: try reader(), options: options)
    }

    /// Appends `events` as one command per run of events of the same stream.
    func append(_ events: [ProgrammeEvent], at instant: BusinessInstant = Controls.inCandidateCall) throws {
        var index = 0
        while index < events.count {
            let stream = events[index].stream
            var end = index
            while end < events.count, events[end].stream == stream { end += 1 }
            commandNumber += 1
            let proposed = events[index..<end].map {
                ProposedEvent(
                    type: $0.typeName, schemaVersion: $0.schemaVersion,
                    occurredAt: Timestamp(microsecondsSinceEpoch: instant.microsecondsSinceEpoch),
                    payload: $0.encodedPayload())
            }
            _ = try log.append(
                AppendRequest(
                    stream: stream.name, expected: .any,
                    metadata: CommandMetadata(commandID: "test-\(commandNumber)", actor: "alice"), events: proposed))
            streams[stream, default: []] += events[index..<end]
            appended += events[index..<end]
            index = end
        }
    }

    /// Appends a raw event (any type, version and payload) to `stream`.
    func appendRaw(type: String, version: UInt16 = 1, stream: String, payload: String) throws {
        commandNumber += 1
        _ = try log.append(
            AppendRequest(
                stream: stream, expected: .any,
                metadata: CommandMetadata(commandID: "raw-\(commandNumber)", actor: "alice"),
                events: [
                    ProposedEvent(
                        type: type, schemaVersion: version,
                        occurredAt: Timestamp(microsecondsSinceEpoch: Controls.inCandidateCall.microsecondsSinceEpoch),
                        payload: Array(payload.utf8))
                ]))
    }

    /// Decides `command` on the streams it reads and appends its events; the rejection, if any.
    @discardableResult
    func run(_ command: ProgrammeCommand, at instant: BusinessInstant) throws -> Rejection? {
        var history = StreamHistory()
        for stream in command.streamsToRead { history[stream] = streams[stream] ?? [] }
        let decision: Decision
        do {
            decision = try command.decide(given: history, at: instant)
        } catch {
            return error
        }
        try append(decision.events, at: instant)
        return nil
    }
}
