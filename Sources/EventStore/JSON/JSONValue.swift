/// One value inside a parsed ``JSONTape``: a cheap view (no copy of the document) for hot
/// loops that read a few fields without decoding a whole type.
///
/// ```swift
/// let root = tape.root
/// if root["status"]?.stringEquals("submitted") == true, let score = root["score"]?.int { … }
/// for member in root.members { print(member.key.string!, member.value.kind) }
/// ```
///
/// Like the tape, a value reads the document's bytes and the tape's tokens in place, through
/// plain pointers (no reference counting in hot loops): use it only while the bytes live and
/// before the tape parses another document.
/// Accessors return nil (never trap) when the value is of another kind or out of range.
public struct JSONValue {
    @usableFromInline let tokens: UnsafePointer<JSONToken>
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline let index: Int

    @inlinable
    init(tokens: UnsafePointer<JSONToken>, bytes: UnsafeRawBufferPointer, index: Int) {
        self.tokens = tokens
        self.bytes = bytes
        self.index = index
    }

    /// The kinds of JSON values.
    public enum Kind: Sendable, Equatable {
        case object, array, string, number, bool, null
    }

    @inlinable
    var token: JSONToken { tokens[index] }

    /// What kind of value this is.
    @inlinable
    public var kind: Kind {
        switch token.kind {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: .number
        case .true, .false: .bool
        case .null: .null
        }
    }

    /// Whether this value is `null`.
    @inlinable
    public var isNull: Bool { token.kind == .null }

    /// The number of elements of an array or members of an object; 0 for other kinds.
    @inlinable
    public var count: Int {
        let token = token
        return token.kind == .object || token.kind == .array ? Int(token.length) : 0
    }

    /// The value of the first member named `key` in an object (nil if there is none or this is
    /// not an object). Keys are compared as decoded text, so `"caf\u00e9"` matches `"café"`.
    ///
    /// Takes a `StaticString` so that a literal key (`root["status"]`) costs no reference
    /// counting; ``subscript(key:)`` takes keys known only at run time.
    @inlinable
    public subscript(_ key: StaticString) -> JSONValue? {
        key.withUTF8Buffer { memberValue(named: UnsafeRawBufferPointer($0)) }
    }

    /// The value of the first member named `key`, for keys computed at run time.
    @inlinable
    public subscript(key key: String) -> JSONValue? {
        var key = key
        return key.withUTF8 { memberValue(named: UnsafeRawBufferPointer($0)) }
    }

    /// The element at `position` of an array (nil if out of range or not an array); O(n).
    public subscript(position: Int) -> JSONValue? {
        guard token.kind == .array, position >= 0, position < Int(token.length) else { return nil }
        var cursor = index + 1
        for _ in 0..<position { cursor = Int(tokens[cursor].next) }
        return JSONValue(tokens: tokens, bytes: bytes, index: cursor)
    }

    /// The value of the first member whose key's decoded UTF-8 equals `key`.
    @inlinable
    func memberValue(named key: UnsafeRawBufferPointer) -> JSONValue? {
        memberValueIndex(named: key).map { JSONValue(tokens: tokens, bytes: bytes, index: $0) }
    }

    /// The token index of the value of the first member named `key`, or nil.
    @inlinable
    func memberValueIndex(named key: UnsafeRawBufferPointer) -> Int? {
        let object = tokens[index]
        guard object.kind == .object else { return nil }
        var cursor = index &+ 1
        let end = Int(object.next)
        while cursor < end {
            if JSONValue.stringToken(tokens[cursor], in: bytes, equals: key) { return cursor &+ 1 }
            cursor = Int(tokens[cursor &+ 1].next)
        }
        return nil
    }

    /// Whether the string `token` decodes to exactly the UTF-8 bytes `expected`.
    @inlinable
    static func stringToken(
        _ token: JSONToken, in bytes: UnsafeRawBufferPointer, equals expected: UnsafeRawBufferPointer
    ) -> Bool {
        if token.flags & JSONToken.Flags.hasEscapes != 0 {
            return escapedStringToken(token, in: bytes, equals: expected)
        }
        guard Int(token.length) == expected.count else { return false }
        return JSONBytes.equal(bytes.baseAddress! + Int(token.offset), expected.baseAddress, count: expected.count)
    }

    @usableFromInline
    static func escapedStringToken(
        _ token: JSONToken, in bytes: UnsafeRawBufferPointer, equals expected: UnsafeRawBufferPointer
    ) -> Bool {
        // Escapes only shorten text, so a raw form shorter than `expected` cannot match.
        guard Int(token.length) >= expected.count else { return false }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[Int(token.offset)..<Int(token.offset + token.length)])
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
            let count = JSONEscapes.unescape(raw, into: buffer.baseAddress!)
            return count == expected.count
                && JSONBytes.equal(UnsafeRawPointer(buffer.baseAddress!), expected.baseAddress, count: count)
        }
    }
}

/// Byte helpers usable from inlinable code (no C library in the hot path).
@usableFromInline
enum JSONBytes {
    /// Whether `count` bytes at `left` and `right` are equal: eight at a time, and the tail
    /// (or a short key) with two overlapping loads instead of a byte loop.
    @inlinable
    static func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer?, count: Int) -> Bool {
        guard count > 0, let right else { return true }
        if count >= 8 {
            var offset = 0
            while offset &+ 8 < count {
                if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                {
                    return false
                }
                offset &+= 8
            }
            return left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
                == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        }
        if count >= 4 {
            return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
                && left.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
                    == right.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
        }
        if count >= 2 {
            return left.loadUnaligned(as: UInt16.self) == right.loadUnaligned(as: UInt16.self)
                && left.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)
                    == right.loadUnaligned(fromByteOffset: count &- 2, as: UInt16.self)
        }
        return left.load(as: UInt8.self) == right.load(as: UInt8.self)
    }
}
