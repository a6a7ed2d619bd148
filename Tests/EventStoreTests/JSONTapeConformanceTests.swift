import EventStore
import Testing

/// RFC 8259 conformance, in the spirit of Nicolas Seriot's JSONTestSuite (its y_ and n_ cases
/// written inline): what must be accepted, what must be rejected, and where the error is.
struct JSONTapeConformanceTests {
    /// Parses `bytes` into a fresh tape; nil when accepted, else the error.
    static func error(parsing bytes: [UInt8]) -> JSONSyntaxError? {
        var tape = JSONTape()
        do {
            try bytes.withUnsafeBytes { try tape.parse($0) }
            return nil
        } catch {
            return error as? JSONSyntaxError
        }
    }

    static func error(parsing text: String) -> JSONSyntaxError? { error(parsing: Array(text.utf8)) }

    @Test(arguments: [
        "[]", "{}", " [ ] ", "\t\n\r [\t\n\r]\t\n\r ", "1", "0", "-0", "-0.0e-0", "1E+2", "1e-2", "[1e22]",
        "123e65", "[-123]", "1.5", "[0.5,-0.25e3]", "1e400", "-1e-400", "123456789012345678901234567890",
        "\"x\"", "\"\"", "true", "false", "null", "[[]]", "[[],{}]", "{\"a\":{\"b\":[1,{\"c\":null}]}}",
        "{\"a\":1,\"a\":2}", "{\"\":0}", "[\"\\u0000\"]", "[\"\\uD834\\uDD1E\"]", "[\"\\uDBFF\\uDFFF\"]",
        "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", "[\"\\u00e9\\u20AC\"]", "[\"é€𝄞\"]", "[\"\u{2028}\u{2029}\"]",
        "[\"\u{7F}\"]", "[\"\\uFFFF\"]", "[\"\u{FFFF}\u{10FFFF}\"]", "[true,false,null]", "{\"a\" : [ 1 , 2 ] }",
    ])
    func acceptsValidDocuments(text: String) {
        #expect(Self.error(parsing: text) == nil)
    }

    @Test(arguments: [
        ("", JSONSyntaxError.Code.emptyDocument), (" \n", .emptyDocument),
        ("[1,]", .unexpectedByte), ("{\"a\":1,}", .unexpectedByte), ("[,1]", .unexpectedByte),
        ("[1,,2]", .unexpectedByte), ("[1 2]", .unexpectedByte), ("{\"a\" 1}", .unexpectedByte),
        ("{\"a\"}", .unexpectedByte), ("{\"a\":}", .unexpectedByte), ("{a:1}", .unexpectedByte),
        ("{1:1}", .unexpectedByte), ("[\"a\":1]", .unexpectedByte), ("{\"a\",\"b\"}", .unexpectedByte),
        ("[", .unexpectedEnd), ("]", .unexpectedByte), ("{", .unexpectedEnd), ("[1", .unexpectedEnd),
        ("{\"a\":1", .unexpectedEnd), ("[\"a\",", .unexpectedEnd), ("\"abc", .unexpectedEnd),
        ("[1]x", .trailingContent), ("[1] [2]", .trailingContent), ("{\"a\":1}}", .trailingContent),
        ("1 2", .trailingContent), ("truex", .trailingContent),
        ("01", .invalidNumber), ("-01", .invalidNumber), ("[012]", .invalidNumber), ("1.", .unexpectedEnd),
        ("[1.]", .invalidNumber), (".5", .unexpectedByte), ("+1", .unexpectedByte), ("1e", .unexpectedEnd),
        ("[1e]", .invalidNumber), ("[1e+]", .invalidNumber), ("-", .unexpectedEnd), ("[-]", .invalidNumber),
        ("[2.e3]", .invalidNumber), ("0x1", .trailingContent), ("Infinity", .unexpectedByte),
        ("NaN", .unexpectedByte), ("-Infinity", .invalidNumber), ("[1.2.3]", .unexpectedByte),
        ("[1ee2]", .invalidNumber), ("- 1", .invalidNumber), ("[0.e1]", .invalidNumber), ("[-.5]", .invalidNumber),
        ("tru", .unexpectedEnd), ("nul", .unexpectedEnd), ("True", .unexpectedByte), ("[nulL]", .unexpectedByte),
        ("'a'", .unexpectedByte), ("[\"\\x\"]", .invalidEscape), ("[\"\\'\"]", .invalidEscape),
        ("[\"\\u00\"]", .invalidEscape), ("[\"\\u12G4\"]", .invalidEscape), ("[\"\\U0041\"]", .invalidEscape),
        ("[\"\\uD800\"]", .loneSurrogate), ("[\"\\uDC00\"]", .loneSurrogate), ("[\"\\uD800\\u0041\"]", .loneSurrogate),
        ("[\"\\uD800\\n\"]", .loneSurrogate), ("[\"\\uD800x\"]", .loneSurrogate),
        ("[\"\\uDBFF\\uDBFF\"]", .loneSurrogate),
        ("[\"a\tb\"]", .controlCharacterInString), ("[\"a\nb\"]", .controlCharacterInString),
        ("[\"\u{1F}\"]", .controlCharacterInString), ("[\u{A0}1]", .unexpectedByte), ("[1]\u{0C}", .trailingContent),
        ("\u{FEFF}[]", .unexpectedByte), ("[1]/* c */", .trailingContent), ("[\"a\"\"b\"]", .unexpectedByte),
    ])
    func rejectsInvalidDocuments(text: String, code: JSONSyntaxError.Code) {
        #expect(Self.error(parsing: text)?.code == code, "\(text.debugDescription)")
    }

