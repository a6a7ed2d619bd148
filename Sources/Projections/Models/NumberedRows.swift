/// The rows of a partition, found by the number of their id (`P5-003` → 3): rows kept densely
/// in the order they came, and a small index from number to row.
///
/// Folding touches one row per event, at random among thousands: the index (four bytes per
/// number) finds it without loading any other row, and the row is changed in place.
struct NumberedRows<Row: Sendable & Equatable>: Sendable, Equatable {
    private var rows: [Row] = []
    /// Position in `rows` of number `n` at `n - 1`; -1 for a number without a row.
    private var positions: [Int32] = []

    var count: Int { rows.count }

    /// The row of `number`, if there is one.
    subscript(number: Int) -> Row? {
        guard number >= 1, number <= positions.count else { return nil }
        let position = positions[number - 1]
        return position < 0 ? nil : rows[Int(position)]
    }

    /// Adds the row of `number` unless it has one; returns whether it was added.
    ///
    /// The row is consumed: appended by a move, not copied (a row holds strings and arrays).
    @discardableResult
    mutating func insert(_ row: consuming Row, number: Int) -> Bool {
        if positions.count < number {
            positions.append(contentsOf: repeatElement(-1, count: number - positions.count))
        }
        guard positions[number - 1] < 0 else { return false }
        positions[number - 1] = Int32(rows.count)
        rows.append(row)
        return true
    }

    /// Changes the row of `number` in place; nothing when it has none.
    @inline(__always)
    mutating func update(_ number: Int, _ change: (inout Row) -> Void) {
        guard number >= 1, number <= positions.count else { return }
        let position = positions[number - 1]
        guard position >= 0 else { return }
        change(&rows[Int(position)])
    }

    /// The rows in number order.
    var inNumberOrder: [Row] {
        var ordered: [Row] = []
        ordered.reserveCapacity(rows.count)
        forEachInNumberOrder { ordered.append(copy $0) }
        return ordered
    }

    /// Calls `body` with each row in number order, lent where it lies: neither the rows nor
    /// any row is copied (a commit encodes every row of a rebuild).
    func forEachInNumberOrder(_ body: (borrowing Row) -> Void) {
        rows.withUnsafeBufferPointer { rows in
            for position in positions where position >= 0 { body(rows[Int(position)]) }
        }
    }

    /// Equal when they hold the same rows under the same numbers, whatever order the rows came in.
    static func == (lhs: NumberedRows, rhs: NumberedRows) -> Bool {
        guard lhs.rows.count == rhs.rows.count else { return false }
        let numbers = max(lhs.positions.count, rhs.positions.count)
        for index in 0..<numbers {
            let left = index < lhs.positions.count ? lhs.positions[index] : -1
            let right = index < rhs.positions.count ? rhs.positions[index] : -1
            switch (left >= 0, right >= 0) {
            case (false, false): continue
            case (true, true): if lhs.rows[Int(left)] != rhs.rows[Int(right)] { return false }
            default: return false
            }
        }
        return true
    }
}
