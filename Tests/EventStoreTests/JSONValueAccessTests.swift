import Testing

@testable import EventStore

/// Direct reads from a tape, the way projections read payloads in hot loops.
struct JSONValueAccessTests {
    static let dossier = """
        {"id":"P5-0007","status":"submitted","score":17,"ratio":0.75,"open":true,"mentor":null,
         "profiles":["dev","design"],"host":{"name":"DINUM","city":"Paris"},"caf\\u00e9":"noir"}
        """

    @Test func readsTheFieldsOfAnObject() throws {
        try JSONTape.withRoot(of: Array(Self.dossier.utf8)) { root in
            #expect(root.kind == .object)
            #expect(root.count == 9)
            #expect(root["id"]?.string == "P5-0007")
            #expect(root["status"]?.stringEquals("submitted") == true)
            #expect(root["status"]?.stringEquals("submitte") == false)
            #expect(root["status"]?.stringEquals("submitted!") == false)
            #expect(root["score"]?.int == 17)
            #expect(root["score"]?.double == 17)
            #expect(root["ratio"]?.double == 0.75)
            #expect(root["ratio"]?.int == nil)
            #expect(root["open"]?.bool == true)
            #expect(root["mentor"]?.isNull == true)
            #expect(root["missing"] == nil)
            #expect(root["host"]?["city"]?.string == "Paris")
            #expect(root["profiles"]?.elements.map { $0.string } == ["dev", "design"])
            #expect(root["profiles"]?[1]?.string == "design")
            #expect(root["profiles"]?[2] == nil)
        }
    }

