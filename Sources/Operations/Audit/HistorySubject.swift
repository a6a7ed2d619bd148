public import Programme

/// What `eig history ID` is asked about: a dossier (or the défi it became), a candidature,
/// or an edition and its promotion.
public enum HistorySubject: Sendable, Hashable, CustomStringConvertible {
    case dossier(DossierID)
    case candidature(CandidatureID)
    case edition(EditionKey)

    /// Reads `P5-003` or `D5-003` (the défi's dossier), `C5-0042`, or an edition: `5`, `dig`,
    /// `edition-5`.
    ///
    /// - Throws: `InputError` naming the shapes accepted.
    public init(parsing text: String) throws(InputError) {
        if let dossier = try? DossierID(parsing: text) {
            self = .dossier(dossier)
        } else if let challenge = try? ChallengeID(parsing: text) {
            self = .dossier(challenge.dossier)
        } else if let candidature = try? CandidatureID(parsing: text) {
            self = .candidature(candidature)
        } else if let edition = try? EditionKey(parsing: text.hasPrefix("edition-") ? String(text.dropFirst(8)) : text)
        {
            self = .edition(edition)
        } else {
            throw InputError(
                code: "id.history",
                message: "'\(text.prefix(60))' is not a dossier (P5-003), défi (D5-003), candidature (C5-0042) "
                    + "or edition (5) id")
        }
    }

    /// The stream that holds the subject's own events.
    public var stream: ProgrammeStream {
        switch self {
        case .dossier(let id): .dossier(id)
        case .candidature(let id): .candidature(id)
        case .edition(let key): .edition(key)
        }
    }

    public var description: String {
        switch self {
        case .dossier(let id): id.rawValue
        case .candidature(let id): id.rawValue
        case .edition(let key): "edition \(key.rawValue)"
        }
    }
}
