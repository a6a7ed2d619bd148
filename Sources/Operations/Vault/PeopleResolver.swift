internal import EventStore
internal import Programme

/// Turns the people a command names into person ids, remembering what the vault must record
/// once the command is decided.
///
/// Nothing is written while resolving: a command refused by a rule leaves the vault as it was.
/// A juror, mentor or lead already in the index keeps their id; anyone else gets a new one,
/// derived from the command's fixed id when it has one (so a rerun of the demo or an import
/// names the same people), random otherwise.
struct PeopleResolver {
    let vault: Vault
    /// Records to write: new people, and known people named in a new role.
    private(set) var records: [PersonID: PersonRecord] = [:]
    /// Index entries to create, for new people matched by name.
    private(set) var claims: [NameClaim] = []
    /// Names resolved in this run, new or found, so a batch names each person once.
    private var known: [String: PersonID] = [:]

    init(vault: Vault) {
        self.vault = vault
    }

    /// The id of the person `request` names.
    ///
    /// - Parameter seed: a stable text unique to this mention (a fixed command id and the
    ///   mention's place in it); nil for a random id.
    mutating func resolve(_ request: PersonRequest, seed: String?) throws(OperationsError) -> PersonID {
        try request.validate()
        guard request.role.isMatchedByName else {
            let person = Self.mint(seed: seed)
            records[person] = PersonRecord(
                person: person, name: request.name, email: request.email, phone: request.phone, roles: [request.role])
            return person
        }
        let key = NameKey.of(request.name)
        var found = known[key]
        if found == nil { found = try vault.person(forNameKey: key) }
        if let person = found {
            known[key] = person
            try addRole(request.role, to: person)
            return person
        }
        let person = Self.mint(seed: seed)
        known[key] = person
        records[person] = PersonRecord(
            person: person, name: request.name, email: request.email, phone: request.phone, roles: [request.role],
            nameKey: key)
        claims.append(NameClaim(key: key, person: person))
        return person
    }

    /// Whether there is anything to write.
    var isEmpty: Bool { records.isEmpty && claims.isEmpty }

    /// The people of this run never matched by name (candidates): each is new to this command,
    /// so no other process can name them, and their records may go when the command writes nothing.
    var unmatchedPeople: [PersonID] {
        records.values.filter { $0.nameKey == nil && !$0.roles.contains(where: \.isMatchedByName) }.map(\.person)
            .sorted()
    }

    /// Writes the records and claims the names.
    ///
    /// - Returns: false when another process claimed one of the names first: resolve again.
    func commit() throws(OperationsError) -> Bool {
        try vault.save(records.values.sorted { $0.person < $1.person }, claiming: claims)
    }

    private mutating func addRole(_ role: PersonRole, to person: PersonID) throws(OperationsError) {
        var existing = records[person]
        if existing == nil { existing = try vault.record(of: person) }
        guard var record = existing else { return }
        guard !record.roles.contains(role) else { return }
        record.roles.append(role)
        records[person] = record
    }

    /// `person-` and 20 hexadecimal digits: random, or the SHA-256 of the seed.
    static func mint(seed: String?) -> PersonID {
        let digits: String
        if let seed {
            digits = String(SHA256.hash(Array("eig.person\u{0}\(seed)".utf8)).hex.prefix(20))
        } else {
            var generator = SystemRandomNumberGenerator()
            let high = String(generator.next() as UInt64, radix: 16)
            let low = String((generator.next() as UInt64) & 0xFFFF, radix: 16)
            digits =
                String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 4 - low.count)
                + low
        }
        return try! PersonID(parsing: "person-" + digits)
    }
}

extension PersonRequest {
    /// The limits on what the vault records.
    static let nameLimit = 200
    static let emailLimit = 254
    static let phoneLimit = 32

    /// Checks the name, e-mail and phone before anything is recorded.
    func validate() throws(OperationsError) {
        func refuse(_ message: String) -> OperationsError { OperationsError(.invalidInput, message) }
        guard !name.allSatisfy(\.isWhitespace), name.count <= Self.nameLimit else {
            throw refuse("a person's name must have 1 to \(Self.nameLimit) characters")
        }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw refuse("a person's name may not contain control characters")
        }
        if let email {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard email.utf8.count <= Self.emailLimit, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
                !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
                email.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
            else { throw refuse("'\(email.prefix(60))' is not an e-mail address such as jeanne.martin@example.org") }
        }
        if let phone {
            let allowed = phone.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || " +-().".unicodeScalars.contains($0)
            }
            let digits = phone.unicodeScalars.filter { ("0"..."9").contains($0) }.count
            guard allowed, (6...15).contains(digits), phone.utf8.count <= Self.phoneLimit else {
                throw refuse("'\(phone.prefix(40))' is not a phone number such as +33 6 12 34 56 78")
            }
        }
    }
}
