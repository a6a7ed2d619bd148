@testable import EventStore

/// Everything a multi-process test checks about a log, read record by record: where each
/// command's events are, each stream's versions, and every rule the file store must keep
/// whatever the processes did (a command's events consecutive and in one stream, appearing
/// once; stream versions 1…n with no gap).
struct LogAudit {
    /// One command's events.
    struct Command: Equatable {
        var positions: ClosedRange<UInt64>
        var stream: String
        /// The stream version of the command's last event.
        var lastVersion: UInt64
    }

    var commands: [String: Command] = [:]
    /// Each stream's version (its number of events).
    var streamVersions: [String: UInt64] = [:]
    var events: UInt64 = 0
    /// Broken rules, in words; empty for a sound log.
    var problems: [String] = []

    init(_ log: EventLog) throws {
        var previousCommand = ""
        try log.forEachRecord { record in
            events += 1
            let position = record.position
            let stream = record.stream
            let commandID = record.commandID
            if position != events { problems.append("position \(position) where \(events) was expected") }
            let version = streamVersions[stream, default: 0] + 1
            if record.streamVersion != version {
                problems.append(
                    "position \(position): stream \(stream) at version \(record.streamVersion), not \(version)")
            }
            streamVersions[stream] = version
            if commandID == previousCommand, var command = commands[commandID] {
                if command.stream != stream { problems.append("command \(commandID) spans streams") }
                command.positions = command.positions.lowerBound...position
                command.lastVersion = record.streamVersion
                commands[commandID] = command
            } else if let earlier = commands[commandID] {
                problems.append("command \(commandID) at \(earlier.positions) appears again at \(position)")
            } else {
                commands[commandID] = Command(
                    positions: position...position, stream: stream, lastVersion: record.streamVersion)
            }
            previousCommand = commandID
        }
    }
}
