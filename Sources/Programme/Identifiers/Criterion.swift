/// A criterion of the jury's grid for project dossiers (2021 rules), each scored 1 to 4.
///
/// The criteria an edition uses are part of its settings; these are the ones the programme
/// has published. `CodingKeyRepresentable` makes a `[Criterion: Int]` encode as a JSON
/// object (`{"need": 4, …}`) rather than as an array of pairs.
public enum Criterion: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable, Hashable, Comparable {
    /// Pertinence du besoin.
    case need
    /// Qualité de la définition du projet et des profils.
    case definition
    /// Engagement de l'administration porteuse.
    case commitment
    /// Transformation numérique.
    case transformation
    /// Ouverture et mutualisation.
    case openness

    /// The range of a jury score on one criterion.
    public static let scores: ClosedRange<Int> = 1...4

    /// A short English label for messages and reports.
    public var label: String {
        switch self {
        case .need: "relevance of the need"
        case .definition: "definition of the project and profiles"
        case .commitment: "commitment of the host administration"
        case .transformation: "digital transformation"
        case .openness: "openness and pooling"
        }
    }

    public init(parsing text: String) throws(InputError) {
        guard let criterion = Criterion(rawValue: text) else {
            throw InputError(
                code: "value.criterion",
                message: "\(IdentifierSyntax.quoted(text)) is not a jury criterion: expected one of "
                    + Criterion.allCases.map(\.rawValue).joined(separator: ", ")
            )
        }
        self = criterion
    }

    public static func < (lhs: Criterion, rhs: Criterion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
