/// `eig log`: reading the event log itself.
enum LogCommands {
    static let group = Command(
        group: "log",
        summary: "Read the event log: its head, its events.",
        discussion: "The log is the only source of truth: every command appends events to it, and "
            + "every read model, replay and audit is built from it.",
        subcommands: [LogHeadCommand.command, LogShowCommand.command]
    )
}