    @Test(
        arguments: [
            [0x22, 0xC0, 0xAF, 0x22],  // overlong "/"
            [0x22, 0xC1, 0xBF, 0x22],  // overlong
            [0x22, 0xE0, 0x80, 0xAF, 0x22],  // overlong three-byte form
            [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22],  // overlong four-byte form
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // encoded surrogate U+D800
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // U+110000
            [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],  // lead byte beyond RFC 3629
            [0x22, 0xFF, 0x22], [0x22, 0xFE, 0x22],
            [0x22, 0x80, 0x22],  // lone continuation byte
            [0x22, 0xE2, 0x82, 0x22],  // truncated sequence before the quote
            [0x22, 0xE2, 0x82],  // truncated at the end of the input
            [0x22, 0xC3, 0x28, 0x22],  // lead byte followed by ASCII
        ] as [[UInt8]])
    func rejectsInvalidUTF8InStrings(bytes: [UInt8]) {
        #expect(Self.error(parsing: bytes)?.code == .invalidUTF8)
    }

    @Test func rejectsNonASCIIOutsideStrings() {
        #expect(Self.error(parsing: [0xC3, 0xA9])?.code == .unexpectedByte)
    }

    @Test func acceptsAStringOfEveryEscapeAndLongASCIIRuns() {
        let long = String(repeating: "abcdefgh", count: 100)
        #expect(Self.error(parsing: "\"\(long)\\n\(long)é\(long)\"") == nil)
        #expect(Self.error(parsing: "\"\(long)\n\"")?.code == .controlCharacterInString)
    }

    @Test func nestingIsAcceptedUpToTheMaximumDepthAndRejectedBeyond() {
        let deepest = JSONTape.maximumDepth
        #expect(
            Self.error(parsing: String(repeating: "[", count: deepest) + String(repeating: "]", count: deepest)) == nil)
        let tooDeep = String(repeating: "[", count: deepest + 1) + String(repeating: "]", count: deepest + 1)
        #expect(Self.error(parsing: tooDeep) == JSONSyntaxError(.tooDeep, at: deepest))
        let objects =
            String(repeating: "{\"a\":", count: deepest + 1) + "1" + String(repeating: "}", count: deepest + 1)
        #expect(Self.error(parsing: objects)?.code == .tooDeep)
    }

    @Test(arguments: [
        ("[1,]", 3), ("  x", 2), ("[\"ab\u{1}\"]", 4), ("{\"a\":1} 2", 8), ("[\"\\uD800\\u0041\"]", 2),
        ("[01]", 2), ("\"\\q\"", 1), ("[1", 2),
    ])
    func errorsNameTheOffendingByte(text: String, offset: Int) {
        #expect(Self.error(parsing: text)?.offset == offset, "\(text.debugDescription)")
    }

    @Test func errorDescriptionNamesOffsetAndProblem() {
        let error = Self.error(parsing: "[\"a\nb\"]")
        #expect(error?.description == "invalid JSON at byte 3: a control character in a string must be escaped")
    }

    @Test func aFailedParseLeavesTheTapeEmptyAndAGoodOneReplacesIt() throws {
        var tape = JSONTape()
        let good = Array("{\"a\":1}".utf8)
        let bad = Array("{\"a\":}".utf8)
        try good.withUnsafeBytes { try tape.parse($0) }
        #expect(!tape.isEmpty)
        #expect(throws: JSONSyntaxError.self) { try bad.withUnsafeBytes { try tape.parse($0) } }
        #expect(tape.isEmpty)
        try good.withUnsafeBytes { bytes in
            try tape.parse(bytes)
            #expect(tape.root["a"]?.int == 1)
        }
    }

    @Test func documentsWithManyTinyTokensGrowTheBuffer() throws {
        // "[[[[...]]]]" and "[1,1,1...]" are the densest documents: one token per 1-2 bytes.
        let dense = "[" + Array(repeating: "[0]", count: 1000).joined(separator: ",") + "]"
        let count = try JSONTape.withRoot(of: Array(dense.utf8)) { root in root.elements.reduce(0) { $0 + $1.count } }
        #expect(count == 1000)
        let flat = "[" + Array(repeating: "1", count: 5000).joined(separator: ",") + "]"
        #expect(try JSONTape.withRoot(of: Array(flat.utf8)) { $0.count } == 5000)
    }
}
