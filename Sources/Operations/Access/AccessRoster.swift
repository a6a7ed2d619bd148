/// The roles of every account, folded from the `$access` stream: who holds what now, and
/// who granted or revoked it when.
public struct AccessRoster: Sendable, Hashable {
    /// One account's roles now.
    public struct Member: Sendable, Hashable {
        public let user: String
        public let roles: Set<AccessRole>
        /// The position of the latest change of this account's roles.
        public let lastChange: UInt64
    }

    private(set) var roles: [String: Set<AccessRole>] = [:]
    private(set) var lastChange: [String: UInt64] = [:]
    /// The account that owns the store's files: the implicit first admin of a store whose
    /// `$access` stream is still empty (one made before roles existed, or by the library).
    public let founder: String?
    /// Whether any role was ever recorded.
    public private(set) var hasEvents = false

    init(entries: [HistoryEntry], founder: String?) {
        self.founder = founder
        for entry in entries {
            switch entry.event {
            case .office(.roleGranted(let change)):
                roles[change.user, default: []].insert(change.role)
            case .office(.roleRevoked(let change)):
                roles[change.user, default: []].remove(change.role)
            default:
                continue
            }
            lastChange[Self.userOf(entry.event)] = entry.position
            hasEvents = true
        }
    }

    private static func userOf(_ event: HistoryEntry.Event) -> String {
        switch event {
        case .office(.roleGranted(let change)), .office(.roleRevoked(let change)): change.user
        default: ""
        }
    }

    /// The roles `user` holds now.
    public func roles(of user: String) -> Set<AccessRole> {
        if !hasEvents, let founder, user == founder { return [.admin] }
        return roles[user] ?? []
    }

    /// Every account holding a role, by name.
    public var members: [Member] {
        if !hasEvents, let founder { return [Member(user: founder, roles: [.admin], lastChange: 0)] }
        return roles.filter { !$0.value.isEmpty }.keys.sorted().map {
            Member(user: $0, roles: roles[$0] ?? [], lastChange: lastChange[$0] ?? 0)
        }
    }

    /// The accounts holding `role`.
    public func holders(of role: AccessRole) -> [String] {
        members.filter { $0.roles.contains(role) }.map(\.user)
    }
}
