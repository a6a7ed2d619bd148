/// A 16-byte event identifier, printed as a UUID (`1b4e28ba-2fa1-41d2-883f-0016d3cca427`).
///
/// The log generates random version-4 ids unless the caller brings its own (an import that
/// must keep the ids of another system).
public struct EventID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The first eight bytes, most significant first.
    public var high: UInt64
    /// The last eight bytes, most significant first.
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The id whose 16 bytes are `bytes`, in UUID (network) order; `nil` unless there are 16.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.init(high: high, low: low)
    }

    /// Parses the 36-character UUID form (either case); `nil` for anything else.
    public init?(uuidString: some StringProtocol) {
        let utf8 = Array(uuidString.utf8)
        guard utf8.count == 36 else { return nil }
        var value: (UInt64, UInt64) = (0, 0)
        var nibbles = 0
        for (index, character) in utf8.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard character == UInt8(ascii: "-") else { return nil }
                continue
            }
            let nibble: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = character - UInt8(ascii: "A") + 10
            default: return nil
            }
            if nibbles < 16 {
                value.0 = value.0 << 4 | UInt64(nibble)
            } else {
                value.1 = value.1 << 4 | UInt64(nibble)
            }
            nibbles += 1
        }
        self.init(high: value.0, low: value.1)
    }

    /// A random version-4 UUID.
    public static func random() -> EventID {
        var generator = SystemRandomNumberGenerator()
        return EventID(randomBits: (generator.next(), generator.next()))
    }

    /// Makes a version-4 UUID of 122 random bits (sets the version and variant bits).
    init(randomBits: (UInt64, UInt64)) {
        self.init(
            high: (randomBits.0 & ~0xF000) | 0x4000,
            low: (randomBits.1 & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000)
    }

    /// The 16 bytes in UUID order.
    public var bytes: [UInt8] {
        (0..<16).map { index in
            index < 8
                ? UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(index)))
                : UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(index - 8)))
        }
    }

    /// The lowercase 36-character UUID form.
    public var uuidString: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public var description: String { uuidString }

    public static func < (lhs: EventID, rhs: EventID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
