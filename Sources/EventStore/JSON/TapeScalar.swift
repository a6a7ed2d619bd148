/// A type the tape decoder reads straight from one token, without a nested decoder: the
/// primitives `Decoder` containers have dedicated methods for.
protocol TapeScalar: Decodable {
    /// The value of `token`, or nil if the token is of another kind or out of range.
    static func read(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Self?
    /// Whether a number token that fails to read means "out of range" rather than "wrong kind".
    static var isNumeric: Bool { get }
}

extension TapeScalar where Self: FixedWidthInteger {
    static var isNumeric: Bool { true }

    @inline(__always)
    static func read(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Self? {
        if Self.isSigned {
            guard let value = JSONNumbers.int64(token, in: bytes) else { return nil }
            return Self(exactly: value)
        }
        guard let value = JSONNumbers.uint64(token, in: bytes) else { return nil }
        return Self(exactly: value)
    }
}

extension Int: TapeScalar {}
extension Int8: TapeScalar {}
extension Int16: TapeScalar {}
extension Int32: TapeScalar {}
extension Int64: TapeScalar {}
extension UInt: TapeScalar {}
extension UInt8: TapeScalar {}
extension UInt16: TapeScalar {}
extension UInt32: TapeScalar {}
extension UInt64: TapeScalar {}

extension Double: TapeScalar {
    static var isNumeric: Bool { true }

    @inline(__always)
    static func read(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Double? {
        JSONNumbers.double(token, in: bytes)
    }
}

extension Float: TapeScalar {
    static var isNumeric: Bool { true }

    /// Parsed from the text directly (not via Double, which would round twice).
    static func read(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Float? {
        guard token.kind == .number else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: bytes[Int(token.offset)..<Int(token.offset + token.length)])
        guard let value = Float(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}

extension String: TapeScalar {
    static var isNumeric: Bool { false }

    @inline(__always)
    static func read(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> String? {
        token.kind == .string ? JSONValue.string(of: token, in: bytes) : nil
    }
}

extension Bool: TapeScalar {
    static var isNumeric: Bool { false }

    @inline(__always)
    static func read(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Bool? {
        switch token.kind {
        case .true: true
        case .false: false
        default: nil
        }
    }
}