    @Test func escapedKeysAndStringsCompareAsDecodedText() throws {
        try JSONTape.withRoot(of: Array(Self.dossier.utf8)) { root in
            #expect(root["café"]?.string == "noir")
            #expect(root["caf\\u00e9"] == nil)
        }
        try JSONTape.withRoot(of: Array(#"{"a\"b":"x\ty","\ud834\udd1e":1}"#.utf8)) { root in
            #expect(root["a\"b"]?.stringEquals("x\ty") == true)
            #expect(root["a\"b"]?.string == "x\ty")
            #expect(root["𝄞"]?.int == 1)
        }
    }

    @Test func keysAndExpectedStringsMayBeRuntimeStrings() throws {
        try JSONTape.withRoot(of: Array(Self.dossier.utf8)) { root in
            let expected = ["sub", "mitted"].joined()
            #expect(root["status"]?.stringEquals(expected) == true)
            let key = ["caf", "é"].joined()
            #expect(root[key: key]?.string == "noir")
            #expect(root[key: "stat" + "us"]?.stringEquals("submitted") == true)
        }
    }

    @Test func expectedStringsMayBeUTF8BytesKeptElsewhere() throws {
        try JSONTape.withRoot(of: Array(#"{"status":"submitted","escaped":"x\ty","score":17}"#.utf8)) { root in
            func equals(_ value: JSONValue?, _ text: String) -> Bool? {
                Array(text.utf8).withUnsafeBytes { value?.stringEquals(utf8: $0) }
            }
            #expect(equals(root["status"], "submitted") == true)
            #expect(equals(root["status"], "submitte") == false)
            #expect(equals(root["status"], "") == false)
            #expect(equals(root["escaped"], #"x\ty"#) == false)  // the escape as written, not decoded
            #expect(equals(root["escaped"], "x\ty") == true)
            #expect(equals(root["score"], "17") == false)
        }
    }

    @Test func lookupsOnTheWrongKindAreNilNotTraps() throws {
        try JSONTape.withRoot(of: Array("[1,\"a\"]".utf8)) { root in
            #expect(root["a"] == nil)
            #expect(root[0]?["a"] == nil)
            #expect(root[0]?.string == nil)
            #expect(root[1]?.int == nil)
            #expect(root[1]?.stringEquals("a") == true)
            #expect(root[0]?.stringEquals("1") == false)
            #expect(root[-1] == nil)
            #expect(root[0]?.elements.map { $0.kind } == [])
            #expect(root.members.map { $0.key.kind } == [])
        }
    }

    @Test func firstOfDuplicateKeysWins() throws {
        try JSONTape.withRoot(of: Array(#"{"a":1,"a":2}"#.utf8)) { root in
            #expect(root["a"]?.int == 1)
            #expect(root.members.map { $0.value.int } == [1, 2])
        }
    }

    @Test func membersAndElementsSkipNestedValues() throws {
        let text = #"{"a":[1,[2,3],{"b":4}],"c":{"d":{"e":[]}},"f":5}"#
        try JSONTape.withRoot(of: Array(text.utf8)) { root in
            #expect(root.members.map { $0.key.string } == ["a", "c", "f"])
            #expect(root["a"]?.elements.map { $0.kind } == [.number, .array, .object])
            #expect(root["a"]?.count == 3)
            #expect(root["f"]?.int == 5)
        }
    }

    @Test(arguments: [
        ("0", Int64(0)), ("-0", 0), ("9223372036854775807", .max), ("-9223372036854775808", .min),
        ("123456789012345678", 123_456_789_012_345_678), ("-999999999999999999", -999_999_999_999_999_999),
    ])
    func integersAreExactAtTheEdges(text: String, expected: Int64) throws {
        #expect(try JSONTape.withRoot(of: Array(text.utf8)) { $0.int } == expected)
    }

    @Test(arguments: [
        "9223372036854775808", "-9223372036854775809", "1.0", "1e2", "1E0", "0.5", "99999999999999999999999",
    ])
    func integersOutOfRangeOrNotWrittenAsIntegersAreNil(text: String) throws {
        #expect(try JSONTape.withRoot(of: Array(text.utf8)) { $0.int } == nil)
    }

    @Test func unsignedIntegersReachUInt64Max() throws {
        #expect(try JSONTape.withRoot(of: Array("18446744073709551615".utf8)) { $0.uint } == .max)
        #expect(try JSONTape.withRoot(of: Array("18446744073709551616".utf8)) { $0.uint } == nil)
        #expect(try JSONTape.withRoot(of: Array("-1".utf8)) { $0.uint } == nil)
        #expect(try JSONTape.withRoot(of: Array("-0".utf8)) { $0.uint } == 0)
    }

    @Test(arguments: [
        ("0.1", 0.1), ("-2.5e-3", -2.5e-3), ("1e22", 1e22), ("1e23", 1e23),
        ("123456789012345678901", 123456789012345678901.0),
        ("2.2250738585072014e-308", 2.2250738585072014e-308), ("5e-324", .leastNonzeroMagnitude),
        ("1.7976931348623157e308", .greatestFiniteMagnitude),
        ("9007199254740993", 9007199254740993.0), ("0.30000000000000004", 0.30000000000000004), ("1e-400", 0),
        ("3.14159E+0", 3.14159),
    ])
    func doublesAreCorrectlyRounded(text: String, expected: Double) throws {
        #expect(try JSONTape.withRoot(of: Array(text.utf8)) { $0.double } == expected)
    }

    @Test func negativeZeroKeepsItsSignAndOverflowIsNil() throws {
        let negativeZero = try JSONTape.withRoot(of: Array("-0.0".utf8)) { $0.double }
        #expect(negativeZero == 0 && negativeZero?.sign == .minus)
        #expect(try JSONTape.withRoot(of: Array("-0".utf8)) { $0.double }?.sign == .minus)
        #expect(try JSONTape.withRoot(of: Array("1e400".utf8)) { $0.double } == nil)
        #expect(try JSONTape.withRoot(of: Array("-1e400".utf8)) { $0.double } == nil)
        #expect(try JSONTape.withRoot(of: Array("1e400".utf8)) { $0.numberText } == "1e400")
    }

    @Test func aReusedTapeKeepsItsStorageOnceWarm() throws {
        var tape = JSONTape()
        let payloads = (0..<100).map { Array(#"{"id":"D\#($0)","status":"submitted","score":\#($0)}"#.utf8) }
        for payload in payloads { try payload.withUnsafeBytes { try tape.parse($0) } }
        let warm = tape.storage.base
        var total: Int64 = 0
        for payload in payloads {
            try payload.withUnsafeBytes { bytes in
                try tape.parse(bytes)
                total += tape.root["score"]?.int ?? 0
            }
        }
        #expect(total == 4950)
        #expect(tape.storage.base == warm)
    }

    @Test func aCopyOfATapeKeepsReadingItsDocumentWhenTheOriginalParsesAnother() throws {
        let first = Array(#"{"a":"first"}"#.utf8)
        let second = Array(#"[1,2,3,4,5,6,7,8]"#.utf8)
        try first.withUnsafeBytes { firstBytes in
            try second.withUnsafeBytes { secondBytes in
                var tape = JSONTape()
                try tape.parse(firstBytes)
                let copy = tape
                try tape.parse(secondBytes)
                #expect(copy.root["a"]?.string == "first")
                #expect(tape.root.count == 8)
            }
        }
    }

    @Test func byteComparisonFindsADifferenceAtEveryPositionOfEveryLength() {
        for count in 0...24 {
            let left = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            left.withUnsafeBytes { l in
                #expect(JSONBytes.equal(l.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!, l.baseAddress, count: count))
                for position in 0..<count {
                    var right = left
                    right[position] ^= 0x40
                    right.withUnsafeBytes { r in
                        #expect(!JSONBytes.equal(l.baseAddress!, r.baseAddress, count: count), "\(count) \(position)")
                    }
                }
            }
        }
    }
}
