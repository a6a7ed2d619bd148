import Testing

@testable import OperatorCLI

/// Rules every command declaration follows, checked over the real tree so that a new command
/// that breaks one fails here rather than in an operator's hands.
struct CommandTreeTests {
    /// Every problem in the tree under `command`, as readable sentences.
    static func problems(in command: Command, path: [String] = []) -> [String] {
        let path = path + [command.name]
        let name = path.joined(separator: " ")
        var problems: [String] = []
        if command.summary.isEmpty { problems.append("\(name): no summary") }
        if !command.name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" }) {
            problems.append("\(name): the name is not lowercase words joined by '-'")
        }
        let siblings = command.subcommands.map(\.name)
        if Set(siblings).count != siblings.count { problems.append("\(name): two subcommands share a name") }
        if command.isGroup && command.subcommands.isEmpty && path.count > 1 {
            problems.append("\(name): a group without commands")
        }
        if !command.isGroup {
            let options = command.allOptions.map(\.name)
            if Set(options).count != options.count { problems.append("\(name): two options share a name") }
            if options.contains("help") || options.contains("version") {
                problems.append("\(name): --help and --version are the kit's")
            }
            let arguments = command.arguments.map(\.name)
            if Set(arguments).count != arguments.count { problems.append("\(name): two arguments share a name") }
            let optional = command.arguments.firstIndex { $0.count.lowerBound == 0 || $0.count.upperBound > 1 }
            if let optional, optional < command.arguments.count - 1 {
                problems.append("\(name): only the last argument may be optional or repeated")
            }
            for example in command.examples where !example.commandLine.hasPrefix(name) {
                problems.append("\(name): the example '\(example.commandLine)' is not of this command")
            }
            for option in command.allOptions where option.help.isEmpty {
                problems.append("\(name): --\(option.name) has no help")
            }
        }
        for line in HelpRenderer().render(command, path: path).split(separator: "\n")
        where DisplayWidth.of(String(line)) > 80 {
            problems.append("\(name): a help line is wider than 80 columns: \(line)")
        }
        return problems + command.subcommands.flatMap { Self.problems(in: $0, path: path) }
    }

    @Test func eigsCommandTreeFollowsTheRules() {
        #expect(Self.problems(in: CommandTree.root) == [])
    }

    @Test func theSampleTreeFollowsTheRules() {
        #expect(Self.problems(in: SampleCommands.root) == [])
    }

    @Test func brokenDeclarationsAreFound() {
        let broken = Command(
            name: "Bad", summary: "",
            arguments: [
                Argument("A", help: "a", parser: ValueParser<Int>.integer(), count: 0...1),
                Argument("B", help: "b", parser: ValueParser<Int>.integer()),
            ],
            options: [Flag("json", help: "")], groups: [.json],
            examples: [Example("eig other", "Another command.")],
            run: { _ in }
        )
        let problems = Self.problems(in: Command(group: "eig", summary: "Root.", subcommands: [broken]))
        #expect(
            problems == [
                "eig Bad: no summary",
                "eig Bad: the name is not lowercase words joined by '-'",
                "eig Bad: only the last argument may be optional or repeated",
                "eig Bad: the example 'eig other' is not of this command",
                "eig Bad: --json has no help",
            ])
    }
}
