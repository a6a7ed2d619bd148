/// `--name value` options and valueless switches, read by name; every option given must be
/// read, so a misspelt one is refused instead of silently ignored.
struct BenchFlags {
    /// Options that take no value.
    static let switches: Set<String> = ["replace"]

    /// Words before the first option (the phase of `store`).
    private(set) var words: [String] = []
    private var values: [String: String] = [:]

    init(_ arguments: [String]) throws(BenchUsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--") else {
                guard values.isEmpty else { throw BenchUsageError("unexpected argument '\(argument)'") }
                words.append(argument)
                continue
            }
            let name = String(argument.dropFirst(2))
            guard values[name] == nil else { throw BenchUsageError("\(argument) is given twice") }
            if Self.switches.contains(name) {
                values[name] = ""
                continue
            }
            guard index < arguments.count else { throw BenchUsageError("\(argument) needs a value") }
            values[name] = arguments[index]
            index += 1
        }
    }

    /// The text of `--name`, or `nil` when it is absent (and marks it as read).
    mutating func text(_ name: String) -> String? {
        values.removeValue(forKey: name)
    }

    /// The text of a required `--name`.
    mutating func required(_ name: String) throws(BenchUsageError) -> String {
        guard let value = text(name) else { throw BenchUsageError("--\(name) is required") }
        return value
    }

    /// Whether the switch `--name` was given.
    mutating func isSet(_ name: String) -> Bool {
        text(name) != nil
    }

    /// The integer value of `--name` (default when absent), within `range`.
    mutating func integer(_ name: String, default value: Int, in range: ClosedRange<Int> = 0...Int.max)
        throws(BenchUsageError) -> Int
    {
        guard let text = text(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw BenchUsageError(
                "--\(name) must be an integer in \(range.lowerBound)...\(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// One of `choices` for `--name`.
    mutating func choice(_ name: String, of choices: [String], default value: String? = nil)
        throws(BenchUsageError) -> String
    {
        guard let text = text(name) ?? value else { throw BenchUsageError("--\(name) is required") }
        guard choices.contains(text) else {
            throw BenchUsageError("--\(name) must be \(choices.joined(separator: "|")), not '\(text)'")
        }
        return text
    }

    /// Fails if an option or word was given that the subcommand did not read.
    mutating func checkAllRead(wordsUsed: Int = 0) throws(BenchUsageError) {
        if let unknown = values.keys.sorted().first { throw BenchUsageError("unknown option --\(unknown)") }
        if words.count > wordsUsed { throw BenchUsageError("unexpected argument '\(words[wordsUsed])'") }
    }
}

/// A mistake in the command line (exit code 64).
struct BenchUsageError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
