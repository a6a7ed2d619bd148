/// Day counts grouped into ranges of equal width for a histogram: as wide as needed for at
/// most twelve ranges, in widths people count in (1, 2, 5, 7, 10, 14 days, a month…).
struct DayBins: Sendable, Hashable {
    /// The ranges, from 0 to the largest value, adjacent.
    let ranges: [ClosedRange<Int>]
    private let values: [Int]

    static let widths = [1, 2, 5, 7, 10, 14, 15, 21, 30, 60, 90, 180, 365]
    static let maximumBins = 12

    init(_ values: [Int]) {
        self.values = values
        guard let largest = values.max() else {
            ranges = []
            return
        }
        let top = max(largest, 0)
        let width = Self.widths.first { (top / $0) + 1 <= Self.maximumBins } ?? (top / Self.maximumBins + 1)
        ranges = stride(from: 0, through: top, by: width).map { $0...($0 + width - 1) }
    }

    /// How many values fall in `range` (negative ones, which a clock error could make, in the first).
    func count(in range: ClosedRange<Int>) -> Int {
        values.filter { range.contains($0) || (range.lowerBound == 0 && $0 < 0) }.count
    }
}
