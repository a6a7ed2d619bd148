/// Reads a command line against the command tree: finds the command, then its options and
/// arguments, each value checked by its parser. Every problem is a usage error (exit 64) that
/// names the option or argument and points to the command's help.
///
/// The grammar: `eig <noun> <verb> [arguments] [options]`; long options only (`--name value`,
/// `--name=value`), plus `-h`; options and arguments in any order after the command; `--` ends
/// the options (what follows is positional, even if it starts with `-`).
struct CommandLineParser {
    let root: Command

    func parse(_ arguments: [String]) throws(CLIError) -> ParsedCommandLine {
        var command = root
        var path = [root.name]
        var index = 0
        /// Leading options met between group names, handed to the command that runs.
        var carried: [String] = []
        while command.isGroup {
            guard index < arguments.count else {
                throw CLIError.usage(
                    "missing command: '\(path.joined(separator: " "))' needs one of: "
                        + command.subcommands.map(\.name).joined(separator: ", "),
                    command: path
                )
            }
            let token = arguments[index]
            if Self.isHelp(token) {
                return .help(path: path, command: command)
            }
            if token == "--version" && path.count == 1 {
                return .version
            }
            if let declaration = Self.leadingOption(token, of: command) {
                carried.append(token)
                index += 1
                if !declaration.isFlag, !token.contains("="), index < arguments.count {
                    carried.append(arguments[index])
                    index += 1
                }
                continue
            }
            guard let next = command.subcommand(named: token) else {
                if arguments[index...].prefix(while: { $0 != "--" }).contains(where: Self.isHelp) {
                    return .help(path: path, command: command)
                }
                throw unknownCommand(token, in: command, path: path)
            }
            command = next
            path.append(token)
            index += 1
        }
        let rest = carried + Array(arguments[index...])
        if rest.prefix(while: { $0 != "--" }).contains(where: Self.isHelp) {
            return .help(path: path, command: command)
        }
        return .run(path: path, command: command, values: try parseCommand(command, path: path, tokens: rest))
    }

    /// The group's leading option `token` names (`--as-at` or `--as-at=42`), if any.
    static func leadingOption(_ token: String, of group: Command) -> OptionDeclaration? {
        guard token.hasPrefix("--") else { return nil }
        let name = token.dropFirst(2).prefix { $0 != "=" }
        return group.leadingOptions.first { $0.name == name }
    }

    static func isHelp(_ token: String) -> Bool {
        token == "--help" || token == "-h"
    }

    func unknownCommand(_ token: String, in group: Command, path: [String]) -> CLIError {
        let place = path.joined(separator: " ")
        if token.hasPrefix("-") {
            return .usage(
                "expected a command after '\(place)', not the option \(token.quotedForMessage()); "
                    + "options go after the command",
                command: path
            )
        }
        var message = "\(token.quotedForMessage()) is not a command of '\(place)'"
        if let near = Suggestion.closest(to: token, among: group.subcommands.map(\.name)) {
            message += "; did you mean '\(near)'?"
        }
        return .usage(message, command: path)
    }

    /// The options and arguments of a command that runs.
    func parseCommand(_ command: Command, path: [String], tokens: [String]) throws(CLIError) -> ParsedValues {
        let declarations = command.allOptions
        let byName = Dictionary(declarations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var values = ParsedValues()
        var positionals: [String] = []
        var index = 0
        var isAfterSeparator = false

        func usage(_ message: String) -> CLIError { .usage(message, command: path) }

        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if isAfterSeparator || token == "-" || Self.isNegativeNumber(token) || !token.hasPrefix("-") {
                positionals.append(token)
                continue
            }
            if token == "--" {
                isAfterSeparator = true
                continue
            }
            guard token.hasPrefix("--") else {
                throw usage(unknownOptionMessage(token, among: declarations))
            }
            let body = token.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inline = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            guard let declaration = byName[name] else {
                throw usage(unknownOptionMessage("--" + name, among: declarations))
            }
            guard declaration.isRepeatable || !values.isGiven(name) else {
                throw usage("--\(name) is given more than once")
            }
            switch declaration.kind {
            case .flag:
                guard inline == nil else {
                    throw usage("--\(name) is a flag and takes no value")
                }
                values.flags.insert(name)
            case .value(let valueName, let expectation, let parse):
                let text: String
                if let inline {
                    text = inline
                } else if index < tokens.count, !Self.looksLikeOption(tokens[index]) {
                    text = tokens[index]
                    index += 1
                } else {
                    throw usage(
                        "--\(name) needs a value <\(valueName)>: \(expectation)"
                            + (index < tokens.count ? " (for a value starting with '-', write --\(name)=VALUE)" : "")
                    )
                }
                do throws(ValueError) {
                    values.options[name, default: []].append(try parse(text))
                    values.rawOptions[name, default: []].append(text)
                } catch {
                    throw usage("invalid --\(name): \(error.message)")
                }
            }
        }
        values.arguments = try assign(positionals, to: command.arguments, path: path)
        for declaration in declarations where declaration.isRequired && !values.isGiven(declaration.name) {
            throw usage("missing option \(declaration.synopsis)")
        }
        for names in command.allExclusive {
            let given = names.filter(values.isGiven)
            if given.count > 1 {
                throw usage(given.map { "--" + $0 }.joined(separator: " and ") + " cannot be used together")
            }
        }
        return values
    }

    /// Spreads the positional values over the declared arguments, in order: each takes its
    /// minimum, then the extra ones go to the first arguments that accept more.
    func assign(
        _ positionals: [String], to declarations: [ArgumentDeclaration], path: [String]
    ) throws(CLIError) -> [String: [any Sendable]] {
        var extra = positionals.count - declarations.reduce(0) { $0 + $1.count.lowerBound }
        if extra < 0 {
            var available = positionals.count
            for declaration in declarations {
                if available < declaration.count.lowerBound {
                    throw CLIError.usage("missing argument <\(declaration.name)>: \(declaration.help)", command: path)
                }
                available -= declaration.count.lowerBound
            }
        }
        var result: [String: [any Sendable]] = [:]
        var index = 0
        for declaration in declarations {
            let taken =
                declaration.count.lowerBound
                + min(max(extra, 0), declaration.count.upperBound - declaration.count.lowerBound)
            extra -= taken - declaration.count.lowerBound
            for text in positionals[index..<index + taken] {
                do throws(ValueError) {
                    result[declaration.name, default: []].append(try declaration.parse(text))
                } catch {
                    throw CLIError.usage("invalid <\(declaration.name)>: \(error.message)", command: path)
                }
            }
            index += taken
        }
        if index < positionals.count {
            throw CLIError.usage("unexpected argument \(positionals[index].quotedForMessage())", command: path)
        }
        return result
    }

    func unknownOptionMessage(_ token: String, among declarations: [OptionDeclaration]) -> String {
        var message = "unknown option \(token.quotedForMessage())"
        let name = String(token.drop { $0 == "-" }.prefix { $0 != "=" })
        if let near = Suggestion.closest(to: name, among: declarations.map(\.name) + ["help"]) {
            message += "; did you mean '--\(near)'?"
        }
        return message
    }

    /// `-5`, `-2..3`: a value, not an option.
    static func isNegativeNumber(_ token: String) -> Bool {
        let bytes = Array(token.utf8)
        return bytes.count > 1 && bytes[0] == UInt8(ascii: "-") && bytes[1].isASCIIDigit
    }

    /// A token that cannot be the value of the option before it.
    static func looksLikeOption(_ token: String) -> Bool {
        token.hasPrefix("-") && token != "-" && !isNegativeNumber(token)
    }
}
