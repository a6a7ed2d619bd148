import EventStore

/// `eig log show`: the events of the log, in order.
enum LogShowCommand {
    static let from = Option(
        "from", valueName: "N", help: "Start at position N.",
        parser: ValueParser<Int>.integer(in: 1...Int.max), defaultDescription: "1"
    )
    static let limit = Option(
        "limit", valueName: "N", help: "Print at most N events.",
        parser: ValueParser<Int>.integer(in: 1...Int.max), defaultDescription: "all"
    )
    static let stream = Option(
        "stream", valueName: "STREAM", help: "Only the events of this stream, e.g. dossier-P5-003.",
        parser: ValueParser<String>.text(maxLength: EventLogLimits.maximumNameBytes)
    )

    static let command = Command(
        name: "show",
        summary: "Print the events of the log in order.",
        discussion: "One line per event: position, recorded-at (UTC), stream@version, type and "
            + "schema version, actor. With --json, JSON Lines: one event per line with every "
            + "envelope field and the payload as JSON. If damage stops the reading before the "
            + "end of the log, the events before it are printed and the command exits with 74.",
        options: [from, limit, stream],
        groups: [.store, .jsonLines],
        examples: [
            Example("eig log show --limit 20", "The first 20 events."),
            Example("eig log show --from 1000 --json", "Every event from position 1000, as JSON Lines."),
            Example("eig log show --stream dossier-P5-003", "One dossier's events."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let log = try StoreAccess.open(invocation.context.store)
        let first = UInt64(invocation.value(of: from) ?? 1)
        var remaining = invocation.value(of: limit) ?? .max
        let width = String(log.head.position).count
        func show(_ event: RecordedEvent) {
            if invocation.context.format == .json {
                invocation.emitJSONLine(EventRendering.json(event))
            } else {
                invocation.console.printLine(EventRendering.line(event, positionWidth: width))
            }
            remaining -= 1
        }
        if let name = invocation.value(of: stream) {
            guard log.streamVersion(name) > 0 else {
                // Its events may all be past damage that stops the reading: say that, not "none".
                try StoreAccess.requireReadToTheEnd(log)
                throw CLIError(.notFound, "the log has no stream \(name.quotedForMessage())")
            }
            for event in try log.events(inStream: name) where event.position >= first {
                guard remaining > 0 else { break }
                show(event)
            }
        } else {
            var cursor = log.events(from: first)
            while remaining > 0, let event = try cursor.next() {
                show(event)
            }
        }
        if remaining > 0 { try StoreAccess.requireReadToTheEnd(log) }
    }
}
