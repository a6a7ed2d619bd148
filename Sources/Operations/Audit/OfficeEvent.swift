public import Programme

/// The events the office records about the store itself rather than about the programme:
/// seals of the log, roles granted and revoked, people's personal data erased.
///
/// They live in streams whose names start with `$` (`$seal`, `$access`, `$people`), which no
/// domain stream can take, so the domain's readers (`ProgrammeEvent.decodeIfKnown`, the
/// projections) pass over them. Like the domain's events, their payloads hold ids and codes,
/// never a person's name or contact details. The catalogue is in `Sources/Programme/EVENTS.md`.
public enum OfficeEvent: Sendable, Hashable {
    /// `$seal`: the head of the log at a moment, for publication.
    case logSealed(LogSealed)
    /// `$access`: an OS account was given a role.
    case roleGranted(RoleChange)
    /// `$access`: an OS account lost a role.
    case roleRevoked(RoleChange)
    /// `$people`: a person's vault entry was erased.
    case personErased(PersonErased)

    /// The stream of seals.
    public static let sealStream = "$seal"
    /// The stream of roles.
    public static let accessStream = "$access"
    /// The stream of erasures.
    public static let peopleStream = "$people"

    /// The type name recorded in the envelope.
    public var typeName: String {
        switch self {
        case .logSealed: "LogSealed"
        case .roleGranted: "RoleGranted"
        case .roleRevoked: "RoleRevoked"
        case .personErased: "PersonErased"
        }
    }

    /// The stream the event belongs to.
    public var stream: String {
        switch self {
        case .logSealed: Self.sealStream
        case .roleGranted, .roleRevoked: Self.accessStream
        case .personErased: Self.peopleStream
        }
    }

    /// Every payload is at its first schema version.
    public var schemaVersion: UInt16 { 1 }
}

/// `LogSealed`: the chain hash of the record at `position`, which stands for the whole log up
/// to it (FORMAT.md §5.2). `count` is the number of events sealed (positions are gapless, so
/// it equals `position`; both are kept so a reader need not know that).
public struct LogSealed: Codable, Sendable, Hashable {
    public let position: UInt64
    /// 64 lowercase hexadecimal digits.
    public let chainHash: String
    public let count: UInt64

    public init(position: UInt64, chainHash: String, count: UInt64) {
        self.position = position
        self.chainHash = chainHash
        self.count = count
    }
}

/// `RoleGranted` / `RoleRevoked`: an OS account (as eig records actors) and a role.
public struct RoleChange: Codable, Sendable, Hashable {
    public let user: String
    public let role: AccessRole

    public init(user: String, role: AccessRole) {
        self.user = user
        self.role = role
    }
}

/// `PersonErased`: the vault entry of `person` was deleted. The reason is the operator's
/// (a request's reference, or the retention rule); it is checked not to hold the person's
/// name or e-mail before it is recorded.
public struct PersonErased: Codable, Sendable, Hashable {
    public let person: PersonID
    public let basis: ErasureBasis
    public let reason: String

    public init(person: PersonID, basis: ErasureBasis, reason: String) {
        self.person = person
        self.basis = basis
        self.reason = reason
    }
}

/// Why personal data was erased.
public enum ErasureBasis: String, Codable, Sendable, Hashable {
    /// `eig forget`: the person asked, or the programme decided.
    case request
    /// `eig retention apply`: the edition's retention period passed.
    case retention
}

/// The roles of eig's users (DESIGN §6). Who may run what is ``AccessPolicy``.
public enum AccessRole: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// Everything the team does, and granting and revoking roles.
    case admin
    /// The programme team: every operational command.
    case team
    /// Evaluates dossiers and interviews candidates, nothing else.
    case juror
    /// Reads everything but personal data; writes nothing.
    case auditor

    public static func < (lhs: AccessRole, rhs: AccessRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
