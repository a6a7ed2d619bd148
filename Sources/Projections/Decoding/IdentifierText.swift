internal import Programme

/// The domain's identifiers read from their text with byte comparisons: the same rules as
/// their validating parsers (`DossierID(parsing:)`, `PersonID(parsing:)`…), which cost
/// microseconds each because they build their error message up front. Anything these
/// functions refuse goes to the domain's own decoding, which has the last word.
struct IdentifierText {
    /// The last named edition read (`dig`): named keys are parsed by the domain once.
    private var namedEdition: (text: String, key: EditionKey)?

    /// `P<edition>-NNN`.
    mutating func dossier(_ text: String) -> DossierID? {
        var text = text
        return text.withUTF8 { dossier(UnsafeRawBufferPointer($0)) }
    }

    /// `C<edition>-NNNN`.
    mutating func candidature(_ text: String) -> CandidatureID? {
        var text = text
        return text.withUTF8 { candidature(UnsafeRawBufferPointer($0)) }
    }

    /// `D<edition>-NNN`.
    mutating func challenge(_ text: String) -> ChallengeID? {
        var text = text
        return text.withUTF8 { challenge(UnsafeRawBufferPointer($0)) }
    }

    mutating func dossier(_ bytes: UnsafeRawBufferPointer) -> DossierID? {
        numbered(bytes, prefix: UInt8(ascii: "P"), digits: 3).map { DossierID(edition: $0.0, number: $0.1) }
    }

    mutating func candidature(_ bytes: UnsafeRawBufferPointer) -> CandidatureID? {
        numbered(bytes, prefix: UInt8(ascii: "C"), digits: 4).map { CandidatureID(edition: $0.0, number: $0.1) }
    }

    mutating func challenge(_ bytes: UnsafeRawBufferPointer) -> ChallengeID? {
        numbered(bytes, prefix: UInt8(ascii: "D"), digits: 3).map {
            ChallengeID(dossier: DossierID(edition: $0.0, number: $0.1))
        }
    }

    /// An edition key: `1`…`99` without a leading zero, or 2 to 12 lowercase ASCII letters.
    mutating func edition(_ text: String) -> EditionKey? {
        var text = text
        return text.withUTF8 { edition(UnsafeRawBufferPointer($0)) }
    }

    /// The edition and the number of `<prefix><edition>-<digits>`: the number has exactly
    /// `digits` digits and is not zero, and the edition is valid.
    private mutating func numbered(
        _ bytes: UnsafeRawBufferPointer, prefix: UInt8, digits: Int
    ) -> (EditionKey, Int)? {
        let count = bytes.count
        guard count >= digits + 3, bytes[0] == prefix else { return nil }
        let dash = count - digits - 1
        guard bytes[dash] == UInt8(ascii: "-") else { return nil }
        var number = 0
        for index in (dash + 1)..<count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            number = number * 10 + Int(digit)
        }
        guard number > 0, let key = edition(UnsafeRawBufferPointer(rebasing: bytes[1..<dash])) else { return nil }
        return (key, number)
    }

    mutating func edition(_ bytes: UnsafeRawBufferPointer) -> EditionKey? {
        let count = bytes.count
        guard count >= 1 else { return nil }
        let first = bytes[0]
        if first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") {
            guard count <= 2 else { return nil }
            var number = Int(first - UInt8(ascii: "0"))
            if count == 2 {
                let digit = bytes[1] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                number = number * 10 + Int(digit)
            }
            return Self.numberedEditions[number - 1]
        }
        guard (2...12).contains(count), bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        if let named = namedEdition, named.text.utf8.elementsEqual(bytes) { return named.key }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let key = try? EditionKey(parsing: text) else { return nil }
        namedEdition = (text, key)
        return key
    }

    /// The keys of editions 1 to 99, made once: building one formats its number.
    static let numberedEditions = (1...99).map { EditionKey(number: $0) }

    /// The key of a numbered edition written `text` (`5`, `42`), nil for anything else.
    static func numberedEdition(_ text: String) -> EditionKey? {
        let utf8 = text.utf8
        guard (1...2).contains(utf8.count), let first = utf8.first, first >= UInt8(ascii: "1"),
            first <= UInt8(ascii: "9"),
            utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return numberedEditions[Int(text)! - 1]
    }

    /// Whether `text` is a person id: 1 to 64 ASCII letters, digits, `-`, `_` or `.`,
    /// starting with a letter or a digit (`PersonID(parsing:)`'s rule).
    static func isPerson(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPerson(UnsafeRawBufferPointer($0)) }
    }

    static func isPerson(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard (1...64).contains(bytes.count), isAlphanumeric(bytes[0]) else { return false }
        for byte in bytes where !isAlphanumeric(byte) {
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") else {
                return false
            }
        }
        return true
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
