/// SplitMix64: a small seeded generator, so the demo makes the same edition on every machine
/// and every run (its commands carry fixed ids: a different history under the same ids would
/// be a bug), and a failing property test can be replayed from its seed.
///
/// Not domain logic, but pure and needed by Operations' demo and by the tests of Programme and
/// Projections, so it lives in the lowest target they all see, as `package` plumbing.
/// The helpers below draw numbers with their own arithmetic rather than the standard
/// library's `random(in:using:)`, whose algorithm is not promised to stay the same.
package struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (the tiny modulo bias does not matter for a demo).
    package mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A number in 0..<1.
    package mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `probability`.
    package mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    package mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// A value drawn with the given weights.
    package mutating func pick<T>(weighted items: [(T, Int)]) -> T {
        var roll = int(in: 0...(items.map(\.1).reduce(0, +) - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// The items in a random order (Fisher–Yates).
    package mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(in: 0...index))
        }
        return result
    }
}
