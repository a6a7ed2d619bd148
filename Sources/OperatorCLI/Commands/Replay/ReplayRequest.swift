import Programme

/// What `eig replay` asks of the query it runs: the log as at a position or a recorded time,
/// and possibly only the events that occurred before a business time.
struct ReplayRequest: Sendable, Equatable {
    enum Point: Sendable, Equatable {
        case head
        case position(UInt64)
        /// Events recorded before this instant (exclusive).
        case recordedBefore(BusinessInstant)
    }

    var point: Point
    /// Events that occurred before this instant (exclusive); nil: all of them.
    var occurredBefore: BusinessInstant?
}

/// `--as-at POSITION|DATETIME`: a position (`1234`) or a date-time (a bare date means the end
/// of that day in Paris: what was known by then).
enum ReplayPointArgument {
    static let parser = ValueParser<ReplayRequest.Point>(
        expecting: "a log position (1234) or a date-time (\(BusinessInstant.formats))"
    ) { (text) throws(ValueError) -> ReplayRequest.Point in
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first), !text.contains("-") {
            guard let position = UInt64(text) else {
                throw ValueError("'\(text.prefix(40))' is not a log position: a whole number from 0")
            }
            return .position(position)
        }
        do throws(InputError) {
            return .recordedBefore(try BusinessInstant(parsing: text, bareDate: .endOfDay).adding(microseconds: 1))
        } catch {
            throw ValueError(error.message)
        }
    }
}
