/// An identifier made of an edition and a number allocated in it (`P5-003`, `C5-0042`).
///
/// Numbers are allocated by the caller (Operations), one after the other in an edition: it
/// lists the edition's streams, takes `next(in:after:)`, and lets the store's "no stream
/// yet" condition settle a race between two callers that picked the same number.
public protocol NumberedIdentifier: StringIdentifier, Comparable {
    var edition: EditionKey { get }
    var number: Int { get }
    /// The highest number the format can write.
    static var maximumNumber: Int { get }
    /// - Precondition: `number` is in `1...maximumNumber`.
    init(edition: EditionKey, number: Int)
}

extension NumberedIdentifier {
    /// The first number of `edition` after the highest of `existing`, or nil when the
    /// format has no number left.
    public static func next(in edition: EditionKey, after existing: some Sequence<Self>) -> Self? {
        let highest = existing.filter { $0.edition == edition }.map(\.number).max() ?? 0
        return highest < maximumNumber ? Self(edition: edition, number: highest + 1) : nil
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.edition, lhs.number) < (rhs.edition, rhs.number)
    }
}
