/// Why a byte sequence is not a JSON document (RFC 8259), and where: the byte offset of the
/// first byte that made it invalid.
///
/// Callers switch on ``code``; people read ``message`` (or `description`, which adds the
/// offset): `byte 14: control character 0x0A in a string must be escaped`.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of invalid input, stable for callers and tests.
    public enum Code: String, Sendable {
        /// The document is empty or only whitespace.
        case emptyDocument
        /// The input ended inside a value.
        case unexpectedEnd
        /// A byte that cannot start or continue a value here.
        case unexpectedByte
        /// A complete value is followed by something other than whitespace.
        case trailingContent
        /// A byte sequence that is not well-formed UTF-8 (RFC 3629: overlongs, surrogates and
        /// code points above U+10FFFF included).
        case invalidUTF8
        /// A byte below 0x20 inside a string, which RFC 8259 requires to be escaped.
        case controlCharacterInString
        /// A backslash followed by something other than `" \ / b f n r t u` and four hex digits.
        case invalidEscape
        /// A `\uD800`-`\uDFFF` escape that is not a high surrogate followed by a low one.
        case loneSurrogate
        /// A number that breaks RFC 8259's grammar (`01`, `1.`, `.5`, `+1`, `1e`, `-`).
        case invalidNumber
        /// Containers nested deeper than ``JSONTape/maximumDepth``.
        case tooDeep
        /// A document of 4 GiB or more, which the tape's 32-bit offsets cannot address.
        case tooLarge
    }

    /// What is wrong.
    public var code: Code
    /// The byte offset (from 0) of the first offending byte.
    public var offset: Int

    public init(_ code: Code, at offset: Int) {
        self.code = code
        self.offset = offset
    }

    /// An operator-readable sentence, without the offset.
    public var message: String {
        switch code {
        case .emptyDocument: "the document is empty"
        case .unexpectedEnd: "the document ends inside a value"
        case .unexpectedByte: "unexpected byte"
        case .trailingContent: "unexpected content after the JSON value"
        case .invalidUTF8: "invalid UTF-8"
        case .controlCharacterInString: "a control character in a string must be escaped"
        case .invalidEscape: "invalid escape sequence in a string"
        case .loneSurrogate: "a \\u escape is a lone UTF-16 surrogate"
        case .invalidNumber: "invalid number"
        case .tooDeep: "containers are nested deeper than \(JSONTape.maximumDepth) levels"
        case .tooLarge: "the document is 4 GiB or larger"
        }
    }

    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}
