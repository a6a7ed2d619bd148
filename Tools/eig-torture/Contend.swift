import EventStore
import Glibc

/// `contend`: one of several processes racing on the same streams. Every command reads a
/// stream's version and appends with `exact(version)`; a conflict means another process got
/// there first, so it re-reads and tries again, as a command handler does.
enum Contend {
    /// Conflicts one command tolerates before giving up: generous, since four processes on
    /// twenty streams collide often, but bounded so a livelock fails loudly.
    static let maximumAttempts = 1000

    static func run(_ flags: inout Flags) throws {
        let worker = try flags.integer("worker", default: 0, in: 0...9999)
        let streams = try flags.integer("streams", default: 20, in: 1...1_000_000)
        let commands = try flags.integer("commands", default: 500, in: 0...10_000_000)
        let seed = UInt64(try flags.integer("seed", default: worker))
        let log = try TortureStore.open(&flags)
        try flags.checkAllRead()
        var random = SeededRandom(seed: seed)
        guard commands > 0 else { return }
        for number in 1...commands {
            let stream = "contended-\(Int.random(in: 0..<streams, using: &random))"
            let commandID = "worker-\(worker)-\(number)"
            let version = try appendWithRetries(log, stream: stream, commandID: commandID)
            StandardStreams.line("ACK \(commandID) \(stream) \(version)")
        }
    }

    /// Appends one event to `stream` at the version just read; returns the event's version.
    private static func appendWithRetries(_ log: EventLog, stream: String, commandID: String) throws -> UInt64 {
        var attempts = 0
        while true {
            attempts += 1
            try log.refresh()
            let request = TortureStore.request(
                stream: stream, expected: .exact(log.streamVersion(stream)), commandID: commandID, count: 1,
                payloadBytes: 16)
            let outcome: Result<AppendResult, StoreError>
            do throws(StoreError) {
                outcome = .success(try log.append(request))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let result):
                return result.streamVersion
            case .failure(let error) where error.code == .versionConflict || error.code == .busy:
                // Lost the race: decide again on fresh state, a bounded number of times.
                if attempts >= maximumAttempts { throw error }
            case .failure(let error):
                throw error
            }
        }
    }
}
