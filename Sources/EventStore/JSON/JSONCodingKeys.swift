/// The coding-path component of an array element, spelled like Foundation's (`Index 3`).
struct JSONIndexKey: CodingKey {
    let index: Int

    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init(intValue: Int) { index = intValue }

    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
}

/// A key given by its text: `super` for `superDecoder()`, and the dictionary keys the
/// encoder writes.
struct JSONStringKey: CodingKey {
    let stringValue: String

    init(_ stringValue: String) { self.stringValue = stringValue }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { stringValue = String(intValue) }

    var intValue: Int? { nil }

    static let `super` = JSONStringKey("super")
}
