import Programme

/// The options every command of a kind shares, declared once (DESIGN §7).
enum CommonOptions {
    /// Where the store is; see ``StoreLocation``.
    static let store = Option<String>(
        "store", valueName: "DIR",
        help: "The store's directory. Default: $EIG_STORE if set, else ./EventLog.",
        parser: .path
    )
    static let json = Flag("json", help: "Print one JSON document on standard output, for scripts.")
    static let jsonLines = Flag(
        "json", help: "Print JSON Lines on standard output: one JSON document per line, for scripts."
    )
    static let csv = Flag(
        "csv", help: "Print CSV (RFC 4180: comma-separated, UTF-8, CRLF line ends) for spreadsheets."
    )

    /// Makes a command idempotent: the same id again returns the earlier result, writes nothing.
    static let commandID = Option<String>(
        "command-id", valueName: "ID",
        help: "A unique id for this command: running it again with the same id writes nothing "
            + "and prints the earlier result. Default: a new id.",
        parser: .identifier(maxLength: 128)
    )
    static let onBehalfOf = Option<String>(
        "on-behalf-of", valueName: "TEXT",
        help: "Who the command is made for (recorded as given), when not the account running it.",
        parser: .text(maxLength: 200)
    )
    static let at = Option<BusinessInstant>(
        "at", valueName: "DATETIME",
        help: "When it happened, if earlier than now; needs --reason. Without an offset, "
            + "Europe/Paris time; a bare date is midnight.",
        parser: .dateOrDateTime(bareDate: .startOfDay)
    )
    static let reason = Option<String>(
        "reason", valueName: "TEXT",
        help: "Why the event is recorded late (with --at).",
        parser: .text(maxLength: 500, allowsNewlines: true)
    )
}

extension OptionGroup {
    /// `--store DIR`, for every command that opens a store.
    static let store = OptionGroup(title: "STORE OPTIONS", options: [CommonOptions.store])

    /// `--json` for commands that print one document or a record.
    static let json = OptionGroup(title: "OUTPUT OPTIONS", options: [CommonOptions.json])

    /// `--json` (JSON Lines) for commands that stream records, such as `eig log show`.
    static let jsonLines = OptionGroup(title: "OUTPUT OPTIONS", options: [CommonOptions.jsonLines])

    /// `--json` and `--csv`, for lists.
    static let jsonOrCSV = OptionGroup(
        title: "OUTPUT OPTIONS", options: [CommonOptions.json, CommonOptions.csv], exclusive: [["json", "csv"]]
    )

    /// `--command-id`, `--on-behalf-of`, `--at`, `--reason`: every command that writes events.
    ///
    /// A command whose own `--reason` means something else (`eig dossier withdraw ID --reason
    /// TEXT`) keeps its `--reason`, and that text also explains an `--at`.
    static let recording = OptionGroup(
        title: "RECORDING OPTIONS",
        options: [CommonOptions.commandID, CommonOptions.onBehalfOf, CommonOptions.at, CommonOptions.reason]
    )
}
