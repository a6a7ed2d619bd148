import Testing

@testable import EventStore

/// The checks' thread hashes a large batch's names for the plan (``RequestHashes``), in chunks;
/// the plan reads them as far as they are computed and hashes the rest itself. Given a batch /
/// when its hashes are computed (all, part, none) / then they are the stable hashes of its names,
/// and the plan is the same.
struct RequestHashesTests {
    private func batch(count: Int) -> [AppendRequest] {
        (0..<count).map { number in
            // Every 50th request repeats a command already in the log: a wrong hash would miss it.
            let command = number % 50 == 7 ? "earlier-\(number / 50)" : "batch-\(number)"
            return Controls.request("stream-\(number % 7)", command: command)
        }
    }

    @Test func chunksHoldTheStableHashesOfEachRequestsCommandIDAndStream() {
        let requests = batch(count: 2 * RequestHashes.chunkSize + 88)
        let hashes = RequestHashes()
        hashes.compute(requests)
        var number = 0
        for index in 0..<3 {
            let chunk = hashes.chunk(index) ?? []
            #expect(chunk.count == (index < 2 ? RequestHashes.chunkSize : 88))
            for entry in chunk {
                #expect(entry.commandID == StableHash.of(requests[number].metadata.commandID))
                #expect(entry.stream == StableHash.of(requests[number].stream))
                number += 1
            }
        }
        #expect(number == requests.count)
        #expect(hashes.chunk(3) == nil)
    }

    @Test func aPlanReadsTheHashesComputedSoFarAndHashesTheRestItself() throws {
        let store = try TemporaryStore()
        let earlier = (0..<13).map { Controls.request("stream-\($0 % 3)", command: "earlier-\($0)") }
        _ = try store.log.append(batch: earlier)
        let requests = batch(count: 2 * RequestHashes.chunkSize + 88)
        // Only the first chunk and part of the second are computed, as when the plan overtakes them.
        let partial = RequestHashes()
        partial.compute(Array(requests.prefix(RequestHashes.chunkSize + 44)))
        let complete = RequestHashes()
        complete.compute(requests)

        var expected: [AppendResult] = []
        let reference = try store.log.plan(requests, hashes: nil, results: &expected)
        #expect(expected.filter(\.isDuplicate).count == 12)
        for hashes in [partial, complete] {
            var results: [AppendResult] = []
            let planned = try store.log.plan(requests, hashes: hashes, results: &results)
            #expect(results == expected)
            #expect(planned.count == reference.count)
            for (mine, theirs) in zip(planned, reference) {
                #expect(mine.request == theirs.request && mine.firstPosition == theirs.firstPosition)
                #expect(mine.firstVersion == theirs.firstVersion && mine.count == theirs.count)
                #expect(mine.stream.hash == theirs.stream.hash && mine.commandID.hash == theirs.commandID.hash)
            }
        }
    }
}
