import EventStore
import Operations

/// `eig access grant|revoke USER ROLE`, `eig access list`: who may do what.
enum AccessCommands {
    static let user = Argument(
        "USER", help: "An OS account name, as eig records actors (e.g. jdupont).",
        parser: ValueParser<String>.text(maxLength: 64))
    static let role = Argument(
        "ROLE", help: "admin, team, juror or auditor.", parser: ValueParser<AccessRole>.choice(of: AccessRole.self))

    static let roles =
        "Roles: admin (everything, and roles), team (every operational command), juror (only 'dossier "
        + "evaluate' and 'candidate interview'), auditor (reads everything but personal data, writes nothing)."

    static let group = Command(
        group: "access", summary: "Grant, revoke and list the roles of the accounts that use eig.",
        discussion: "Roles are granted and revoked by events in the log's $access stream, so who could "
            + "do what, and since when, is part of the audit trail. The account that ran 'eig init' is "
            + "the first admin. " + roles,
        subcommands: [grant, revoke, list])

    static let grant = Command(
        name: "grant", summary: "Give an account a role (admins only).",
        discussion: "Granting a role the account already holds writes nothing. " + roles,
        arguments: [user, role], options: [CommonOptions.commandID], groups: [.store, .json],
        examples: [
            Example("eig access grant jdupont team", "jdupont joins the programme team."),
            Example("eig access grant ccomptes auditor", "An auditor of the Cour des comptes reads the log."),
        ],
        run: { try change($0, granting: true) })

    static let revoke = Command(
        name: "revoke", summary: "Take a role from an account (admins only).",
        discussion: "Revoking a role the account does not hold writes nothing; the last admin keeps theirs.",
        arguments: [user, role], options: [CommonOptions.commandID], groups: [.store, .json],
        examples: [Example("eig access revoke jdupont juror", "jdupont no longer evaluates.")],
        run: { try change($0, granting: false) })

    static let list = Command(
        name: "list", summary: "List the accounts and their roles.",
        discussion: "One line per account holding a role, with the position of its latest change "
            + "('eig log show --stream \\$access' shows who changed it and when).",
        groups: [.store, .jsonOrCSV],
        examples: [Example("eig access list", "Who holds which role.")],
        run: runList)

    static func change(_ invocation: Invocation, granting: Bool) throws {
        let account = try invocation.argument(user)
        let chosen = try invocation.argument(role)
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            granting
                ? try office.grant(chosen, to: account, recording: invocation.recording)
                : try office.revoke(chosen, from: account, recording: invocation.recording)
        }
        let roster = try invocation.perform { () throws(OperationsError) in try office.accessRoster() }
        let now = roster.roles(of: account).sorted().map(\.rawValue)
        if invocation.context.format == .json {
            invocation.emitJSON([
                "user": .string(account), "roles": .strings(now),
                "position": outcome.positions.map { .integer(Int($0.upperBound)) } ?? .null,
            ])
        } else {
            let unchanged = outcome.positions == nil || outcome.isDuplicate ? " (nothing changed)" : ""
            invocation.console.printLine(
                "\(account): \(now.isEmpty ? "no role" : now.joined(separator: ", "))\(unchanged)")
        }
    }

    static func runList(_ invocation: Invocation) throws {
        let office = try invocation.openOffice(for: .read)
        invocation.noteIfCutShort()
        let roster = try invocation.perform { () throws(OperationsError) in try office.accessRoster() }
        if invocation.context.format == .json {
            invocation.emitJSON(
                .array(
                    roster.members.map {
                        [
                            "user": .string($0.user), "roles": .strings($0.roles.sorted().map(\.rawValue)),
                            "lastChange": $0.lastChange == 0 ? .null : .integer(Int($0.lastChange)),
                        ]
                    }))
            return
        }
        var table = Table(columns: [
            .init("user", title: "USER"), .init("roles", title: "ROLES"),
            .init("lastChange", title: "LAST CHANGE", alignment: .right),
        ])
        for member in roster.members {
            table.append([
                .text(member.user), .text(member.roles.sorted().map(\.rawValue).joined(separator: ",")),
                member.lastChange == 0 ? .text("owner") : .integer(Int(member.lastChange)),
            ])
        }
        invocation.emit(table)
    }
}
