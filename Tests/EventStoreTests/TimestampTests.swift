import Testing

@testable import EventStore

struct TimestampTests {
    @Test(
        arguments: [
            ("1970-01-01T00:00:00.000000Z", 0),
            ("2021-05-04T18:00:00.123456Z", 1_620_151_200_123_456),
            ("2000-02-29T23:59:59.999999Z", 951_868_799_999_999),
            ("1969-12-31T23:59:59.999999Z", -1),
            ("1900-01-01T00:00:00.000000Z", -2_208_988_800_000_000),
        ] as [(String, Int64)])
    func formatsAndParsesISO8601(text: String, micros: Int64) {
        let timestamp = Timestamp(microsecondsSinceEpoch: micros)
        #expect(timestamp.iso8601 == text)
        #expect(Timestamp(iso8601: text) == timestamp)
    }

    @Test func parsesShortFractionsAndOffsets() {
        #expect(Timestamp(iso8601: "2021-05-04T18:00:00Z")?.microsecondsSinceEpoch == 1_620_151_200_000_000)
        #expect(Timestamp(iso8601: "2021-05-04T18:00:00.5Z")?.microsecondsSinceEpoch == 1_620_151_200_500_000)
        #expect(Timestamp(iso8601: "2021-05-04T20:00:00+02:00") == Timestamp(iso8601: "2021-05-04T18:00:00Z"))
        #expect(Timestamp(iso8601: "2021-05-04T17:30:00-00:30") == Timestamp(iso8601: "2021-05-04T18:00:00Z"))
    }

    @Test(arguments: [
        "", "2021-05-04", "2021-05-04T18:00:00", "2021-02-29T00:00:00Z", "2021-13-01T00:00:00Z",
        "2021-05-04T24:00:00Z", "2021-05-04T18:60:00Z", "2021-05-04T18:00:00.1234567Z", "2021-05-04T18:00:00.Z",
        "2021-05-04T18:00:00Zjunk", "2021-05-04 18:00:00Z", "２021-05-04T18:00:00Z",
    ])
    func rejectsMalformedText(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func ordersByTime() {
        #expect(Timestamp(microsecondsSinceEpoch: -5) < Timestamp(microsecondsSinceEpoch: 3))
    }
}

struct EventIDTests {
    @Test func printsAndParsesUUIDs() {
        let text = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
        let id = EventID(uuidString: text)
        #expect(id?.uuidString == text)
        #expect(EventID(uuidString: text.uppercased()) == id)
        #expect(id?.bytes.count == 16)
        #expect(EventID(bytes: id!.bytes) == id)
    }

    @Test(arguments: ["", "1b4e28ba2fa141d2883f0016d3cca427", "1b4e28ba-2fa1-41d2-883f-0016d3cca42g"])
    func rejectsMalformedUUIDs(text: String) {
        #expect(EventID(uuidString: text) == nil)
    }

    @Test func randomIDsAreVersion4AndDistinct() {
        var source = RandomIDSource()
        var seen = Set<EventID>()
        for _ in 0..<1000 {
            let id = source.make()
            #expect(id.uuidString[id.uuidString.index(id.uuidString.startIndex, offsetBy: 14)] == "4")
            #expect((id.low >> 62) == 0b10)
            seen.insert(id)
        }
        #expect(seen.count == 1000)
    }
}
