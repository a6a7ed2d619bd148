/// `--name value` options, parsed once and read by name; every option must be read, so a
/// misspelt one is refused instead of silently ignored.
struct Flags {
    private var values: [String: String] = [:]

    init(_ arguments: [String]) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw UsageError(message: "unexpected argument '\(argument)'; options are --name value")
            }
            guard index + 1 < arguments.count else { throw UsageError(message: "\(argument) needs a value") }
            let name = String(argument.dropFirst(2))
            guard values[name] == nil else { throw UsageError(message: "\(argument) is given twice") }
            values[name] = arguments[index + 1]
            index += 2
        }
    }

    /// The text of `--name`, or `nil` when it is absent (and marks it as read).
    mutating func text(_ name: String) -> String? {
        values.removeValue(forKey: name)
    }

    /// The text of a required `--name`.
    mutating func required(_ name: String) throws(UsageError) -> String {
        guard let value = text(name) else { throw UsageError(message: "--\(name) is required") }
        return value
    }

    /// The integer value of `--name` (default when absent), within `range`.
    mutating func integer(_ name: String, default value: Int, in range: ClosedRange<Int> = 0...Int.max)
        throws(UsageError) -> Int
    {
        guard let text = text(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                message: "--\(name) must be an integer in \(range.lowerBound)...\(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// Fails if an option was given that the subcommand does not know.
    func checkAllRead() throws(UsageError) {
        if let unknown = values.keys.sorted().first { throw UsageError(message: "unknown option --\(unknown)") }
    }
}

/// A mistake in the command line (exit code 64).
struct UsageError: Error {
    var message: String
}
