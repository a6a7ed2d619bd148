/// A candidature: `C` + edition + `-` + a four-digit number, e.g. `C5-0042`.
///
/// Numbers are allocated by the caller (Operations), like dossier numbers.
public struct CandidatureID: StringIdentifier, Comparable {
    public let edition: EditionKey
    public let number: Int

    public init(parsing text: String) throws(InputError) {
        (edition, number) = try IdentifierSyntax.parse(
            text, prefix: "C", digits: 4, kind: "candidature", example: "C5-0042")
    }

    /// - Precondition: `number` is in 1...9999.
    public init(edition: EditionKey, number: Int) {
        precondition((1...9999).contains(number), "candidature numbers run from 1 to 9999")
        self.edition = edition
        self.number = number
    }

    public var rawValue: String { "C\(edition.rawValue)-\(IdentifierSyntax.padded(number, digits: 4))" }

    /// The first free candidature number of `edition` after `existing`, or nil when all are used.
    public static func next(
        in edition: EditionKey, after existing: some Sequence<CandidatureID>
    ) -> CandidatureID? {
        let highest = existing.filter { $0.edition == edition }.map(\.number).max() ?? 0
        return highest < 9999 ? CandidatureID(edition: edition, number: highest + 1) : nil
    }

    public static func < (lhs: CandidatureID, rhs: CandidatureID) -> Bool {
        (lhs.edition, lhs.number) < (rhs.edition, rhs.number)
    }
}
