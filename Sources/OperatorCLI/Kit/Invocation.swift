import EventStore

/// One run of one command: its parsed arguments and options, its context, its console.
///
/// Values are read back with the typed keys the command declared, so a command never handles
/// raw text: `invocation.value(of: Self.limit)` is an `Int?` that the kit has already checked.
struct Invocation {
    /// `["eig", "log", "show"]`.
    var commandPath: [String]
    var context: CommandContext
    var console: Console
    var standardInput: StandardInput
    var parsed: ParsedValues
    /// The log the access gate opened for reading, if it opened one: commands that only read
    /// reuse it instead of opening the log a second time (``AccessGate``).
    var gateLog: EventLog? = nil

    /// The option's value (the last one given), or `nil` when absent.
    func value<Value>(of option: Option<Value>) -> Value? {
        parsed.options[option.declaration.name]?.last as? Value
    }

    /// Every value of a repeatable option, in order.
    func values<Value>(of option: Option<Value>) -> [Value] {
        (parsed.options[option.declaration.name] ?? []).compactMap { $0 as? Value }
    }

    /// The value of an option declared `isRequired` (the parser made sure it is there).
    func required<Value>(_ option: Option<Value>) throws(CLIError) -> Value {
        guard let value = value(of: option) else {
            throw CLIError(.internalError, "the required option --\(option.declaration.name) has no value")
        }
        return value
    }

    func isSet(_ flag: Flag) -> Bool {
        parsed.flags.contains(flag.declaration.name)
    }

    /// The value of an argument declared with `count: 1...1`.
    func argument<Value>(_ argument: Argument<Value>) throws(CLIError) -> Value {
        guard let value = parsed.arguments[argument.declaration.name]?.first as? Value else {
            throw CLIError(.internalError, "the argument <\(argument.declaration.name)> has no value")
        }
        return value
    }

    /// Every value of an optional or repeated argument, in order.
    func arguments<Value>(_ argument: Argument<Value>) -> [Value] {
        (parsed.arguments[argument.declaration.name] ?? []).compactMap { $0 as? Value }
    }

    /// A usage error pointing at this command's help.
    func usageError(_ message: String) -> CLIError {
        .usage(message, command: commandPath)
    }
}
