import Testing

@testable import EventStore

/// Given keys / when they are radix sorted / then the result is exactly the standard library's
/// stable comparison sort's (a checkpoint run's bytes depend on it), and a run's streams come
/// out by hash, then by name among equal hashes.
struct RadixSortTests {
    /// Uniform keys, keys with many duplicates, keys sharing their high bytes (as a run's command
    /// entries do: a 32-bit key over a small position), and the smallest cases.
    static let keySets: [[UInt64]] = {
        var random = SeededRandom(seed: 11)
        let uniform = (0..<5_000).map { _ in random.next() }
        let duplicated = (0..<5_000).map { _ in random.next() % 37 }
        let shared = (0..<5_000).map { _ in (random.next() & 0xFFFF_FFFF) << 32 | random.next() % 16_384 }
        let mixed = uniform.prefix(100) + duplicated.prefix(100) + [0, .max, 0, .max]
        return [uniform, duplicated, shared, Array(mixed), [], [42], [2, 1], [1, 1, 1]]
    }()

    @Test(arguments: keySets)
    func sortingEqualsTheStandardSort(keys: [UInt64]) {
        var sorted = keys
        RadixSort.sort(&sorted)
        #expect(sorted == keys.sorted())
    }

    @Test(arguments: keySets)
    func theOrderIsStable(keys: [UInt64]) {
        let expected = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        #expect(RadixSort.order(of: keys) == expected)
    }

    /// Two streams whose hashes are equal (forced: a real collision of the 64-bit hash is not at
    /// hand) are ordered by their names' bytes, whatever order they came in.
    @Test func streamsOfEqualHashesAreOrderedByName() {
        var delta = IndexDelta(firstPosition: 1)
        let streams = [("zeta", 7), ("alpha", 9), ("beta", 7), ("alpha", 9), ("gamma", 3), ("al", 7)]
        for (number, (name, hash)) in streams.enumerated() {
            delta.add(
                position: UInt64(number + 1), offset: 64 * number, stream: HashedName(text: name, hash: UInt64(hash)),
                commandID: HashedName("command-\(number)"), streamVersion: 1)
        }
        let builder = IndexRunBuilder(delta: delta, chainHash: .zero)
        #expect(builder.streamHashes == [3, 7, 7, 7, 9])
        let names = (0..<builder.streamCount).map { String(decoding: builder.name($0), as: UTF8.self) }
        #expect(names == ["gamma", "al", "beta", "zeta", "alpha"])
        #expect(Array(builder.positions(4)) == [1, 3])
        #expect(builder.commands == builder.commands.sorted())
    }
}
