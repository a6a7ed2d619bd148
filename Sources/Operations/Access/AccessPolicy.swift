/// Who may run what: the one table of eig's commands and the roles allowed to run each
/// (DESIGN §6). The CLI checks every command against it before running it.
///
/// - `admin`: everything, including granting and revoking roles.
/// - `team` (the programme team): every operational command.
/// - `juror`: evaluating dossiers and interviewing candidates, nothing else.
/// - `auditor`: reading only, and never people's personal data.
///
/// A command missing from the table is allowed to admins only: a new command is closed until
/// someone decides who may run it (a test walks the command tree to catch it).
public enum AccessPolicy {
    static let everyone: Set<AccessRole> = [.admin, .team, .auditor]
    static let operators: Set<AccessRole> = [.admin, .team]
    static let judging: Set<AccessRole> = [.admin, .team, .juror]

    /// Reading: lists, shows, timelines, the log itself, verification, replays, exports.
    static let reading: [String] = [
        "access list", "candidate list", "candidate show", "dossier list", "dossier show", "export dossiers",
        "export events", "history", "log head", "log show", "promotion list", "promotion show", "projections status",
        "replay candidate list", "replay candidate show", "replay dossier list", "replay dossier show",
        "replay promotion list", "replay promotion show", "replay stats", "report", "snapshot list", "snapshot verify",
        "stats", "verify",
    ]

    /// Operational writes of the programme team (and cron jobs running as a team account).
    static let operating: [String] = [
        "candidate apply", "candidate complete", "candidate decline", "candidate join", "candidate leave",
        "candidate prefer", "candidate preselect", "candidate select", "candidate validate", "candidate withdraw",
        "demo", "dossier accept", "dossier amend", "dossier close", "dossier draft", "dossier import",
        "dossier preselect", "dossier refuse", "dossier reopen", "dossier request-correction", "dossier resubmit",
        "dossier review", "dossier submit", "dossier withdraw", "edition open", "forget", "import defis",
        "projections catch-up", "projections rebuild", "promotion announce", "promotion end", "promotion start",
        "promotion withdraw-challenge", "retention apply", "seal", "snapshot create", "snapshot prune",
    ]

    /// The table: command (its words after `eig`) → roles allowed.
    public static let table: [String: Set<AccessRole>] = {
        var table: [String: Set<AccessRole>] = [:]
        for command in reading { table[command] = everyone }
        for command in operating { table[command] = operators }
        table["dossier evaluate"] = judging
        table["candidate interview"] = judging
        table["access grant"] = [.admin]
        table["access revoke"] = [.admin]
        return table
    }()

    /// The roles that may run `command` (`"dossier evaluate"`).
    public static func roles(for command: String) -> Set<AccessRole> {
        table[command] ?? [.admin]
    }

    /// The roles that see people's names and contact details: the programme's staff. Auditors
    /// and jurors see person ids (and "erased").
    public static let personalDataRoles: Set<AccessRole> = [.admin, .team]

    /// `team or admin`, in the order of the roles.
    static func describe(_ roles: Set<AccessRole>) -> String {
        let names = roles.sorted().map(\.rawValue)
        guard names.count > 1 else { return names.first ?? "none" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
