/// Reading JSON text (RFC 8259) into a ``JSONValue``, keeping the order of object members, so
/// that a payload stored as JSON is shown as it was written.
///
/// Strict: one value with optional white space around it, no trailing commas, no comments,
/// strings valid UTF-8 without raw control characters, nesting at most 512 deep. Integers that
/// fit an `Int` stay integers; other numbers become `Double`s.
extension JSONValue {
    init(parsing bytes: some Collection<UInt8>) throws(ValueError) {
        var reader = JSONReader(bytes: Array(bytes))
        reader.skipWhiteSpace()
        self = try reader.readValue(depth: 0)
        reader.skipWhiteSpace()
        guard reader.index == reader.bytes.count else {
            throw reader.failure("unexpected text after the JSON value")
        }
    }
}

struct JSONReader {
    let bytes: [UInt8]
    var index = 0

    static let maximumDepth = 512

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    func failure(_ message: String) -> ValueError {
        ValueError("invalid JSON at byte \(index): \(message)")
    }

    mutating func skipWhiteSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) {
            index += 1
        }
    }

    mutating func readValue(depth: Int) throws(ValueError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw failure("nested too deeply") }
        guard index < bytes.count else { throw failure("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        default: return try readNumber()
        }
    }

    mutating func readLiteral(_ word: String, _ value: JSONValue) throws(ValueError) -> JSONValue {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("expected a value")
        }
        index += expected.count
        return value
    }

    mutating func readObject(depth: Int) throws(ValueError) -> JSONValue {
        index += 1
        var members: [(String, JSONValue)] = []
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        while true {
            skipWhiteSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
            let key = try readString()
            skipWhiteSpace()
            try expect(":")
            skipWhiteSpace()
            members.append((key, try readValue(depth: depth + 1)))
            skipWhiteSpace()
            if try readSeparator(closing: "}") { break }
        }
        return .object(JSONObject(members))
    }

    mutating func readArray(depth: Int) throws(ValueError) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhiteSpace()
            elements.append(try readValue(depth: depth + 1))
            skipWhiteSpace()
            if try readSeparator(closing: "]") { break }
        }
        return .array(elements)
    }

    /// After a member or element: `,` (more follow) or the closing bracket (done).
    mutating func readSeparator(closing: Unicode.Scalar) throws(ValueError) -> Bool {
        guard index < bytes.count else { throw failure("unexpected end") }
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            return false
        }
        try expect(closing)
        return true
    }

    mutating func expect(_ character: Unicode.Scalar) throws(ValueError) {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else {
            throw failure("expected '\(character)'")
        }
        index += 1
    }
}
