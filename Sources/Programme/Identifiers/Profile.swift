/// A profile an entrepreneur brings to a défi (the programme's "profils").
public enum Profile: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case dev
    case design
    case datascience
    case dataengineering
    case geomatique
    /// Juriste du numérique.
    case legal
    case product

    /// Parses a profile name, case-sensitive, as written in events and on the command line.
    public init(parsing text: String) throws(InputError) {
        guard let profile = Profile(rawValue: text) else {
            throw InputError(
                code: "value.profile",
                message: "\(IdentifierSyntax.quoted(text)) is not a profile: expected one of "
                    + Profile.allCases.map(\.rawValue).joined(separator: ", ")
            )
        }
        self = profile
    }

    public static func < (lhs: Profile, rhs: Profile) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
