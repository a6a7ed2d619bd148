/// Europe/Paris civil time: UTC+1, and UTC+2 from the last Sunday of March 01:00 UTC to the
/// last Sunday of October 01:00 UTC (the EU rule in force since 1996).
///
/// Written out rather than taken from Foundation's `TimeZone` so that business rules give
/// the same answer on every machine, with or without a time zone database. Dates before
/// 1996 (other summer-time rules) are not business dates of this programme.
enum ParisTime {
    static let name = "Europe/Paris"
    private static let hour: Int64 = 3_600 * CivilCalendar.microsecondsPerSecond

    /// The offset from UTC, in microseconds, in force at `utc` (microseconds since epoch).
    static func offset(atUTC utc: Int64) -> Int64 {
        let (day, _) = CivilCalendar.floorDivide(utc, CivilCalendar.microsecondsPerDay)
        let year = CivilCalendar.civil(days: day).year
        let summerStarts = lastSunday(year: year, month: 3) * CivilCalendar.microsecondsPerDay + hour
        let summerEnds = lastSunday(year: year, month: 10) * CivilCalendar.microsecondsPerDay + hour
        return (summerStarts..<summerEnds).contains(utc) ? 2 * hour : hour
    }

    /// The UTC instant of a Paris wall-clock time given as microseconds since a local epoch.
    ///
    /// Returns nil for a wall-clock time skipped when clocks go forward (e.g. 02:30 on the
    /// last Sunday of March); for the repeated hour in October it returns the first
    /// (summer-time) occurrence.
    static func utc(fromLocal local: Int64) -> Int64? { utcCandidates(fromLocal: local).first }

    /// Every UTC instant at which Paris clocks show `local`: none in the hour skipped in March,
    /// two in the hour repeated in October (the summer-time one first), else one.
    static func utcCandidates(fromLocal local: Int64) -> [Int64] {
        var candidates: [Int64] = []
        let summer = local - 2 * hour
        if offset(atUTC: summer) == 2 * hour { candidates.append(summer) }
        let winter = local - hour
        if offset(atUTC: winter) == hour { candidates.append(winter) }
        return candidates
    }

    /// Paris wall-clock microseconds (since the local epoch) of a UTC instant.
    static func local(fromUTC utc: Int64) -> Int64 { utc + offset(atUTC: utc) }

    private static func lastSunday(year: Int, month: Int) -> Int64 {
        let last = CivilCalendar.days(
            year: year, month: month, day: CivilCalendar.daysInMonth(year: year, month: month))
        return last - Int64(CivilCalendar.weekday(days: last))
    }
}
