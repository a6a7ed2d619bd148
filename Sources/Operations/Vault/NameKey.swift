internal import EventStore
internal import Foundation

/// The key of a name in the vault's index: the same for "Claire Dubois", "claire  dubois" and
/// "Claire DUBOIS", so a juror or mentor named again is found again.
///
/// The name is folded (case, diacritics, width), its runs of white space made one space, then
/// hashed with SHA-256, so the index's file names hold no name and no character a file
/// system could dislike.
enum NameKey {
    /// The folded form of `name`, the part of the key a person could read.
    static func normalized(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The 64 hexadecimal digits of the name's index entry.
    static func of(_ name: String) -> String {
        SHA256.hash(Array(normalized(name).utf8)).hex
    }
}
