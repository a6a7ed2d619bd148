/// `eig edition …`: opening editions.
enum EditionCommands {
    /// The edition's write commands; the read side adds its own verbs beside them.
    static let writeVerbs: [Command] = [EditionOpenCommand.command]

    static let group = Command(
        group: "edition", summary: "Open an edition (a yearly round) with its calendar and rules.",
        subcommands: writeVerbs)
}
