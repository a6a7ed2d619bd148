/// A profile an entrepreneur brings to a défi (the programme's "profils").
public enum Profile: String, NamedValue, Codable {
    public static let kind = "profile"

    case dev
    case design
    case datascience
    case dataengineering
    case geomatique
    /// Juriste du numérique.
    case legal
    case product
}
