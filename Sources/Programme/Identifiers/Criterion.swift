/// A criterion of the jury's grid for project dossiers (2021 rules), each scored 1 to 4.
///
/// The criteria an edition uses are part of its settings; these are the ones the programme
/// has published. `CodingKeyRepresentable` makes a `[Criterion: Int]` encode as a JSON
/// object (`{"need": 4, …}`) rather than as an array of pairs.
public enum Criterion: String, NamedValue, Codable, CodingKeyRepresentable {
    public static let kind = "jury criterion"

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
}
