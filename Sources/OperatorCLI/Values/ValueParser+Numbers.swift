/// Integers and integer ranges.
extension ValueParser where Value == Int {
    /// A decimal integer (optional sign, digits only) inside `range`.
    ///
    /// "12" → 12; "1e3", "12.0", " 12", "" are refused; a value outside `range` is refused with
    /// the range in the message.
    static func integer(in range: ClosedRange<Int> = Int.min...Int.max) -> ValueParser<Int> {
        ValueParser(expecting: describe(range)) { (text) throws(ValueError) in
            try parseInteger(text, in: range)
        }
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        switch (range.lowerBound, range.upperBound) {
        case (Int.min, Int.max): "an integer"
        case (let low, Int.max): "an integer of at least \(low)"
        case (Int.min, let high): "an integer of at most \(high)"
        case (let low, let high): "an integer from \(low) to \(high)"
        }
    }

    static func parseInteger(_ text: String, in range: ClosedRange<Int>) throws(ValueError) -> Int {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard text.utf8.count - digits.count <= 1, !digits.isEmpty,
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else {
            throw ValueError("\(text.quotedForMessage()) is not an integer")
        }
        guard let value = Int(text), range.contains(value) else {
            throw ValueError("\(text.quotedForMessage()) is out of range: expected \(describe(range))")
        }
        return value
    }
}

extension ValueParser where Value == ClosedRange<Int> {
    /// `FROM..TO`, two integers inside `bounds` with FROM ≤ TO, as in `--eigs-per-challenge 2..3`.
    /// A single integer `N` is not a range: write `N..N`.
    static func integerRange(within bounds: ClosedRange<Int> = Int.min...Int.max) -> ValueParser<ClosedRange<Int>> {
        let element = ValueParser<Int>.integer(in: bounds)
        let within =
            bounds == Int.min...Int.max ? "" : " within \(bounds.lowerBound)..\(bounds.upperBound)"
        return ValueParser(expecting: "a range FROM..TO of integers\(within)") {
            (text) throws(ValueError) in
            let (low, high) = try splitRange(text)
            let lower = try element.parse(low)
            let upper = try element.parse(high)
            guard lower <= upper else {
                throw ValueError("\(text.quotedForMessage()) is an empty range: \(lower) is after \(upper)")
            }
            return lower...upper
        }
    }
}

/// Splits `FROM..TO` at its one `..`; both sides must be present.
func splitRange(_ text: String) throws(ValueError) -> (String, String) {
    let parts = text.split(separator: "..", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
        !parts[0].hasSuffix("."), !parts[1].hasPrefix(".")
    else {
        throw ValueError("\(text.quotedForMessage()) is not a range: expected FROM..TO")
    }
    return (String(parts[0]), String(parts[1]))
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
