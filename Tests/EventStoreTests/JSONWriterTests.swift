import EventStore
import Foundation
import Testing

/// The writer's escaping, number layout, ordering and pretty layout, and canonical payloads.
struct JSONWriterTests {
    static func compact(_ value: JSON, _ options: JSONWriter.Options = []) -> String {
        String(decoding: value.encoded(options: options), as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", #""plain""#), ("a\"b\\c", #""a\"b\\c""#), ("/", #""/""#),
        ("\u{8}\u{C}\n\r\t", #""\b\f\n\r\t""#), ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", "\"\u{7F}\""), ("é€𝄞", "\"é€𝄞\""), ("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""), ("", #""""#),
    ])
    func stringsAreEscapedLikeRFC8785(text: String, expected: String) {
        #expect(Self.compact(.string(text)) == expected)
    }

    @Test func everyEscapedStringParsesBackToItself() throws {
        let all = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self) + "é\u{10FFFF}"
        let encoded = JSON.string(all).encoded()
        #expect(try JSONTape.withRoot(of: encoded) { $0.string } == all)
        #expect(try JSONDecoder().decode(String.self, from: Data(encoded)) == all)
    }

    @Test(arguments: [
        (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"), (0, "0"), (-7, "-7"),
    ])
    func integersAreExact(value: Int64, expected: String) {
        #expect(Self.compact(.int(value)) == expected)
    }

    @Test func unsignedIntegersReachUInt64Max() {
        #expect(Self.compact(.uint(.max)) == "18446744073709551615")
    }

    @Test(arguments: [
        (1.0, "1"), (-1.5, "-1.5"), (0.1, "0.1"), (100, "100"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
        (123456789012345680000.0, "123456789012345680000"), (1e-6, "0.000001"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"),
        (0.000123, "0.000123"), (.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.30000000000000004, "0.30000000000000004"), (-0.0, "-0"), (0.0, "0"), (2.5e25, "2.5e+25"), (12.34, "12.34"),
    ])
    func doublesUseShortestDigitsInECMAScriptLayout(value: Double, expected: String) {
        #expect(Self.compact(.double(value)) == expected)
    }

    @Test func nonFiniteDoublesAreNull() {
        #expect(Self.compact([.double(.nan), .double(.infinity), .double(-.infinity)]) == "[null,null,null]")
    }

    @Test func doublesRoundTripThroughTheTape() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() & ~(0x7FF << 52) | (UInt64.random(in: 1...2046) << 52))
            let text = JSON.double(value).encoded()
            #expect(try JSONTape.withRoot(of: text) { $0.double } == value, "\(value)")
        }
    }

    @Test func membersKeepTheGivenOrderOrAreSortedByUTF8() {
        let document: JSON = ["b": 1, "a": ["z": true, "é": nil, "Z": false], "": "empty"]
        #expect(Self.compact(document) == #"{"b":1,"a":{"z":true,"é":null,"Z":false},"":"empty"}"#)
        #expect(Self.compact(document, .sortedKeys) == #"{"":"empty","a":{"Z":false,"z":true,"é":null},"b":1}"#)
    }

    @Test func prettyOutputIndentsByTwoSpaces() {
        let document: JSON = ["a": [1, 2], "b": [:], "c": [], "d": ["e": "f"]]
        #expect(
            Self.compact(document, .prettyPrinted) == """
                {
                  "a": [
                    1,
                    2
                  ],
                  "b": {},
                  "c": [],
                  "d": {
                    "e": "f"
                  }
                }
                """)
    }

    @Test func streamingCallsProduceTheSameDocument() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.writeKey("id")
        writer.write("P5-0007")
        writer.writeKey("scores")
        writer.beginArray()
        writer.write(3)
        writer.write(2.5)
        writer.writeNull()
        writer.write(false)
        writer.endArray()
        writer.endObject()
        #expect(writer.string == #"{"id":"P5-0007","scores":[3,2.5,null,false]}"#)
    }

    @Test func canonicalRemovesWhitespaceNormalisesEscapesAndKeepsNumbersAndOrder() throws {
        let payload = " { \"b\" : [ 1.50 , -0, 1E2 ] ,\n \"a\\u0041\" : \"\\u00e9\\/\\ud834\\udd1e\\u001F\" } "
        let canonical = try JSONWriter.canonical(Array(payload.utf8))
        #expect(String(decoding: canonical, as: UTF8.self) == "{\"b\":[1.50,-0,1E2],\"aA\":\"é/𝄞\\u001f\"}")
        #expect(try JSONWriter.canonical(canonical) == canonical)
    }

    @Test func canonicalRejectsInvalidPayloads() {
        #expect(throws: JSONSyntaxError(.trailingContent, at: 3)) { try JSONWriter.canonical(Array("{} x".utf8)) }
        #expect(throws: JSONSyntaxError(.emptyDocument, at: 0)) { try JSONWriter.canonical([]) }
    }

    @Test func tapeValuesRenderPrettyAndSorted() throws {
        let text = #"{"z":{"y":1,"x":[true,{}]},"a":"\u0041"}"#
        let rendered = try JSONTape.withRoot(of: Array(text.utf8)) { root in
            var writer = JSONWriter(options: [.prettyPrinted, .sortedKeys])
            writer.write(root)
            return writer.string
        }
        #expect(
            rendered == """
                {
                  "a": "A",
                  "z": {
                    "x": [
                      true,
                      {}
                    ],
                    "y": 1
                  }
                }
                """)
    }

    @Test func ownedCopiesOfParsedValuesWriteTheSameText() throws {
        let text = #"{"a":[1,-2,18446744073709551615,0.5,"s",null,true],"b":{}}"#
        let copy = try JSONTape.withRoot(of: Array(text.utf8)) { JSON($0) }
        #expect(copy == ["a": [1, -2, .uint(.max), 0.5, "s", nil, true], "b": [:]])
        #expect(Self.compact(copy) == text)
    }
}
