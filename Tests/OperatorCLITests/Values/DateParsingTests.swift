import Testing

@testable import OperatorCLI

struct DateParsingTests {
    func parse(_ text: String) throws -> DateArgument {
        try ValueParser<DateArgument>.dateOrDateTime.parse(text)
    }

    @Test func aBareDateIsThatDayInParis() throws {
        let winter = try parse("2021-01-15")
        #expect(winter.day == (try CalendarDay(year: 2021, month: 1, day: 15)))
        #expect(winter.start.description == "2021-01-14T23:00:00Z")
        #expect(winter.end.description == "2021-01-15T23:00:00Z")
        let summer = try parse("2021-04-07")
        #expect(summer.start.description == "2021-04-06T22:00:00Z")
        #expect(summer.end.description == "2021-04-07T22:00:00Z")
    }

    @Test func theDayOfTheSpringChangeHas23Hours() throws {
        let day = try parse("2021-03-28")
        #expect(day.end.microsecondsSinceEpoch - day.start.microsecondsSinceEpoch == 23 * 3_600_000_000)
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
        let value = try parse(text)
        #expect(value.day == nil)
        #expect(value.start.description == utc)
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
        #expect(try parse("2021-10-31T02:30+01:00").start.description == "2021-10-31T01:30:00Z")
    }

    @Test func dateRangesIncludeTheirLastDay() throws {
        let call = try ValueParser<DateRange>.dateRange.parse("2021-02-01..2021-04-07")
        #expect(call.start.description == "2021-01-31T23:00:00Z")
        #expect(call.end.description == "2021-04-07T22:00:00Z")
        let sameDay = try ValueParser<DateRange>.dateRange.parse("2021-04-07T10:00..2021-04-07")
        #expect(sameDay.start.description == "2021-04-07T08:00:00Z")
    }

    @Test func dateRangesAreRefusedWhenEmptyOrMalformed() {
        #expect(throws: ValueError("'2021-04-07..2021-02-01' is an empty range: 2021-04-07 is after 2021-02-01")) {
            try ValueParser<DateRange>.dateRange.parse("2021-04-07..2021-02-01")
        }
        #expect(throws: ValueError("'2021-04-07' is not a range: expected FROM..TO")) {
            try ValueParser<DateRange>.dateRange.parse("2021-04-07")
        }
    }

    @Test func calendarDaysRoundTripThroughDaysSinceEpoch() throws {
        for days in [-719_162, -1, 0, 1, 18_628, 2_932_896] {
            let day = CalendarDay(daysSinceEpoch: days)
            #expect(try CalendarDay(year: day.year, month: day.month, day: day.day).daysSinceEpoch == days)
        }
        #expect(CalendarDay(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(CalendarDay(daysSinceEpoch: 11_016).description == "2000-02-29")
    }

    @Test func instantsArePrintedInParisForPeople() {
        let instant = Instant(microsecondsSinceEpoch: 1_617_832_740_000_000)
        #expect(instant.description == "2021-04-07T21:59:00Z")
        #expect(ParisTime.format(instant) == "2021-04-07T23:59:00+02:00")
    }
}
