internal import EventStore

extension ProgrammeOffice {
    /// The roles of every account, from the `$access` stream.
    public func accessRoster() throws(OperationsError) -> AccessRoster {
        try refresh()
        return AccessRoster(
            entries: try entries(inStream: OfficeEvent.accessStream),
            founder: StoreOwner.accountName(of: storeDirectory + "/store.json"))
    }

    /// The roles of the account running this office.
    public func actorRoles() throws(OperationsError) -> Set<AccessRole> {
        try accessRoster().roles(of: actor)
    }

    /// Checks that the actor may run `command` (its words after `eig`: `"dossier evaluate"`).
    ///
    /// - Returns: the actor's roles.
    /// - Throws: `forbidden`, naming the roles the command needs and those the actor has.
    @discardableResult
    public func authorize(_ command: String) throws(OperationsError) -> Set<AccessRole> {
        let roles = try actorRoles()
        let allowed = AccessPolicy.roles(for: command)
        guard !roles.isDisjoint(with: allowed) else {
            let has =
                roles.isEmpty ? "no role" : "the role\(roles.count == 1 ? "" : "s") \(AccessPolicy.describe(roles))"
            throw OperationsError(
                .forbidden,
                "\(actor) may not run 'eig \(command)': it needs the role \(AccessPolicy.describe(allowed)), and "
                    + "\(actor) has \(has); an admin grants roles with 'eig access grant' [access.role-required]")
        }
        return roles
    }

    /// Whether the actor's roles let them see people's names and contact details.
    public func mayReadPersonalData() throws(OperationsError) -> Bool {
        !(try actorRoles()).isDisjoint(with: AccessPolicy.personalDataRoles)
    }

    /// Gives `user` the role `role` (the actor must be an admin). Granting a role already
    /// held writes nothing.
    ///
    /// On a store whose `$access` stream is still empty, the founder's implicit admin role is
    /// recorded first, in the same command, so the log always says who the admins are.
    public func grant(_ role: AccessRole, to user: String, recording: Recording = .now) throws(OperationsError)
        -> OfficeOutcome
    {
        try Self.validate(user: user)
        return try changeAccess(recording: recording) { (roster) throws(OperationsError) in
            roster.roles(of: user).contains(role) ? [] : [.roleGranted(RoleChange(user: user, role: role))]
        }
    }

    /// Takes the role `role` from `user` (the actor must be an admin). Revoking a role not
    /// held writes nothing; the last admin cannot lose the role.
    public func revoke(_ role: AccessRole, from user: String, recording: Recording = .now) throws(OperationsError)
        -> OfficeOutcome
    {
        try Self.validate(user: user)
        return try changeAccess(recording: recording) { (roster) throws(OperationsError) in
            guard roster.roles(of: user).contains(role) else { return [] }
            if role == .admin, roster.holders(of: .admin) == [user] {
                throw OperationsError(
                    .rejected,
                    "\(user) is the last admin: grant the role admin to another account first "
                        + "[access.last-admin]")
            }
            return [.roleRevoked(RoleChange(user: user, role: role))]
        }
    }

    /// Records the actor as the store's first admin (at `eig init`, or when `eig demo` created
    /// the store). Nothing is written if the stream already has events.
    @discardableResult
    public func recordFounder(recording: Recording = .now) throws(OperationsError) -> OfficeOutcome {
        try recordOffice(in: OfficeEvent.accessStream, recording: recording) { (entries) throws(OperationsError) in
            entries.isEmpty ? [.roleGranted(RoleChange(user: actor, role: .admin))] : []
        }
    }

    private func changeAccess(
        recording: Recording, _ decide: (AccessRoster) throws(OperationsError) -> [OfficeEvent]
    ) throws(OperationsError) -> OfficeOutcome {
        let founder = StoreOwner.accountName(of: storeDirectory + "/store.json")
        return try recordOffice(in: OfficeEvent.accessStream, recording: recording) {
            (entries) throws(OperationsError) in
            let roster = AccessRoster(entries: entries, founder: founder)
            guard roster.roles(of: actor).contains(.admin) else {
                throw OperationsError(
                    .forbidden, "\(actor) may not change roles: it needs the role admin [access.role-required]")
            }
            let changes = try decide(roster)
            guard !changes.isEmpty, !roster.hasEvents else { return changes }
            return [.roleGranted(RoleChange(user: actor, role: .admin))] + changes
        }
    }

    /// An OS account name as eig records actors: 1 to 64 letters, digits, `.`, `_`, `-`
    /// (and a final `$`), not starting with `-`; or `uid:N` for an account without a name.
    static func validate(user: String) throws(OperationsError) {
        let scalars = Array(user.unicodeScalars)
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._-".unicodeScalars.contains(scalar))
        }
        let isName =
            (1...64).contains(scalars.count) && scalars.first != "-"
            && scalars.dropLast().allSatisfy(isNameCharacter)
            && (isNameCharacter(scalars.last!) || scalars.last! == "$")
        let isUID =
            user.hasPrefix("uid:") && user.count > 4 && user.dropFirst(4).allSatisfy(\.isASCII)
            && UInt32(user.dropFirst(4)) != nil
        guard isName || isUID else {
            throw OperationsError(
                .invalidInput,
                "'\(user.prefix(70))' is not an account name: 1 to 64 letters, digits, '.', '_' or '-', "
                    + "or uid:N")
        }
    }
}
