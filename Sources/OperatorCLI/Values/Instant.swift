import Foundation

/// A point in time, UTC, to the microsecond: the resolution of the log's timestamps (DESIGN §4).
///
/// Kept as an integer so that what the operator typed (`…T10:00:00.000001`) survives exactly,
/// which a `Date` (a `Double` of seconds) does not promise.
struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    var microsecondsSinceEpoch: Int64

    init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    init(_ date: Date) {
        microsecondsSinceEpoch = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// The current time of the system clock.
    static var now: Instant { Instant(Date()) }

    var date: Date { Date(timeIntervalSince1970: Double(microsecondsSinceEpoch) / 1_000_000) }

    static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
    }

    /// ISO 8601 in UTC: `2021-04-07T21:59:00Z`, with `.ffffff` when there are microseconds.
    var description: String {
        let (seconds, micros) = microsecondsSinceEpoch.floorDivided(by: 1_000_000)
        let (days, secondOfDay) = seconds.floorDivided(by: 86_400)
        let day = CalendarDay(daysSinceEpoch: Int(days))
        var text = "\(day)T\(clockText(Int(secondOfDay)))"
        if micros != 0 {
            text += "." + padded(Int(micros), 6)
        }
        return text + "Z"
    }
}

/// `37230` → `"10:20:30"`.
func clockText(_ secondOfDay: Int) -> String {
    "\(padded(secondOfDay / 3600, 2)):\(padded(secondOfDay / 60 % 60, 2)):\(padded(secondOfDay % 60, 2))"
}

extension Int64 {
    /// Quotient and remainder rounded toward negative infinity, so dates before 1970 work.
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = (self >= 0 ? self : self - divisor + 1) / divisor
        return (quotient, self - quotient * divisor)
    }
}
