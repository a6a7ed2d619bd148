/// The language of a statistics report: French by default, since its readers are the
/// programme's team and the DINUM's direction; English for partners abroad.
public enum ReportLanguage: String, CaseIterable, Sendable, Hashable {
    case french = "fr"
    case english = "en"

    /// Every word the report prints in this language.
    var labels: ReportLabels {
        switch self {
        case .french: .french
        case .english: .english
        }
    }
}
