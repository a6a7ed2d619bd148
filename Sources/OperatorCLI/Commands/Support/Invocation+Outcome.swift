import EventStore
import Operations

/// What write commands print: data on standard output (the id, or the id and the new status),
/// notes on standard error.
extension Invocation {
    /// For a command that creates a record: its id (`--json`: `{"id": …, "position": …}`).
    func reportCreated(_ outcome: CommandOutcome) {
        noteIfDuplicate(outcome)
        switch context.format {
        case .json:
            var object = JSON.object([("id", .string(outcome.subjectID)), ("position", position(outcome))])
            if outcome.isDuplicate { object["duplicate"] = true }
            emitJSON(object)
        case .human, .csv:
            console.printLine(outcome.subjectID)
        }
    }

    /// For a command on an existing record: its id and its status now (`--json`: `{"id": …,
    /// "status": …, "position": …}`, the position of its last event, null if nothing changed).
    func reportChanged(_ outcome: CommandOutcome, id: String? = nil, status: String) {
        noteIfDuplicate(outcome)
        let shownID = id ?? outcome.subjectID
        switch context.format {
        case .json:
            var object = JSON.object([
                ("id", .string(shownID)), ("status", .string(status)), ("position", position(outcome)),
            ])
            if outcome.isDuplicate { object["duplicate"] = true }
            emitJSON(object)
        case .human, .csv:
            let unchanged = outcome.positions == nil ? " (nothing changed)" : ""
            console.printLine("\(shownID): \(status)\(unchanged)")
        }
    }

    private func position(_ outcome: CommandOutcome) -> JSON {
        outcome.positions.map { .integer(Int($0.upperBound)) } ?? .null
    }

    private func noteIfDuplicate(_ outcome: CommandOutcome) {
        guard outcome.isDuplicate, let positions = outcome.positions else { return }
        let at =
            positions.count == 1
            ? "position \(positions.lowerBound)" : "positions \(positions.lowerBound)-\(positions.upperBound)"
        console.note("command \(outcome.commandID) was already recorded (\(at)); nothing was written")
    }
}
