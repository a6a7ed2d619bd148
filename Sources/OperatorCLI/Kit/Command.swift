/// One node of the command tree: a group (`eig dossier`) or a command that runs
/// (`eig dossier submit`), declared in one place with everything help and parsing need.
///
/// A command lives in its own file as an `enum` holding its options as `static let` keys, its
/// `static let command` declaration and its `run` function; ``CommandTree`` lists them.
struct Command: Sendable {
    typealias Run = @Sendable (Invocation) throws -> Void

    var name: String
    /// One line, shown in the parent's list of commands.
    var summary: String
    /// Paragraphs shown in the command's own help.
    var discussion: String
    var arguments: [ArgumentDeclaration]
    /// The command's own options.
    var options: [OptionDeclaration]
    /// Shared option groups; a command's own option of the same name takes precedence.
    var groups: [OptionGroup]
    /// Sets of option names of which at most one may be given (`--favourable`, `--unfavourable`).
    var exclusive: [[String]]
    var examples: [Example]
    var subcommands: [Command]
    /// For a group: options that may come before its subcommand's name (`eig replay --as-at
    /// 42 dossier list`); they are handed to the subcommand, which declares them too.
    var leadingOptions: [OptionDeclaration] = []
    /// `nil` for a group.
    var run: Run?

    /// A command that runs.
    init(
        name: String,
        summary: String,
        discussion: String = "",
        arguments: [any ArgumentConvertible] = [],
        options: [any OptionConvertible] = [],
        groups: [OptionGroup] = [],
        exclusive: [[String]] = [],
        examples: [Example] = [],
        run: @escaping Run
    ) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments.map(\.declaration)
        self.options = options.map(\.declaration)
        self.groups = groups
        self.exclusive = exclusive
        self.examples = examples
        self.subcommands = []
        self.run = run
    }

    /// A group of commands: `eig log` holds `head` and `show`.
    init(
        group name: String, summary: String, discussion: String = "", subcommands: [Command],
        leadingOptions: [any OptionConvertible] = []
    ) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.arguments = []
        self.options = []
        self.groups = []
        self.exclusive = []
        self.examples = []
        self.subcommands = subcommands
        self.leadingOptions = leadingOptions.map(\.declaration)
        self.run = nil
    }

    var isGroup: Bool { run == nil }

    func subcommand(named name: String) -> Command? {
        subcommands.first { $0.name == name }
    }

    /// The groups as they apply: without the options the command redefines.
    var effectiveGroups: [OptionGroup] {
        let own = Set(options.map(\.name))
        return groups.compactMap { group in
            var group = group
            group.options.removeAll { own.contains($0.name) }
            return group.options.isEmpty ? nil : group
        }
    }

    /// Every exclusion that applies, the command's and its groups'.
    var allExclusive: [[String]] {
        exclusive + effectiveGroups.flatMap(\.exclusive)
    }

    /// Every option the command accepts, its own first, then its groups'.
    var allOptions: [OptionDeclaration] {
        options + effectiveGroups.flatMap(\.options)
    }
}
