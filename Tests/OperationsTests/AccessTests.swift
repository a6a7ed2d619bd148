import EventStore
import Glibc
import Programme
import Testing

@testable import Operations

/// Roles: granted and revoked by events, checked against one table for every command.
struct AccessTests {
    /// A store whose creator, alice, is recorded as its first admin (as `eig init` does).
    static func founded() throws -> TemporaryOffice {
        let store = try TemporaryOffice()
        try store.office(actor: "alice").recordFounder()
        return store
    }

    @Test func theFounderIsTheFirstAdminAndOthersHaveNoRole() throws {
        let store = try Self.founded()
        let roster = try store.office().accessRoster()
        #expect(roster.roles(of: "alice") == [.admin])
        #expect(roster.roles(of: "bob").isEmpty)
        #expect(roster.members.map(\.user) == ["alice"])
        // Recording the founder again writes nothing.
        #expect(try store.office(actor: "bob").recordFounder().positions == nil)
    }

    @Test func aStoreCreatedOnOpeningRecordsItsCreatorAsAdmin() throws {
        let store = try TemporaryOffice(create: false)
        let (office, created) = try ProgrammeOffice.openOrCreate(
            at: store.directory, actor: "carol", clock: { TemporaryOffice.now }, options: TemporaryOffice.options)
        #expect(created)
        #expect(try office.accessRoster().roles(of: "carol") == [.admin])
        #expect(try office.head.position == 1)
    }

    @Test func withoutAnyRoleRecordedTheOwnerOfTheStoresFilesIsAdmin() throws {
        let store = try TemporaryOffice()
        let owner = StoreOwner.accountName(uid: geteuid())
        let roster = try store.office().accessRoster()
        #expect(!roster.hasEvents)
        #expect(roster.roles(of: owner) == [.admin])
        #expect(roster.roles(of: "alice" == owner ? "bob" : "alice").isEmpty)
        // The owner's first grant records the owner's admin role first, in the same command.
        let outcome = try store.office(actor: owner).grant(.team, to: "carol")
        #expect(
            outcome.events == [
                .roleGranted(RoleChange(user: owner, role: .admin)),
                .roleGranted(RoleChange(user: "carol", role: .team)),
            ])
        #expect(try store.office().accessRoster().roles(of: owner) == [.admin])
    }

    @Test func anAdminGrantsAndRevokesAndOthersMayNot() throws {
        let store = try Self.founded()
        let alice = try store.office(actor: "alice")
        _ = try alice.grant(.juror, to: "bob")
        _ = try alice.grant(.team, to: "bob")
        #expect(try alice.grant(.team, to: "bob").positions == nil)
        #expect(try store.office().accessRoster().roles(of: "bob") == [.juror, .team])
        _ = try alice.revoke(.team, from: "bob")
        #expect(try alice.revoke(.team, from: "bob").positions == nil)
        #expect(try store.office().accessRoster().roles(of: "bob") == [.juror])

        let head = try alice.head.position
        let refused = #expect(throws: OperationsError.self) { try store.office(actor: "bob").grant(.admin, to: "bob") }
        #expect(refused?.code == .forbidden)
        #expect(try alice.head.position == head)
    }

    @Test func theLastAdminKeepsTheRoleAndBadAccountNamesAreRefused() throws {
        let store = try Self.founded()
        let alice = try store.office(actor: "alice")
        let last = #expect(throws: OperationsError.self) { try alice.revoke(.admin, from: "alice") }
        #expect(last?.code == .rejected)
        #expect(last?.message.hasSuffix("[access.last-admin]") == true)
        _ = try alice.grant(.admin, to: "dora")
        _ = try alice.revoke(.admin, from: "alice")
        #expect(try store.office().accessRoster().holders(of: .admin) == ["dora"])
        for bad in ["", "a b", "-x", "émile", String(repeating: "a", count: 65), "uid:x"] {
            let error = #expect(throws: OperationsError.self) { try store.office(actor: "dora").grant(.team, to: bad) }
            #expect(error?.code == .invalidInput)
        }
        _ = try store.office(actor: "dora").grant(.auditor, to: "uid:1001")
    }

    @Test(arguments: [
        (AccessRole.juror, "dossier evaluate", true), (.juror, "candidate interview", true),
        (.juror, "dossier show", false), (.juror, "dossier accept", false), (.juror, "history", false),
        (.auditor, "dossier show", true), (.auditor, "history", true), (.auditor, "verify", true),
        (.auditor, "export events", true), (.auditor, "replay dossier list", true), (.auditor, "seal", false),
        (.auditor, "dossier submit", false), (.auditor, "dossier evaluate", false), (.auditor, "forget", false),
        (.team, "dossier accept", true), (.team, "forget", true), (.team, "seal", true), (.team, "history", true),
        (.team, "access grant", false), (.team, "access list", true), (.admin, "access grant", true),
        (.admin, "a command nobody listed", true), (.team, "a command nobody listed", false),
    ])
    func everyCommandIsCheckedAgainstTheTable(role: AccessRole, command: String, allowed: Bool) throws {
        let store = try Self.founded()
        _ = try store.office(actor: "alice").grant(role, to: "bob")
        let bob = try store.office(actor: "bob", access: .read)
        if allowed {
            #expect(try bob.authorize(command) == [role])
        } else {
            let error = #expect(throws: OperationsError.self) { try bob.authorize(command) }
            #expect(error?.code == .forbidden)
            #expect(error?.message.hasPrefix("bob may not run 'eig \(command)': it needs the role ") == true)
            #expect(error?.message.contains("bob has the role \(role.rawValue)") == true)
        }
    }

    @Test func aRevokedRoleNoLongerOpensItsCommandsAndOnlyStaffSeePersonalData() throws {
        let store = try Self.founded()
        let alice = try store.office(actor: "alice")
        _ = try alice.grant(.team, to: "bob")
        _ = try alice.grant(.auditor, to: "carol")
        #expect(try store.office(actor: "bob").mayReadPersonalData())
        #expect(try !store.office(actor: "carol").mayReadPersonalData())
        #expect(try !store.office(actor: "eve").mayReadPersonalData())
        _ = try alice.revoke(.team, from: "bob")
        let error = #expect(throws: OperationsError.self) { try store.office(actor: "bob").authorize("dossier accept") }
        #expect(error?.message.contains("bob has no role") == true)
    }
}
