import Testing

@testable import OperatorCLI

struct JSONParsingTests {
    func parse(_ text: String) throws -> JSONValue {
        try JSONValue(parsing: Array(text.utf8))
    }

    @Test func objectsKeepTheirMemberOrder() throws {
        let value = try parse(#" {"z": 1, "a": [true, false, null], "m": {"k": "v"}} "#)
        #expect(value.compactText == #"{"z":1,"a":[true,false,null],"m":{"k":"v"}}"#)
    }

    @Test(arguments: [
        ("0", JSONValue.integer(0)), ("-12", .integer(-12)), ("2.5", .number(2.5)), ("1e3", .number(1000)),
        ("-0.5E-1", .number(-0.05)), ("9223372036854775808", .number(9_223_372_036_854_775_808)),
    ])
    func numbersAreReadAsIntegersWhenTheyAre(text: String, value: JSONValue) throws {
        #expect(try parse(text) == value)
    }

    @Test func escapesAndSurrogatePairsAreDecoded() throws {
        #expect(try parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83c\uddeb""#) == .string("a\"\\/\u{08}\u{0C}\n\r\té\u{1F1EB}"))
        #expect(try parse(#""Défi 日本""#) == .string("Défi 日本"))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "tru", "nul", "\"abc", "\"\\x\"",
        "\"\\ud800\"", "\"a\u{01}\"", "[1] 2", "{'a':1}", "NaN", "1e999", "// x",
    ])
    func malformedJSONIsRefused(text: String) {
        #expect(throws: ValueError.self) { try parse(text) }
    }

    @Test func invalidUTF8InsideAStringIsRefused() {
        #expect(throws: ValueError("invalid JSON at byte 3: a string is not valid UTF-8")) {
            try JSONValue(parsing: [0x22, 0x61, 0xFF, 0x22])
        }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: ValueError("invalid JSON at byte 512: nested too deeply")) { try parse(deep) }
    }

    @Test func whatTheWriterWritesTheReaderReads() throws {
        let value: JSONValue = ["id": "P5-003", "scores": [1, 2.5, -3], "text": "line\n\"quoted\"\u{2028}", "ok": nil]
        #expect(try JSONValue(parsing: Array(value.compactText.utf8)) == value)
        #expect(try JSONValue(parsing: Array(value.prettyText.utf8)) == value)
    }
}
