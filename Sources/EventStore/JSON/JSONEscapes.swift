/// Decoding of the backslash escapes of JSON strings that a ``JSONTape`` has already
/// validated (so no error handling here: every escape is well formed and surrogates pair).
@usableFromInline
enum JSONEscapes {
    /// Writes the decoded UTF-8 of the raw string content `raw` to `output` and returns how
    /// many bytes it wrote, never more than `raw.count` (every escape is longer than the
    /// UTF-8 it stands for).
    @usableFromInline
    static func unescape(_ raw: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var input = 0
        var written = 0
        let count = raw.count
        while input < count {
            let byte = raw[input]
            guard byte == UInt8(ascii: "\\") else {
                output[written] = byte
                written &+= 1
                input &+= 1
                continue
            }
            let escaped = raw[input &+ 1]
            input &+= 2
            let simple: UInt8
            switch escaped {
            case UInt8(ascii: "b"): simple = 0x08
            case UInt8(ascii: "f"): simple = 0x0C
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "u"):
                var scalar = UInt32(hexQuad(raw, at: input))
                input &+= 4
                if scalar & 0xFC00 == 0xD800 {
                    let low = UInt32(hexQuad(raw, at: input &+ 2))
                    input &+= 6
                    scalar = 0x10000 &+ ((scalar &- 0xD800) &<< 10) &+ (low &- 0xDC00)
                }
                written &+= encodeUTF8(scalar, into: output + written)
                continue
            default: simple = escaped  // " \ /
            }
            output[written] = simple
            written &+= 1
        }
        return written
    }

    /// The decoded text of the raw string content `raw`.
    @usableFromInline
    static func string(unescaping raw: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: raw.count) { buffer in
            unescape(raw, into: buffer.baseAddress!)
        }
    }

    private static func hexQuad(_ raw: UnsafeRawBufferPointer, at offset: Int) -> UInt16 {
        var value: UInt16 = 0
        for index in offset..<offset &+ 4 {
            value = value &<< 4 | UInt16(JSONParser.hexValue(raw[index]) ?? 0)
        }
        return value
    }

    /// Writes `scalar` (a valid Unicode scalar value) as UTF-8 and returns its length.
    private static func encodeUTF8(_ scalar: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            output[0] = UInt8(scalar)
            return 1
        case ..<0x800:
            output[0] = UInt8(0xC0 | scalar >> 6)
            output[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            output[0] = UInt8(0xE0 | scalar >> 12)
            output[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            output[0] = UInt8(0xF0 | scalar >> 18)
            output[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            output[2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }
}
