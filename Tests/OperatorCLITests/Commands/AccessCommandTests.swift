import EventStore
import Foundation
import Glibc
import Operations
import Testing

@testable import OperatorCLI

/// Roles at the command line: every command is checked against one table before it runs, as
/// the account that runs it (here another account than the store's admin, in process).
struct AccessCommandTests {
    /// Every command that runs, as its words after `eig`.
    static func commandNames(_ command: Command = CommandTree.root, path: [String] = []) -> [String] {
        if !command.isGroup { return [path.joined(separator: " ")] }
        return command.subcommands.flatMap { commandNames($0, path: path + [$0.name]) }
    }

    @Test func everyCommandOfTheTreeIsInTheTable() {
        let missing = Self.commandNames().filter { !AccessGate.exempt.contains($0) && AccessPolicy.table[$0] == nil }
        #expect(missing.isEmpty, "commands without roles in AccessPolicy.table: \(missing)")
    }

    /// Edition 5 with P5-001 submitted and C5-0001 filed; jules is a juror, audrey an auditor,
    /// tom on the team.
    static func staffedStore() throws -> AuditStore {
        let store = try AuditStore()
        store.edition5()
        store.succeed(["access", "grant", "jules", "juror"])
        store.succeed(["access", "grant", "audrey", "auditor"])
        store.succeed(["access", "grant", "tom", "team"])
        return store
    }

    static let evaluate = [
        "dossier", "evaluate", "P5-001", "--juror", "Claire Dubois", "--need", "4", "--definition", "3",
        "--commitment", "4", "--transformation", "3", "--openness", "3",
    ]
    static let interview = [
        "candidate", "interview", "C5-0001", "--challenge", "D5-001", "--juror", "Julie Moreau", "--scores",
        "4,3,4,3,4",
    ]

    /// One command line of each family, and whether each role may run it.
    static let cases: [(arguments: [String], juror: Bool, auditor: Bool, team: Bool)] = [
        (ProgrammeCommandsTests.openEdition5.map { $0 == "5" ? "6" : $0 }, false, false, true),
        (ProgrammeCommandsTests.draft, false, false, true),
        (["dossier", "review", "P5-001"], false, false, true),
        (["dossier", "show", "P5-001"], false, true, true),
        (evaluate, true, false, true),
        (["candidate", "preselect", "C5-0001"], false, false, true),
        (["candidate", "show", "C5-0001"], false, true, true),
        (interview, true, false, true),
        (["promotion", "announce", "5"], false, false, true),
        (["log", "show"], false, true, true),
        (["log", "head"], false, true, true),
        (["verify"], false, true, true),
        (["history", "P5-001"], false, true, true),
        (["seal"], false, false, true),
        (["access", "list"], false, true, true),
        (["access", "grant", "zoe", "team"], false, false, false),
        (["access", "revoke", "jules", "juror"], false, false, false),
    ]

    @Test func eachRoleRunsWhatTheTableAllowsAndIsRefusedTheRestNamingTheRole() throws {
        let store = try Self.staffedStore()
        for (arguments, juror, auditor, team) in Self.cases {
            for (account, allowed) in [("jules", juror), ("audrey", auditor), ("tom", team), ("nobody-else", false)] {
                let before = try store.files()
                let outcome = store.run(arguments, as: account, now: "2021-03-20T12:00:00Z")
                let refused = outcome.stderr.contains("[access.role-required]")
                #expect(refused != allowed, "\(account): eig \(arguments.joined(separator: " ")): \(outcome.stderr)")
                if refused {
                    #expect(outcome.code == .refused)
                    #expect(outcome.stderr.hasPrefix("eig: \(account) may not run 'eig "))
                    #expect(outcome.stderr.contains("it needs the role "))
                    #expect(outcome.stdout.isEmpty)
                    #expect(try store.files().filter { $0.key != "lock" } == before.filter { $0.key != "lock" })
                }
            }
        }
    }

    @Test func grantListAndRevokeAtTheCommandLine() throws {
        let store = try Self.staffedStore()
        #expect(store.succeed(["access", "grant", "tom", "auditor"]) == "tom: team, auditor\n")
        #expect(store.succeed(["access", "grant", "tom", "team"]) == "tom: team, auditor (nothing changed)\n")
        let list = try store.json(["access", "list"])
        #expect(list.items.compactMap { $0[member: "user"]?.text } == ["alice", "audrey", "jules", "tom"])
        #expect(list[item: 3]?[member: "roles"] == ["team", "auditor"])
        #expect(store.succeed(["access", "revoke", "tom", "team"]) == "tom: auditor\n")
        let last = store.run(["access", "revoke", "alice", "admin"])
        #expect(last.code == .refused)
        #expect(last.stderr.hasSuffix("[access.last-admin]\n"))
        #expect(store.run(["access", "grant", "tom", "boss"]).code == .usage)
        #expect(store.run(["access", "grant", "to m", "team"]).code == .dataError)
    }

    @Test func anAuditorSeesIdsWhereTheTeamSeesNames() throws {
        let store = try Self.staffedStore()
        let asTeam = store.succeed(["dossier", "show", "P5-001"], as: "tom")
        #expect(asTeam.contains("Isabelle Fontaine"))
        let asAuditor = store.succeed(["dossier", "show", "P5-001"], as: "audrey")
        #expect(!asAuditor.contains("Isabelle Fontaine"))
        #expect(asAuditor.contains("person-"))
        let candidate = store.succeed(["candidate", "show", "C5-0001"], as: "audrey")
        #expect(!candidate.contains("Léa") && !candidate.contains("lea.martin"))
        #expect(candidate.contains("(personal data: not shown to your role)"))
        let history = store.succeed(["history", "C5-0001"], as: "audrey")
        #expect(!history.contains("Léa"))
    }

    @Test func initWithAGroupMakesTheStoreReadableByThatGroup() throws {
        let store = try AuditStore()
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        let created = store.run(["init", "--group", group])
        #expect(created.code == .success, "\(created.stderr)")
        #expect(created.stdout.contains("readable by the group \(group)"))
        for (relative, isDirectory) in [("", true), ("/index", true), ("/store.json", false), ("/lock", false)] {
            var status = stat()
            #expect(stat(store.path + relative, &status) == 0)
            #expect(status.st_gid == getegid())
            #expect(status.st_mode & 0o7777 == (isDirectory ? 0o2750 : 0o640), "\(relative)")
        }
        #expect(StorePermissions.of(store.path) == .groupReadable)
        store.succeed(ProgrammeCommandsTests.openEdition5)
        store.succeed(ProgrammeCommandsTests.draft)
        var vault = stat()
        #expect(stat(store.path + "/vault", &vault) == 0)
        #expect(vault.st_mode & 0o777 == 0o700)
        let other = try AuditStore()
        #expect(other.run(["init", "--group", "no-such-group-\(getpid())"]).code == .dataError)
    }

    @Test func aPrivateStoreStaysPrivate() throws {
        let store = try AuditStore()
        store.succeed(["init"])
        var status = stat()
        #expect(stat(store.path + "/store.json", &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(StorePermissions.of(store.path) == .ownerOnly)
    }
}
