/// The values of one command line, checked and typed, keyed by option and argument name.
struct ParsedValues {
    /// Parsed option values by option name, in command-line order.
    var options: [String: [any Sendable]] = [:]
    /// The text of each option value as given, by option name.
    var rawOptions: [String: [String]] = [:]
    var flags: Set<String> = []
    /// Parsed positional values by argument name.
    var arguments: [String: [any Sendable]] = [:]

    /// Whether the option or flag named `name` was given.
    func isGiven(_ name: String) -> Bool {
        flags.contains(name) || options[name] != nil
    }
}

/// What a command line asks for.
enum ParsedCommandLine {
    /// `--help` or `-h`: the help of the command at `path`.
    case help(path: [String], command: Command)
    /// `eig --version`.
    case version
    /// Run the command at `path` with these values.
    case run(path: [String], command: Command, values: ParsedValues)
}
