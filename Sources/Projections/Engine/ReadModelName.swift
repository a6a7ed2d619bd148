/// The read models of eig, by the name the command line and the files use.
public enum ReadModelName: String, CaseIterable, Sendable, Hashable, Comparable {
    case dossiers
    case candidatures
    case promotions
    case statistics

    /// The code's version of the read model.
    public var version: UInt32 {
        switch self {
        case .dossiers: DossiersModel.version
        case .candidatures: CandidaturesModel.version
        case .promotions: PromotionsModel.version
        case .statistics: StatisticsModel.version
        }
    }

    /// Parses a name given on the command line.
    ///
    /// - Throws: `.unknownModel`, listing the names there are.
    public init(parsing text: String) throws(ProjectionError) {
        guard let name = ReadModelName(rawValue: text) else {
            throw ProjectionError(
                .unknownModel,
                "\"\(text)\" is not a read model: expected one of "
                    + ReadModelName.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = name
    }

    public static func < (lhs: ReadModelName, rhs: ReadModelName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
