import EventStore
import Testing

/// Building owned documents in code and parsing text into them.
struct JSONBuildingTests {
    @Test func objectMembersCanBeSetInPlace() {
        var object: JSON = ["a": 1, "b": 2]
        object["a"] = 3
        object["c"] = 4
        object["b"] = nil
        #expect(object == ["a": 3, "c": 4])
        #expect(object["c"] == 4)
        #expect(object["b"] == nil)
        #expect(JSON.array([1])["a"] == nil)
    }

    @Test func integersOfAnyWidthAndOptionals() {
        #expect(JSON.integer(Int.min) == .int(Int64.min))
        #expect(JSON.integer(UInt64.max) == .uint(.max))
        #expect(JSON.integer(UInt8(7)) == .int(7))
        #expect(JSON(String?.none) == .null)
        #expect(JSON("x" as String?) == .string("x"))
        #expect(JSON(Int?.none) == .null)
        #expect(JSON(42 as Int?) == .int(42))
    }

    @Test(arguments: [
        ("0", JSON.int(0)), ("-12", .int(-12)), ("2.5", .double(2.5)), ("1e3", .double(1000)),
        ("-0.5E-1", .double(-0.05)), ("9223372036854775808", .uint(9_223_372_036_854_775_808)),
    ])
    func numbersAreReadAsIntegersWhenTheyAre(text: String, value: JSON) throws {
        #expect(try JSON(parsing: Array(text.utf8)) == value)
    }

    @Test func parsedTextKeepsMemberOrderAndDecodesEscapes() throws {
        let value = try JSON(parsing: Array(#" {"z": 1, "a": [true, false, null], "m": "\u00e9\ud83c\uddeb"} "#.utf8))
        #expect(value == ["z": 1, "a": [true, false, nil], "m": "é\u{1F1EB}"])
    }

    @Test func whatTheWriterWritesTheParserReads() throws {
        let value: JSON = ["id": "P5-003", "scores": [1, 2.5, -3], "text": "line\n\"quoted\"\u{2028}", "ok": nil]
        #expect(try JSON(parsing: value.encoded()) == value)
        #expect(try JSON(parsing: value.encoded(options: .prettyPrinted)) == value)
    }

    @Test(arguments: ["", "{", "[1,]", "01", "1.", "\"\\ud800\"", "[1] 2", "NaN"])
    func malformedTextIsRefused(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSON(parsing: Array(text.utf8)) }
    }
}
