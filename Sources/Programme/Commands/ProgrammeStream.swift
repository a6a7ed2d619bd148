/// A stream of the log that the domain writes: one per edition, dossier and candidature.
///
/// | stream | name |
/// |---|---|
/// | an edition and its promotion | `edition-5`, `edition-dig` |
/// | a project dossier | `dossier-P5-003` |
/// | a candidature | `candidature-C5-0042` |
public enum ProgrammeStream: Hashable, Sendable, Comparable, CustomStringConvertible {
    case edition(EditionKey)
    case dossier(DossierID)
    case candidature(CandidatureID)

    /// The stream's name in the log.
    public var name: String {
        switch self {
        case .edition(let key): "edition-\(key.rawValue)"
        case .dossier(let id): "dossier-\(id.rawValue)"
        case .candidature(let id): "candidature-\(id.rawValue)"
        }
    }

    /// Reads a stream name back; nil for a name the domain does not write.
    public init?(name: String) {
        if let rest = Self.suffix(of: name, after: "edition-"), let key = try? EditionKey(parsing: rest) {
            self = .edition(key)
        } else if let rest = Self.suffix(of: name, after: "dossier-"), let id = try? DossierID(parsing: rest) {
            self = .dossier(id)
        } else if let rest = Self.suffix(of: name, after: "candidature-"), let id = try? CandidatureID(parsing: rest) {
            self = .candidature(id)
        } else {
            return nil
        }
    }

    /// The prefix of every dossier stream of `edition` (`dossier-P5-`), to list them with the
    /// store's `streamNames(withPrefix:)` and allocate the next number.
    public static func dossierPrefix(of edition: EditionKey) -> String { "dossier-P\(edition.rawValue)-" }

    /// The prefix of every candidature stream of `edition` (`candidature-C5-`).
    public static func candidaturePrefix(of edition: EditionKey) -> String { "candidature-C\(edition.rawValue)-" }

    public var description: String { name }

    public static func < (lhs: ProgrammeStream, rhs: ProgrammeStream) -> Bool { lhs.name < rhs.name }

    private static func suffix(of name: String, after prefix: String) -> String? {
        name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : nil
    }
}
