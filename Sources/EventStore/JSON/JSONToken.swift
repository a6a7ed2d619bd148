/// One entry of a ``JSONTape``: 16 bytes, so a small payload's whole tape fits in a few cache
/// lines and the array of them is reused without reallocating.
///
/// - `offset`: for strings the byte offset of the first content byte (after the quote); for
///   every other kind the byte offset of the token's first byte.
/// - `length`: for strings the raw content length (escapes not decoded), for numbers and
///   literals their text length, for containers the number of elements (arrays) or members
///   (objects), which lets decoders reserve capacity.
/// - `next`: the index of the token just past this value and everything inside it, so a reader
///   skips any subtree in O(1). While a container is still open the parser keeps its parent's
///   index here instead (an implicit stack, so parsing needs no second buffer).
@usableFromInline
struct JSONToken: Sendable {
    @usableFromInline var offset: UInt32
    @usableFromInline var length: UInt32
    @usableFromInline var next: UInt32
    @usableFromInline var kind: JSONToken.Kind
    /// ``Flags`` bits: what a reader needs to know without rescanning the bytes.
    @usableFromInline var flags: UInt8

    @inlinable
    init(kind: JSONToken.Kind, flags: UInt8, offset: UInt32, length: UInt32, next: UInt32) {
        self.offset = offset
        self.length = length
        self.next = next
        self.kind = kind
        self.flags = flags
    }

    @usableFromInline static let zero = JSONToken(kind: .null, flags: 0, offset: 0, length: 0, next: 0)

    @usableFromInline
    enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// Bits of ``flags``.
    @usableFromInline
    enum Flags {
        /// A string whose raw bytes contain at least one backslash escape.
        @usableFromInline static let hasEscapes: UInt8 = 1
        /// A number written without fraction or exponent (`-12`, never `1.0` or `1e2`).
        @usableFromInline static let isInteger: UInt8 = 2
        /// A number starting with a minus sign.
        @usableFromInline static let isNegative: UInt8 = 4
    }
}
