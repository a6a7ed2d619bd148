/// Writes `--help` for any node of the command tree: what it does, how to call it, every
/// argument and option with the value it expects, and examples. Wrapped at 80 columns.
struct HelpRenderer {
    var width = 80
    /// The column where descriptions start.
    var descriptionColumn = 26

    func render(_ command: Command, path: [String]) -> String {
        var sections: [String] = []
        var overview = wrap("OVERVIEW: \(command.summary)", indent: 0)
        if !command.discussion.isEmpty {
            overview += "\n\n" + wrap(command.discussion, indent: 0)
        }
        sections.append(overview)
        if command.isGroup {
            sections.append(contentsOf: groupSections(command, path: path))
        } else {
            sections.append(contentsOf: commandSections(command, path: path))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    func groupSections(_ group: Command, path: [String]) -> [String] {
        let name = path.joined(separator: " ")
        var sections = ["USAGE: \(name) <command> [arguments] [options]"]
        sections.append(
            "COMMANDS:\n" + group.subcommands.map { twoColumns($0.name, $0.summary) }.joined(separator: "\n")
        )
        if path.count == 1 {
            sections.append(
                "OPTIONS:\n" + twoColumns("-h, --help", "Show help for eig or any command.") + "\n"
                    + twoColumns("--version", "Print eig's version.")
            )
            sections.append(
                "ENVIRONMENT:\n"
                    + twoColumns("EIG_STORE", "The store's directory when --store is not given (default ./EventLog).")
            )
            sections.append(
                "EXIT CODES:\n"
                    + ExitCode.allCases.map { twoColumns(String($0.rawValue), $0.meaning, column: 8) }.joined(
                        separator: "\n")
            )
        }
        sections.append("See '\(name) <command> --help' for the help of a command.")
        return sections
    }

    func commandSections(_ command: Command, path: [String]) -> [String] {
        var sections = [usage(command, path: path)]
        if !command.arguments.isEmpty {
            sections.append(
                "ARGUMENTS:\n"
                    + command.arguments.map { twoColumns("<\($0.name)>", "\($0.help) (\($0.expectation))") }
                    .joined(separator: "\n")
            )
        }
        let help = twoColumns("-h, --help", "Show this help.")
        sections.append("OPTIONS:\n" + (command.options.map(describe) + [help]).joined(separator: "\n"))
        for group in command.effectiveGroups {
            sections.append("\(group.title):\n" + group.options.map(describe).joined(separator: "\n"))
        }
        if !command.examples.isEmpty {
            sections.append(
                "EXAMPLES:\n"
                    + command.examples.map { "  \($0.commandLine)\n" + wrap($0.explanation, indent: 6) }
                    .joined(separator: "\n")
            )
        }
        return sections
    }

    /// `USAGE: eig log show [--from <N>] …`, wrapped under itself.
    func usage(_ command: Command, path: [String]) -> String {
        var words = command.arguments.map(\.synopsis)
        for option in command.allOptions {
            let synopsis = option.synopsis + (option.isRepeatable ? " ..." : "")
            words.append(option.isRequired ? synopsis : "[\(synopsis)]")
        }
        let head = "USAGE: " + path.joined(separator: " ")
        var lines = [head]
        let indent = String(repeating: " ", count: min(head.count + 1, 30))
        for word in words {
            if DisplayWidth.of(lines[lines.count - 1]) + 1 + DisplayWidth.of(word) > width {
                lines.append(indent + word)
            } else {
                lines[lines.count - 1] += " " + word
            }
        }
        return lines.joined(separator: "\n")
    }

    func describe(_ option: OptionDeclaration) -> String {
        var notes: [String] = []
        if case .value(_, let expectation, _) = option.kind {
            notes.append(expectation)
        }
        if option.isRequired { notes.append("required") }
        if option.isRepeatable { notes.append("may be repeated") }
        if let value = option.defaultDescription { notes.append("default: \(value)") }
        let text = notes.isEmpty ? option.help : "\(option.help) (\(notes.joined(separator: "; ")))"
        return twoColumns(option.synopsis, text)
    }

    /// `  --limit <N>             Print at most N events.` — the description on the next line
    /// when the left side is too wide.
    func twoColumns(_ left: String, _ right: String, column: Int? = nil) -> String {
        let column = column ?? descriptionColumn
        let label = "  " + left
        let body = wrap(right, indent: column)
        let labelWidth = DisplayWidth.of(label)
        if labelWidth + 2 <= column {
            return label + String(body.dropFirst(labelWidth))
        }
        return label + "\n" + body
    }

    /// Word-wraps `text` (paragraphs separated by blank lines are kept) with every line indented.
    func wrap(_ text: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            if paragraph.allSatisfy({ $0 == " " }) { return "" }
            var lines: [String] = []
            var line = margin
            for word in paragraph.split(separator: " ") {
                if line.count > indent, DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                    lines.append(line)
                    line = margin
                }
                line += (line.count > indent ? " " : "") + word
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
