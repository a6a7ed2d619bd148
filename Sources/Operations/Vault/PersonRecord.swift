public import Programme

/// What the vault keeps about one person: the personal data the log never holds (DESIGN §6).
///
/// Stored as `vault/people/<person>.json`, readable by the store's owner only.
public struct PersonRecord: Codable, Sendable, Hashable {
    public let person: PersonID
    public var name: String
    public var email: String?
    public var phone: String?
    /// The roles the person was named in, in the order first met.
    public var roles: [PersonRole]
    /// The name index entry (`vault/names/<key>`) that points here, so erasing the person
    /// can remove it too; nil for people found by e-mail or id only (candidates).
    public var nameKey: String?

    public init(
        person: PersonID, name: String, email: String? = nil, phone: String? = nil, roles: [PersonRole],
        nameKey: String? = nil
    ) {
        self.person = person
        self.name = name
        self.email = email
        self.phone = phone
        self.roles = roles
        self.nameKey = nameKey
    }
}

/// Why a person is named in a command.
public enum PersonRole: String, Codable, Sendable, Hashable, CaseIterable {
    /// Files a candidature (`--name`); a new person each time.
    case candidate
    /// Evaluates dossiers or interviews candidates (`--juror`).
    case juror
    /// A dossier's senior mentor (`--mentor`).
    case mentor
    /// A dossier's project lead in the administration (`--lead`).
    case lead

    /// Jurors, mentors and leads are named again and again: the same name is the same person.
    /// Candidates are not matched by name (two candidates may share one).
    public var isMatchedByName: Bool { self != .candidate }
}

/// A person named in a command, before they have an id: who, in what role, with what contact.
public struct PersonRequest: Sendable, Hashable {
    public var role: PersonRole
    public var name: String
    public var email: String?
    public var phone: String?

    public init(role: PersonRole, name: String, email: String? = nil, phone: String? = nil) {
        self.role = role
        self.name = name
        self.email = email
        self.phone = phone
    }
}
