/// What the parser and the help need to know about one `--option`, whatever its value type.
struct OptionDeclaration: Sendable {
    enum Kind: Sendable {
        /// `--json`: present or not.
        case flag
        /// `--limit N`: takes a value, shown as `<valueName>` in help.
        case value(valueName: String, expectation: String, parse: @Sendable (String) throws(ValueError) -> any Sendable)
    }

    /// The name without its dashes: `limit` for `--limit`.
    var name: String
    /// One sentence for `--help`.
    var help: String
    var kind: Kind
    /// Missing it is a usage error.
    var isRequired: Bool
    /// It may be given more than once (each value is kept, in order); otherwise a second
    /// occurrence is a usage error.
    var isRepeatable: Bool
    /// What happens when it is not given, for help: "100", "all events".
    var defaultDescription: String?

    var isFlag: Bool {
        if case .flag = kind { true } else { false }
    }

    /// `--limit <N>` or `--json`.
    var synopsis: String {
        switch kind {
        case .flag: "--\(name)"
        case .value(let valueName, _, _): "--\(name) <\(valueName)>"
        }
    }
}

/// Anything a command lists among its options.
protocol OptionConvertible: Sendable {
    var declaration: OptionDeclaration { get }
}

/// A typed `--name <VALUE>` option: declared once as a `static let` beside its command, and the
/// key to read its value back from the ``Invocation``.
///
///     static let limit = Option("limit", valueName: "N", help: "Print at most N events.",
///                               parser: .integer(in: 1...1_000_000), defaultDescription: "all")
///     let limit = invocation.value(of: Self.limit) ?? .max
struct Option<Value: Sendable>: OptionConvertible {
    var declaration: OptionDeclaration

    init(
        _ name: String,
        valueName: String,
        help: String,
        parser: ValueParser<Value>,
        isRequired: Bool = false,
        isRepeatable: Bool = false,
        defaultDescription: String? = nil
    ) {
        let parse = parser.parse
        declaration = OptionDeclaration(
            name: name,
            help: help,
            kind: .value(
                valueName: valueName,
                expectation: parser.expectation,
                parse: { (text) throws(ValueError) -> any Sendable in try parse(text) }
            ),
            isRequired: isRequired,
            isRepeatable: isRepeatable,
            defaultDescription: defaultDescription
        )
    }
}

/// A `--name` flag without a value.
struct Flag: OptionConvertible {
    var declaration: OptionDeclaration

    init(_ name: String, help: String) {
        declaration = OptionDeclaration(
            name: name, help: help, kind: .flag, isRequired: false, isRepeatable: false
        )
    }
}

/// Options that travel together from command to command (the store, the output formats, the
/// recording options of commands that write), declared once and shown under their own title
/// in help.
struct OptionGroup: Sendable {
    var title: String
    var options: [OptionDeclaration]
    /// Sets of option names of which at most one may be given (`json` and `csv`).
    var exclusive: [[String]]

    init(title: String, options: [any OptionConvertible], exclusive: [[String]] = []) {
        self.title = title
        self.options = options.map(\.declaration)
        self.exclusive = exclusive
    }
}
