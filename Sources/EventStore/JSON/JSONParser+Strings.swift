extension JSONParser {
    /// A string token: `position` is on the opening quote and ends just past the closing one.
    /// Validates escapes (pairing `\u` surrogates) and UTF-8 while scanning, eight bytes at a
    /// time through runs of plain ASCII.
    @inline(__always)
    mutating func parseString() throws(Failure) {
        position += 1
        let contentStart = position
        var flags: UInt8 = 0
        while true {
            while position &+ 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(input + position).loadUnaligned(as: UInt64.self))
                let mask = Self.specialBytes(in: word)
                if mask == 0 {
                    position &+= 8
                } else {
                    position &+= mask.trailingZeroBitCount &>> 3
                    break
                }
            }
            guard position < end else { throw fail(.unexpectedEnd) }
            let byte = input[position]
            if byte == UInt8(ascii: "\"") {
                try appendScalar(.string, flags: flags, offset: contentStart, length: position - contentStart)
                position += 1
                return
            } else if byte == UInt8(ascii: "\\") {
                flags = JSONToken.Flags.hasEscapes
                try validateEscape()
            } else if byte < 0x20 {
                throw fail(.controlCharacterInString)
            } else if byte >= 0x80 {
                try validateUTF8Sequence()
            } else {
                position += 1
            }
        }
    }

    /// The high bit of each byte of `word` that is a quote, a backslash, a control character
    /// or non-ASCII. Only the lowest set bit is exact (borrows run upward), which is all the
    /// scanner uses.
    @inline(__always)
    static func specialBytes(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control | word) & highs
    }

    /// One escape sequence at `position` (on the backslash); a `\u` high surrogate must be
    /// followed by a `\u` low surrogate and a low surrogate must not stand alone.
    private mutating func validateEscape() throws(Failure) {
        let start = position
        guard position + 1 < end else { throw fail(.unexpectedEnd) }
        switch input[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try hexQuad(at: position + 2, escapeStart: start)
            position += 6
            if unit & 0xFC00 == 0xD800 {
                guard position < end else { throw fail(.unexpectedEnd) }
                guard input[position] == UInt8(ascii: "\\") else { throw fail(.loneSurrogate, at: start) }
                guard position + 1 < end else { throw fail(.unexpectedEnd) }
                guard input[position + 1] == UInt8(ascii: "u") else { throw fail(.loneSurrogate, at: start) }
                let low = try hexQuad(at: position + 2, escapeStart: position)
                guard low & 0xFC00 == 0xDC00 else { throw fail(.loneSurrogate, at: start) }
                position += 6
            } else if unit & 0xFC00 == 0xDC00 {
                throw fail(.loneSurrogate, at: start)
            }
        default:
            throw fail(.invalidEscape, at: start)
        }
    }

    /// The four hex digits at `offset` as a UTF-16 code unit.
    private func hexQuad(at offset: Int, escapeStart: Int) throws(Failure) -> UInt16 {
        guard offset + 4 <= end else { throw fail(.unexpectedEnd, at: end) }
        var value: UInt16 = 0
        for index in offset..<offset + 4 {
            guard let digit = JSONParser.hexValue(input[index]) else { throw fail(.invalidEscape, at: escapeStart) }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// The value of an ASCII hex digit, or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }

    /// One multi-byte UTF-8 sequence at `position` (on its lead byte), per RFC 3629 table 4:
    /// no overlong forms, no encoded surrogates, nothing above U+10FFFF.
    private mutating func validateUTF8Sequence() throws(Failure) {
        let lead = input[position]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw fail(.invalidUTF8)
        }
        guard position + length <= end else { throw fail(.invalidUTF8) }
        let second = input[position + 1]
        guard second >= low, second <= high else { throw fail(.invalidUTF8) }
        for index in position + 2..<position + length where input[index] & 0xC0 != 0x80 {
            throw fail(.invalidUTF8)
        }
        position += length
    }
}
