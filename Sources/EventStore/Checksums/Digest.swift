/// A 32-byte SHA-256 digest: the chain hash of a record, printed as 64 lowercase hex digits.
///
/// Stored inline (four words, in the digest's byte order) so that hashing a record allocates
/// nothing.
public struct Digest: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes in memory order.
    var words: (UInt64, UInt64, UInt64, UInt64)

    /// The 32 bytes of the digest.
    public var bytes: [UInt8] {
        var words = self.words
        return withUnsafeBytes(of: &words) { Array($0) }
    }

    /// The digest that stands before the first record of a log: 32 zero bytes.
    public static let zero = Digest(words: (0, 0, 0, 0))

    init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    public init(bytes: [UInt8]) {
        precondition(bytes.count == 32, "a SHA-256 digest has 32 bytes")
        self = bytes.withUnsafeBytes { Digest(copying: $0) }
    }

    /// The digest whose 32 bytes are at the start of `bytes`.
    init(copying bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count >= 32, "a SHA-256 digest has 32 bytes")
        let base = bytes.baseAddress!
        words = (
            base.loadUnaligned(as: UInt64.self), base.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
            base.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
            base.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        )
    }

    /// The digest of a final SHA-256 state (words written big-endian, as FIPS 180-4 says).
    init(state: SHA256.State) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            raw.storeBytes(of: state.0.bigEndian, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: state.1.bigEndian, toByteOffset: 4, as: UInt32.self)
            raw.storeBytes(of: state.2.bigEndian, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: state.3.bigEndian, toByteOffset: 12, as: UInt32.self)
            raw.storeBytes(of: state.4.bigEndian, toByteOffset: 16, as: UInt32.self)
            raw.storeBytes(of: state.5.bigEndian, toByteOffset: 20, as: UInt32.self)
            raw.storeBytes(of: state.6.bigEndian, toByteOffset: 24, as: UInt32.self)
            raw.storeBytes(of: state.7.bigEndian, toByteOffset: 28, as: UInt32.self)
        }
        self.words = words
    }

    /// Parses 64 hex digits (either case); `nil` for anything else.
    public init?(hex: some StringProtocol) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        var index = 0
        while index < 64 {
            guard let high = Digest.nibble(utf8[index]), let low = Digest.nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes: bytes)
    }

    /// The 64 lowercase hex digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public var description: String { hex }

    /// Writes the 32 bytes at `destination`.
    func copy(to destination: UnsafeMutableRawPointer) {
        var words = self.words
        withUnsafeBytes(of: &words) { destination.copyMemory(from: $0.baseAddress!, byteCount: 32) }
    }

    /// Whether the 32 bytes at `bytes` are this digest's.
    func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count == 32 && Digest(copying: bytes) == self
    }

    public static func == (lhs: Digest, rhs: Digest) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
            && lhs.words.3 == rhs.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
