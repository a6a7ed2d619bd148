extension JSONValue {
    /// The decoded text of a string value, or nil for other kinds.
    @inlinable
    public var string: String? {
        let token = token
        guard token.kind == .string else { return nil }
        return JSONValue.string(of: token, in: bytes)
    }

    /// The decoded text of a string token.
    @usableFromInline
    static func string(of token: JSONToken, in bytes: UnsafeRawBufferPointer) -> String {
        let raw = UnsafeRawBufferPointer(rebasing: bytes[Int(token.offset)..<Int(token.offset + token.length)])
        if token.flags & JSONToken.Flags.hasEscapes == 0 {
            return String(decoding: raw, as: UTF8.self)
        }
        return JSONEscapes.string(unescaping: raw)
    }

    /// Whether this is a string whose decoded text is exactly `expected`, compared byte for
    /// byte without allocating (the hot-loop way to test a status or a type name).
    @inlinable
    public func stringEquals(_ expected: StaticString) -> Bool {
        let token = token
        guard token.kind == .string else { return false }
        return expected.withUTF8Buffer { JSONValue.stringToken(token, in: bytes, equals: UnsafeRawBufferPointer($0)) }
    }

    /// Whether this is a string whose decoded text is exactly the UTF-8 bytes `expected`: for
    /// names a fold keeps in a buffer of its own, compared with no reference counting (the
    /// `String` overload copies its argument to reach its bytes).
    @inlinable
    public func stringEquals(utf8 expected: UnsafeRawBufferPointer) -> Bool {
        let token = token
        guard token.kind == .string else { return false }
        return JSONValue.stringToken(token, in: bytes, equals: expected)
    }

    /// Whether this is a string whose decoded text is exactly `expected` (same UTF-8 bytes:
    /// no Unicode normalisation, unlike `String`'s `==`). Disfavoured so that literals pick
    /// the `StaticString` overload, which costs no reference counting.
    @inlinable
    @_disfavoredOverload
    public func stringEquals(_ expected: String) -> Bool {
        let token = token
        guard token.kind == .string else { return false }
        var expected = expected
        return expected.withUTF8 { JSONValue.stringToken(token, in: bytes, equals: UnsafeRawBufferPointer($0)) }
    }

    /// The value of an integer number (`-12`, `0`), or nil for a fraction or exponent form
    /// (`1.0`, `1e2`), a value outside Int64, or another kind.
    @inlinable
    public var int: Int64? { JSONNumbers.int64(token, in: bytes) }

    /// The value of a non-negative integer number up to UInt64.max, or nil.
    @inlinable
    public var uint: UInt64? { JSONNumbers.uint64(token, in: bytes) }

    /// The nearest Double to any number, or nil if it overflows Double (`1e400`) or this is
    /// another kind. See ``JSONNumbers`` for the policy.
    @inlinable
    public var double: Double? { JSONNumbers.double(token, in: bytes) }

    /// The value of `true` or `false`, or nil for other kinds.
    @inlinable
    public var bool: Bool? {
        switch token.kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// The source text of a number (as written, e.g. `1.50e3`), or nil for other kinds: for
    /// callers that need exact decimals beyond Double.
    public var numberText: String? {
        let token = token
        guard token.kind == .number else { return nil }
        return String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(token.offset)..<Int(token.offset + token.length)]),
            as: UTF8.self)
    }
}
