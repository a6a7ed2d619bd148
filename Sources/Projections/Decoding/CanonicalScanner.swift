/// Reads a payload written in the domain's canonical form (`ProgrammeEvent.encodedPayload()`:
/// keys sorted, no white space, no escapes needed) by matching it byte for byte: the fastest
/// path of ``EventDecoder``, for the event types the log holds most of.
///
/// It accepts only a strict subset of JSON: the members given in their sorted order,
/// strings without escapes (UTF-8 checked, no control characters), integers in JSON's
/// grammar, `true`/`false`, and nothing after the closing brace. Whatever else (white space,
/// escapes, another order, another member) stops it, and the payload is read by the
/// general path instead: so it can only be stricter than the domain's decoding, never laxer.
struct CanonicalScanner {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    /// Set at the first byte that does not match; every later call then fails too.
    private(set) var failed = false

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        failed = bytes.baseAddress == nil
    }

    /// Whether the whole payload was read without a mismatch.
    var isComplete: Bool { !failed && index == bytes.count }

    @inline(__always)
    private mutating func fail<T>() -> T? {
        failed = true
        return nil
    }

    /// Consumes `literal` exactly (`{"candidature":"`, `","challenge":"`, `}`).
    @inline(__always)
    mutating func expect(_ literal: StaticString) {
        guard !failed else { return }
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else {
            failed = true
            return
        }
        guard matches(literal, count) else {
            failed = true
            return
        }
        index &+= count
    }

    /// Whether `literal` comes next, consuming it if so (optional members).
    @inline(__always)
    mutating func accept(_ literal: StaticString) -> Bool {
        guard !failed else { return false }
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        guard matches(literal, count) else { return false }
        index &+= count
        return true
    }

    /// Whether the `count` bytes at `index` (there are that many, and the scan has not
    /// failed, so the buffer has an address) are `literal`'s: eight bytes at a time, the
    /// members' names being mostly longer than that.
    @inline(__always)
    private func matches(_ literal: StaticString, _ count: Int) -> Bool {
        let here = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index)
        let expected = UnsafeRawPointer(literal.utf8Start)
        var offset = 0
        while offset &+ 8 <= count {
            guard
                here.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == expected.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset &+= 8
        }
        while offset < count {
            guard
                here.load(fromByteOffset: offset, as: UInt8.self)
                    == expected.load(fromByteOffset: offset, as: UInt8.self)
            else { return false }
            offset &+= 1
        }
        return true
    }

    /// The content of a string whose opening quote was consumed, and its closing quote:
    /// printable ASCII only (identifiers, names of values). A backslash, a control character
    /// or any other byte stops the scan.
    @inline(__always)
    mutating func word() -> UnsafeRawBufferPointer? {
        guard !failed else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index &+= 1 }
                return UnsafeRawBufferPointer(rebasing: bytes[start..<index])
            }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return fail() }
            index &+= 1
        }
        return fail()
    }

    /// Skips the content of a string whose opening quote was consumed, and its closing quote:
    /// any well-formed UTF-8 without control characters or escapes (free texts).
    mutating func text() {
        guard !failed else { return }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index &+= 1
                return
            }
            if byte < 0x80 {
                guard byte >= 0x20, byte != UInt8(ascii: "\\") else {
                    failed = true
                    return
                }
                index &+= 1
            } else if let length = Self.scalarLength(bytes, at: index) {
                index &+= length
            } else {
                failed = true
                return
            }
        }
        failed = true
    }

    /// An integer in JSON's grammar (`-?(0|[1-9][0-9]*)`), at most 18 digits.
    @inline(__always)
    mutating func integer() -> Int? {
        guard !failed, index < bytes.count else { return fail() }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index &+= 1
        }
        let start = index
        var value = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
            index &+= 1
        }
        let digits = index - start
        guard digits >= 1, digits <= 18, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return fail() }
        // A fraction or an exponent is for the general path.
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] | 0x20 == UInt8(ascii: "e") {
            return fail()
        }
        return negative ? -value : value
    }

    @inline(__always)
    mutating func boolean() -> Bool? {
        if accept("true") { return true }
        if accept("false") { return false }
        return fail()
    }

    /// The length of the well-formed UTF-8 scalar at `index` (2 to 4 bytes), nil for anything
    /// else: the table of Unicode's "well-formed UTF-8 byte sequences" (no overlongs, no
    /// surrogates, nothing above U+10FFFF).
    private static func scalarLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int? {
        let first = bytes[index]
        let left = bytes.count - index
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset < left && range.contains(bytes[index + offset])
        }
        switch first {
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }
}
