import Foundation

/// Business time: the programme's calendar is Europe/Paris (DESIGN §7), so a bare date or a
/// time without an offset is read there.
///
/// A wall-clock time that does not exist (skipped by the spring change to summer time) or that
/// happens twice (the autumn change) is refused rather than guessed: the operator adds an offset.
enum ParisTime {
    /// The tz database's zone; `nil` only on a system without time zone data.
    static let zone: TimeZone? = TimeZone(identifier: "Europe/Paris")

    /// The instant at which Paris clocks show `day` at `secondOfDay` (+ `microseconds`).
    static func instant(day: CalendarDay, secondOfDay: Int, microseconds: Int = 0) throws(ValueError) -> Instant {
        guard let zone else {
            throw ValueError("the Europe/Paris time zone is not installed on this system; give an offset")
        }
        let wall = Int64(day.daysSinceEpoch) * 86_400 + Int64(secondOfDay)
        let candidates = Set(
            [wall - 86_400, wall + 86_400].map { zone.offset(atEpochSecond: $0) }
        )
        let valid = candidates.filter { zone.offset(atEpochSecond: wall - Int64($0)) == $0 }.sorted()
        let shown = "\(day)T\(clockText(secondOfDay))"
        guard let offset = valid.first else {
            throw ValueError(
                "\(shown) does not exist in Europe/Paris (the clocks skip it for summer time); give an offset"
            )
        }
        guard valid.count == 1 else {
            let options = valid.reversed().map { "\(shown)\(offsetText($0))" }
            throw ValueError(
                "\(shown) happens twice in Europe/Paris (the clocks go back); write \(options.joined(separator: " or "))"
            )
        }
        return Instant(microsecondsSinceEpoch: (wall - Int64(offset)) * 1_000_000 + Int64(microseconds))
    }

    /// `instant` as Paris clocks show it, with the offset: `2021-04-07T23:59:00+02:00`.
    static func format(_ instant: Instant) -> String {
        let (seconds, _) = instant.microsecondsSinceEpoch.floorDivided(by: 1_000_000)
        let offset = zone?.offset(atEpochSecond: seconds) ?? 0
        let (days, secondOfDay) = (seconds + Int64(offset)).floorDivided(by: 86_400)
        return "\(CalendarDay(daysSinceEpoch: Int(days)))T\(clockText(Int(secondOfDay)))\(offsetText(offset))"
    }

    /// `7200` → `+02:00`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "\(sign)\(padded(minutes / 60, 2)):\(padded(minutes % 60, 2))"
    }
}

extension TimeZone {
    /// Seconds east of UTC at the given instant.
    func offset(atEpochSecond second: Int64) -> Int {
        secondsFromGMT(for: Date(timeIntervalSince1970: Double(second)))
    }
}
