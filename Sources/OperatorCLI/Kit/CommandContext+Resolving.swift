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
        from values: ParsedValues, command: Command, path: [String], now: Instant
    ) throws(CLIError) -> RecordingOptions {
        let at = values.options["at"]?.last as? DateArgument
        let reason = values.options["reason"]?.last as? String ?? values.rawOptions["reason"]?.last
        let ownsReason = command.options.contains { $0.name == "reason" }
        if let at {
            guard let reason else {
                throw .usage("--at needs --reason TEXT, saying why the event is recorded late", command: path)
            }
            guard at.start <= now else {
                throw .usage(
                    "--at \(at) is in the future; an event can be recorded late, never ahead of time",
                    command: path
                )
            }
            return RecordingOptions(
                commandID: values.options["command-id"]?.last as? String,
                onBehalfOf: values.options["on-behalf-of"]?.last as? String,
                backdating: .init(occurredAt: at.start, reason: reason)
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
}
