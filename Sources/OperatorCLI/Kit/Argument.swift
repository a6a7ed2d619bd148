/// What the parser and the help need to know about one positional argument.
struct ArgumentDeclaration: Sendable {
    /// Shown as `<ID>` in usage.
    var name: String
    var help: String
    var expectation: String
    var parse: @Sendable (String) throws(ValueError) -> any Sendable
    /// How many values it takes: `1...1` required, `0...1` optional, `1...3` a short list.
    var count: ClosedRange<Int>

    /// `<ID>`, `[<ID>]`, `<CHALLENGE>...`.
    var synopsis: String {
        let one = "<\(name)>"
        switch (count.lowerBound, count.upperBound) {
        case (1, 1): return one
        case (0, 1): return "[\(one)]"
        case (0, _): return "[\(one)...]"
        default: return "\(one)..."
        }
    }
}

/// Anything a command lists among its positional arguments.
protocol ArgumentConvertible: Sendable {
    var declaration: ArgumentDeclaration { get }
}

/// A typed positional argument, declared beside its command and used to read its value back.
///
///     static let id = Argument("ID", help: "The dossier, e.g. P5-003.", parser: .identifier())
///     let id = invocation.argument(Self.id)
struct Argument<Value: Sendable>: ArgumentConvertible {
    var declaration: ArgumentDeclaration

    init(_ name: String, help: String, parser: ValueParser<Value>, count: ClosedRange<Int> = 1...1) {
        let parse = parser.parse
        declaration = ArgumentDeclaration(
            name: name,
            help: help,
            expectation: parser.expectation,
            parse: { (text) throws(ValueError) -> any Sendable in try parse(text) },
            count: count
        )
    }
}

/// One example for help: the command line and what it does.
struct Example: Sendable {
    var commandLine: String
    var explanation: String

    init(_ commandLine: String, _ explanation: String) {
        self.commandLine = commandLine
        self.explanation = explanation
    }
}
