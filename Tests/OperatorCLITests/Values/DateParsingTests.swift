import Programme
import Testing

@testable import OperatorCLI

/// The CLI's date options read by the domain's parser (`BusinessInstant(parsing:bareDate:)`),
/// shown in UTC as messages show them (`CommandContext.shown`).
struct DateParsingTests {
    func parse(_ text: String, bareDate: BusinessInstant.BareDate = .startOfDay) throws -> BusinessInstant {
        try ValueParser<BusinessInstant>.dateOrDateTime(bareDate: bareDate).parse(text)
    }

    func utc(_ text: String, bareDate: BusinessInstant.BareDate = .startOfDay) throws -> String {
        CommandContext.shown(try parse(text, bareDate: bareDate))
    }

    /// The first instant after a bare date's day (its end is the last microsecond of it).
    func dayAfter(_ text: String) throws -> BusinessInstant {
        try parse(text, bareDate: .endOfDay).adding(microseconds: 1)
    }

    @Test func aBareDateIsThatDayInParis() throws {
        #expect(try utc("2021-01-15") == "2021-01-14T23:00:00Z")
        #expect(CommandContext.shown(try dayAfter("2021-01-15")) == "2021-01-15T23:00:00Z")
        #expect(try utc("2021-04-07") == "2021-04-06T22:00:00Z")
        #expect(try utc("2021-04-07", bareDate: .endOfDay) == "2021-04-07T21:59:59.999999Z")
    }

    @Test func theDayOfTheSpringChangeHas23Hours() throws {
        let start = try parse("2021-03-28")
        #expect(try dayAfter("2021-03-28").microsecondsSinceEpoch - start.microsecondsSinceEpoch == 23 * 3_600_000_000)
    }

    @Test(arguments: [
        ("2021-04-07T23:59", "2021-04-07T21:59:00Z"),
        ("2021-04-07 23:59:30", "2021-04-07T21:59:30Z"),
        ("2021-01-07T23:59", "2021-01-07T22:59:00Z"),
        ("2021-04-07T21:59:00Z", "2021-04-07T21:59:00Z"),
        ("2021-04-07T23:59:00+02:00", "2021-04-07T21:59:00Z"),
        ("2021-04-07T10:00-03:30", "2021-04-07T13:30:00Z"),
        ("2021-04-07T10:00:00.5Z", "2021-04-07T10:00:00.500000Z"),
        ("2021-04-07T10:00:00.000001Z", "2021-04-07T10:00:00.000001Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
    ])
    func dateTimesAreReadAsParisTimeUnlessTheyHaveAnOffset(text: String, utc: String) throws {
        #expect(try self.utc(text) == utc)
    }

    @Test(arguments: [
        ("2021-02-29", "'2021-02-29' is not a valid date: February 2021 has 28 days"),
        ("2021-13-01", "'2021-13-01' is not a valid date: there is no month 13"),
        ("2021-04-31", "'2021-04-31' is not a valid date: April 2021 has 30 days"),
        ("2021-04-07T24:00", "'2021-04-07T24:00' is not a valid time of day"),
        ("2021-04-07T10:60", "'2021-04-07T10:60' is not a valid time of day"),
        ("2021-04-07T10:00:00.1234567Z", "'2021-04-07T10:00:00.1234567Z' is more precise than a microsecond"),
        ("2021-04-07T10:00+15:00", "'2021-04-07T10:00+15:00' has an impossible offset"),
    ])
    func impossibleDatesAreRefusedWithTheReason(text: String, message: String) {
        #expect(throws: ValueError(message)) { try parse(text) }
    }

    @Test(arguments: [
        "", "tomorrow", "07/04/2021", "2021-4-7", "20210407", "2021-04-07T", "2021-04-07T10", "2021-04-07T10:00Z+01:00",
        "2021-04-07T10:00 +01:00", "2021-04-07Z",
    ])
    func malformedDatesNameTheExpectedFormats(text: String) {
        #expect(
            throws: ValueError(
                "\(text.quotedForMessage()) is not a date: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]")
        ) {
            try parse(text)
        }
    }

    @Test func aTimeSkippedBySummerTimeIsRefused() {
        #expect(
            throws: ValueError(
                "2021-03-28T02:30:00 does not exist in Europe/Paris (the clocks skip it for summer time); give an offset"
            )
        ) {
            try parse("2021-03-28T02:30")
        }
    }

    @Test func aTimeThatHappensTwiceAsksForAnOffset() throws {
        #expect(
            throws: ValueError(
                "2021-10-31T02:30:00 happens twice in Europe/Paris (the clocks go back); write 2021-10-31T02:30:00+02:00 or 2021-10-31T02:30:00+01:00"
            )
        ) {
            try parse("2021-10-31T02:30")
        }
        #expect(try utc("2021-10-31T02:30+01:00") == "2021-10-31T01:30:00Z")
    }

    @Test func parisTimesNeedABusinessYearButOffsetsDoNot() {
        #expect(throws: ValueError("'1990-01-01' is not a valid date: business dates are in the years 1996 to 2199")) {
            try parse("1990-01-01")
        }
        #expect(
            throws: ValueError("'0000-01-01T00:00Z' is not a valid date: the year 0 is out of range (0001 to 9999)")
        ) {
            try parse("0000-01-01T00:00Z")
        }
    }
}
