import Testing

@testable import OperatorCLI

struct JSONValueTests {
    @Test func keysKeepTheOrderTheyWereWrittenIn() {
        let value: JSONValue = ["zeta": 1, "alpha": [true, nil], "mid": ["b": "x", "a": 2.5]]
        #expect(value.compactText == #"{"zeta":1,"alpha":[true,null],"mid":{"b":"x","a":2.5}}"#)
    }

    @Test func prettyTextIsIndentedByTwoSpaces() {
        let value: JSONValue = ["id": "P5-003", "tags": [], "empty": [:], "list": [1, 2]]
        #expect(
            value.prettyText == """
                {
                  "id": "P5-003",
                  "tags": [],
                  "empty": {},
                  "list": [
                    1,
                    2
                  ]
                }
                """)
    }

    @Test func stringsAreEscapedAsRFC8259Requires() {
        let text: JSONValue = .string("q\"b\\s/\n\r\t\u{08}\u{0C}\u{01}\u{7F}é日\u{2028}🇫🇷")
        #expect(text.compactText == #""q\"b\\s/\n\r\t\b\f\u0001"# + "\u{7F}é日" + #"\u2028"# + "🇫🇷\"")
    }

    @Test func numbersAreValidJSON() {
        #expect(JSONValue.number(0.1).compactText == "0.1")
        #expect(JSONValue.number(3).compactText == "3.0")
        #expect(JSONValue.number(.infinity).compactText == "null")
        #expect(JSONValue.number(.nan).compactText == "null")
        #expect(JSONValue.number(2.6666, digits: 2).compactText == "2.67")
        #expect(JSONValue.integer(Int.min).compactText == "-9223372036854775808")
    }

    @Test func objectMembersCanBeSetInPlace() {
        var object = JSONObject([("a", 1), ("b", 2)])
        object["a"] = 3
        object["c"] = 4
        object["b"] = nil
        #expect(JSONValue.object(object).compactText == #"{"a":3,"c":4}"#)
    }
}
