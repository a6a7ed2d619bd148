import Foundation
import Testing

@testable import Programme

struct BusinessTimeTests {
    @Test func aBareEndDateMeansTheLastMicrosecondOfThatDayInParis() throws {
        let closes = Controls.date("2021-04-07").endOfDay
        // 7 April 2021 is summer time (UTC+2): 23:59:59.999999 Paris is 21:59:59.999999 UTC.
        #expect(closes.description == "2021-04-07T21:59:59.999999Z")
        #expect(closes.parisDescription == "2021-04-07 23:59 Europe/Paris")
    }

    @Test func aBareStartDateMeansMidnightInParis() {
        // 1 February 2021 is winter time (UTC+1).
        #expect(Controls.date("2021-02-01").startOfDay.description == "2021-01-31T23:00:00.000000Z")
    }

    @Test func windowsIncludeBothEdgesAndNothingBeyond() {
        let window = Controls.span("2021-02-01..2021-04-07")
        #expect(window.contains(window.opensAt))
        #expect(window.contains(window.closesAt))
        #expect(!window.contains(window.opensAt.adding(microseconds: -1)))
        #expect(!window.contains(window.closesAt.adding(microseconds: 1)))
    }

    @Test func daysAroundTheClockChangesHaveTheirRealLength() {
        // 28 March 2021: clocks go forward, the day lasts 23 hours; 31 October: 25 hours.
        let hour: Int64 = 3_600_000_000
        let spring = Controls.date("2021-03-28")
        let autumn = Controls.date("2021-10-31")
        #expect(
            spring.adding(days: 1).startOfDay.microsecondsSinceEpoch - spring.startOfDay.microsecondsSinceEpoch == 23
                * hour)
        #expect(
            autumn.adding(days: 1).startOfDay.microsecondsSinceEpoch - autumn.startOfDay.microsecondsSinceEpoch == 25
                * hour)
        #expect(BusinessInstant(paris: spring, hour: 2, minute: 30) == nil)
        #expect(BusinessInstant(paris: autumn, hour: 2, minute: 30)?.description == "2021-10-31T00:30:00.000000Z")
    }

    @Test func parisOffsetsAgreeWithTheSystemTimeZoneDatabase() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Paris"))
        // Every 7 hours and 13 minutes over 1996–2040: hits every transition's neighbourhood.
        var seconds: Int64 = 820_454_400
        while seconds < 2_208_988_800 {
            let ours = ParisTime.offset(atUTC: seconds * 1_000_000) / 1_000_000
            let theirs = Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
            #expect(ours == theirs, "at \(seconds)")
            if ours != theirs { break }
            seconds += 7 * 3_600 + 13 * 60
        }
    }

    @Test(arguments: [
        ("2021-04-07", "2021-04-06T22:00:00.000000Z"),
        ("2021-04-07T23:59", "2021-04-07T21:59:00.000000Z"),
        ("2021-04-07 23:59:30", "2021-04-07T21:59:30.000000Z"),
        ("2021-01-07T23:59:30.5", "2021-01-07T22:59:30.500000Z"),
        ("2021-04-07T21:59:59.999999Z", "2021-04-07T21:59:59.999999Z"),
        ("2021-04-07T23:59:00+02:00", "2021-04-07T21:59:00.000000Z"),
        ("2021-04-07T10:00:00-05:30", "2021-04-07T15:30:00.000000Z"),
    ])
    func dateTimesParse(_ text: String, _ utc: String) throws {
        #expect(try BusinessInstant(parsing: text, bareDate: .startOfDay).description == utc)
    }

    @Test(arguments: [
        "", "2021-4-7", "2021-02-30", "2021-04-07T24:00", "2021-04-07T23:60", "2021-04-07T23", "2021-04-07X10:00",
        "2021-04-07T10:00:00.1234567", "2021-04-07T10:00+2", "2021-04-07T10:00:00Zjunk", "1990-01-01",
        "2021-03-28T02:30",
    ])
    func badDateTimesAreRefused(_ text: String) {
        #expect(throws: InputError.self) { try BusinessInstant(parsing: text, bareDate: .endOfDay) }
    }

    @Test func spansParseAndRefuseBackwardRanges() throws {
        #expect(try DateSpan(parsing: "2021-02-01..2021-04-07").description == "2021-02-01..2021-04-07")
        #expect(throws: InputError.self) { try DateSpan(parsing: "2021-04-07..2021-02-01") }
        #expect(throws: InputError.self) { try DateSpan(parsing: "2021-02-01") }
        #expect(throws: InputError.self) { try DateSpan(parsing: "2021-02-01..2021-04-07..2021-05-01") }
    }

    @Test func monthsAddClampingToTheMonthsEnd() {
        #expect(Controls.date("2021-01-31").adding(months: 1) == Controls.date("2021-02-28"))
        #expect(Controls.date("2021-09-01").adding(months: 24) == Controls.date("2023-09-01"))
        #expect(Controls.date("2020-12-15").adding(months: -12) == Controls.date("2019-12-15"))
    }

    @Test func civilCalendarRoundTripsEveryDayOfTheEra() {
        for day in Int64(9_000)...Int64(80_000) {
            let civil = CivilCalendar.civil(days: day)
            #expect(CivilCalendar.days(year: civil.year, month: civil.month, day: civil.day) == day)
            if CivilCalendar.days(year: civil.year, month: civil.month, day: civil.day) != day { break }
        }
    }
}
