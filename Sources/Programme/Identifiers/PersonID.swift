/// A person (candidate, entrepreneur, juror, mentor, project lead), opaque.
///
/// The log holds only this id; names and contact details live in the personal-data
/// vault that Operations owns, so erasing a person never rewrites the log. The id must
/// not itself carry personal data: callers mint random or sequential ids
/// (`person-7f3a9c…`, `U-000123`), the import mints `anon-…` ids.
public struct PersonID: StringIdentifier, Comparable {
    public let rawValue: String

    /// Parses 1 to 64 ASCII letters, digits, `-`, `_` or `.`, starting with a letter or digit.
    public init(parsing text: String) throws(InputError) {
        let allowed = text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
        guard (1...64).contains(text.unicodeScalars.count), allowed,
            let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first)
        else {
            throw InputError(
                code: "id.person",
                message: "\(IdentifierSyntax.quoted(text)) is not a person id: expected 1 to 64 "
                    + "letters, digits, '-', '_' or '.', e.g. person-7f3a9c"
            )
        }
        rawValue = text
    }

    public static func < (lhs: PersonID, rhs: PersonID) -> Bool { lhs.rawValue < rhs.rawValue }
}
