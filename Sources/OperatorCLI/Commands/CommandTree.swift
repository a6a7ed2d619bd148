/// The whole command tree of eig, in one place: every command is declared in its own file and
/// listed here (DESIGN §7: `eig <noun> <verb> [arguments] [options]`).
enum CommandTree {
    static let root = Command(
        group: "eig",
        summary: "The back office of the Entrepreneurs d'intérêt général programme.",
        discussion: "Every change is a command that appends events to an append-only log; "
            + "read models, replays and audits are built from the log. Dates are ISO 8601; a bare "
            + "date means that day in Europe/Paris.",
        subcommands: [
            InitCommand.command,
            EditionCommands.group,
            DossierCommands.group,
            CandidateCommands.group,
            PromotionCommands.group,
            ImportDefisCommand.group,
            DemoCommand.command,
            LogCommands.group,
            VerifyCommand.command,
            HistoryCommand.command,
            SealCommand.command,
            AccessCommands.group,
            ForgetCommand.command,
            RetentionCommands.group,
            ReplayCommands.group,
            ExportCommands.group,
            ReportCommand.command,
        ] + ReadSideCommands.all
    )
}
