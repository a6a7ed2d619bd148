extension JSONWriter {
    mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendInteger(value.magnitude)
    }

    mutating func appendInteger(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var remaining = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    /// The shortest digits that round-trip (the standard library's `description` computes
    /// them), laid out as ECMAScript's Number::toString does: plain notation for decimal
    /// exponents from -6 to 21, else `d.ddde±x`. `-0.0` keeps its sign; NaN and ±∞ are `null`.
    mutating func appendDouble(_ value: Double) {
        guard value.isFinite else {
            bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
            return
        }
        if value == 0 {
            bytes.append(
                contentsOf: value.sign == .minus ? [UInt8(ascii: "-"), UInt8(ascii: "0")] : [UInt8(ascii: "0")])
            return
        }
        let (digits, exponent) = Self.shortestDigits(of: value.magnitude)
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let count = digits.count
        let zero = UInt8(ascii: "0")
        if count <= exponent && exponent <= 21 {
            bytes.append(contentsOf: digits)
            bytes.append(contentsOf: repeatElement(zero, count: exponent - count))
        } else if 0 < exponent && exponent <= 21 {
            bytes.append(contentsOf: digits[..<exponent])
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: digits[exponent...])
        } else if -6 < exponent && exponent <= 0 {
            bytes.append(contentsOf: [zero, UInt8(ascii: ".")])
            bytes.append(contentsOf: repeatElement(zero, count: -exponent))
            bytes.append(contentsOf: digits)
        } else {
            bytes.append(digits[0])
            if count > 1 {
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: digits[1...])
            }
            bytes.append(UInt8(ascii: "e"))
            bytes.append(exponent - 1 < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            appendInteger(UInt64((exponent - 1).magnitude))
        }
    }

    /// The significant digits `d₁…dₖ` (no leading or trailing zeros) and the exponent `n`
    /// with `value = 0.d₁…dₖ × 10ⁿ`, read from the standard library's shortest round-trip
    /// description (`1.0`, `0.001`, `1e-05`, `1.2345e+20`).
    static func shortestDigits(of value: Double) -> (digits: [UInt8], exponent: Int) {
        let text = Array(value.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            var exponentText = text[(e + 1)...]
            var negative = false
            if let sign = exponentText.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                negative = sign == UInt8(ascii: "-")
                exponentText = exponentText.dropFirst()
            }
            exponent = exponentText.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if negative { exponent = -exponent }
        }
        var digits: [UInt8] = []
        var pointPosition = mantissa.count
        for byte in mantissa {
            if byte == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else {
                digits.append(byte)
            }
        }
        if !mantissa.contains(UInt8(ascii: ".")) { pointPosition = digits.count }
        while digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, pointPosition + exponent)
    }
}
