/// Conversions of validated number tokens to Swift numbers, exact or refused (never a silent
/// truncation): the policy every reader of payloads shares.
///
/// - Integers must be written as integers: `12` and `-0` read as Int64, `1.0`, `1e2` and
///   `12.5` do not (a payload that means an integer writes one). Out-of-range values are nil.
/// - Doubles accept any number. One that overflows (`1e400`) is nil rather than ±infinity,
///   since JSON has no infinity; one that underflows (`1e-400`) is ±0. `-0` keeps its sign.
@usableFromInline
enum JSONNumbers {
    /// The value of an integer number token as Int64, or nil.
    @inlinable
    static func int64(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Int64? {
        guard token.kind == .number, token.flags & JSONToken.Flags.isInteger != 0 else { return nil }
        let negative = token.flags & JSONToken.Flags.isNegative != 0
        let sign = negative ? 1 : 0
        let digits = Int(token.length) &- sign
        let start = bytes.baseAddress! + Int(token.offset) + sign
        if digits <= 18 {
            // 18 decimal digits always fit in Int64: no overflow checks in the common case.
            var value: Int64 = 0
            for offset in 0..<digits {
                value = value &* 10 &+ Int64(start.load(fromByteOffset: offset, as: UInt8.self) &- 48)
            }
            return negative ? 0 &- value : value
        }
        guard let magnitude = magnitude(start, digits: digits) else { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return Int64(truncatingIfNeeded: 0 &- magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The value of an integer number token as UInt64 (`-0` is 0), or nil.
    @inlinable
    static func uint64(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> UInt64? {
        guard token.kind == .number, token.flags & JSONToken.Flags.isInteger != 0 else { return nil }
        let negative = token.flags & JSONToken.Flags.isNegative != 0
        let sign = negative ? 1 : 0
        guard
            let magnitude = magnitude(bytes.baseAddress! + Int(token.offset) + sign, digits: Int(token.length) &- sign)
        else { return nil }
        return negative && magnitude != 0 ? nil : magnitude
    }

    /// The decimal digits at `start` as UInt64, or nil on overflow.
    @usableFromInline
    static func magnitude(_ start: UnsafeRawPointer, digits: Int) -> UInt64? {
        var value: UInt64 = 0
        for offset in 0..<digits {
            let digit = UInt64(start.load(fromByteOffset: offset, as: UInt8.self) &- 48)
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// The value of a number token as the nearest Double, or nil if it is not a number or
    /// overflows Double.
    ///
    /// Most payload numbers have at most 15 significant digits and a small exponent: those are
    /// computed exactly from an integer mantissa and a power of ten (Clinger's fast path). The
    /// rest go through the standard library's correctly rounded conversion.
    @usableFromInline
    static func double(_ token: JSONToken, in bytes: UnsafeRawBufferPointer) -> Double? {
        guard token.kind == .number else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: bytes[Int(token.offset)..<Int(token.offset + token.length)])
        if let value = fastDouble(text) { return value }
        let value = Double(String(decoding: text, as: UTF8.self)) ?? .nan
        return value.isFinite ? value : nil
    }

    /// Exact powers of ten representable in a Double.
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Clinger's fast path: exact when the mantissa fits 53 bits and |exponent| ≤ 22, since
    /// then both operands are exact and IEEE division or multiplication rounds once.
    private static func fastDouble(_ text: UnsafeRawBufferPointer) -> Double? {
        var index = 0
        let count = text.count
        let negative = text[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        while index < count, text[index] &- 48 < 10 {
            let digit = UInt64(text[index] &- 48)
            if mantissa != 0 || digit != 0 { significant += 1 }
            mantissa = mantissa &* 10 &+ digit
            index += 1
        }
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, text[index] &- 48 < 10 {
                let digit = UInt64(text[index] &- 48)
                if mantissa != 0 || digit != 0 { significant += 1 }
                mantissa = mantissa &* 10 &+ digit
                exponent -= 1
                index += 1
            }
        }
        guard significant <= 19 else { return nil }
        if index < count {  // e or E
            index += 1
            var exponentNegative = false
            if text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                exponentNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            var explicit = 0
            while index < count {
                explicit = explicit * 10 + Int(text[index] &- 48)
                if explicit > 1000 { break }
                index += 1
            }
            if mantissa == 0 { return negative ? -0.0 : 0.0 }
            guard explicit <= 1000 else { return nil }
            exponent += exponentNegative ? -explicit : explicit
        }
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        var value = Double(mantissa)
        value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
        return negative ? -value : value
    }
}
