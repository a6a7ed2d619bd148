/// A closed set of names written as is in events and on the command line (`Profile`,
/// `Criterion`), ordered as declared.
public protocol NamedValue: CaseIterable, RawRepresentable, Hashable, Sendable, Comparable
where RawValue == String, AllCases == [Self] {
    /// What the value is called in messages ("profile", "jury criterion").
    static var kind: String { get }
}

extension NamedValue {
    /// Parses a name, case-sensitive.
    ///
    /// - Throws: `InputError` listing the allowed names.
    public init(parsing text: String) throws(InputError) {
        guard let value = Self(rawValue: text) else {
            throw InputError(
                code: "value.\(Self.kind.split(separator: " ").last!)",
                message: "\(IdentifierSyntax.quoted(text)) is not a \(Self.kind): expected one of "
                    + Self.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = value
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
