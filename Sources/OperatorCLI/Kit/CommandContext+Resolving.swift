import Programme

/// Builds the context from the common options, once for every command.
extension CommandContext {
    init(
        values: ParsedValues,
        command: Command,
        path: [String],
        environment: [String: String],
        system: SystemFacts
    ) throws(CLIError) {
        store = StoreLocation(
            option: values.options["store"]?.last as? String,
            environment: environment,
            currentDirectory: system.currentDirectory
        )
        format = values.flags.contains("json") ? .json : values.flags.contains("csv") ? .csv : .human
        actor = system.actor
        self.environment = environment
        now = system.now
        recording = try Self.recording(from: values, command: command, path: path, now: system.now())
    }

    /// `--at` needs a reason and may not be in the future; the recording group's own
    /// `--reason` means nothing without `--at`.
    static func recording(
        from values: ParsedValues, command: Command, path: [String], now: BusinessInstant
    ) throws(CLIError) -> RecordingOptions {
        let at = values.options["at"]?.last as? BusinessInstant
        let reason = values.options["reason"]?.last as? String ?? values.rawOptions["reason"]?.last
        let ownsReason = command.options.contains { $0.name == "reason" }
        if let at {
            guard let reason else {
                throw .usage("--at needs --reason TEXT, saying why the event is recorded late", command: path)
            }
            guard at <= now else {
                throw .usage(
                    "--at \(Self.shown(at)) is in the future; an event can be recorded late, never ahead of time",
                    command: path
                )
            }
            return RecordingOptions(
                commandID: values.options["command-id"]?.last as? String,
                onBehalfOf: values.options["on-behalf-of"]?.last as? String,
                backdating: .init(occurredAt: at, reason: reason)
            )
        }
        if reason != nil, !ownsReason {
            throw .usage("--reason goes with --at: it says why an event is recorded late", command: path)
        }
        return RecordingOptions(
            commandID: values.options["command-id"]?.last as? String,
            onBehalfOf: values.options["on-behalf-of"]?.last as? String,
            backdating: nil
        )
    }

    /// `2021-06-01T12:00:01Z`: an instant in UTC, with microseconds only when it has some.
    static func shown(_ instant: BusinessInstant) -> String {
        instant.microsecondsSinceEpoch % 1_000_000 == 0
            ? String(instant.description.prefix(19)) + "Z" : instant.description
    }
}
