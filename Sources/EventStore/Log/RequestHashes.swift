import Synchronization

/// The ``StableHash``es of a batch's command ids and streams, computed on the thread that
/// checks the requests (``EventLog/startChecks(of:)``) while the appending thread takes the lock
/// and plans: hashing two names per command was a fifth of the plan's instructions, on the
/// thread that bounds a batch append.
///
/// Published in chunks, each once complete: the plan takes a chunk when it reaches it, or hashes
/// that chunk's names itself if the other thread is not there yet (so the plan never waits, and
/// its outcome does not depend on which thread hashed). Pure functions of the requests: the
/// chunks are the only shared state, behind a mutex taken once per chunk.
final class RequestHashes: Sendable {
    /// Requests per chunk: a lock per 256 commands costs little, and the plan of the first
    /// chunk overlaps the thread's start.
    static let chunkSize = 256

    /// For each published chunk, its requests' (command id hash, stream hash), in order.
    private let chunks = Mutex<[[Hashes]]>([])

    struct Hashes {
        var commandID: UInt64
        var stream: UInt64
    }

    init() {}

    /// Hashes every request's names, publishing each chunk as it is done (the checks' thread).
    func compute(_ requests: [AppendRequest]) {
        var start = 0
        while start < requests.count {
            let chunk = Self.hashes(requests, from: start)
            chunks.withLock { $0.append(chunk) }
            start += Self.chunkSize
        }
    }

    /// The chunk with index `number`, if published.
    func chunk(_ number: Int) -> [Hashes]? {
        chunks.withLock { number < $0.count ? $0[number] : nil }
    }

    /// The hashes of the requests of the chunk starting at `start`.
    static func hashes(_ requests: [AppendRequest], from start: Int) -> [Hashes] {
        let end = min(start + chunkSize, requests.count)
        var hashes: [Hashes] = []
        hashes.reserveCapacity(end - start)
        for number in start..<end {
            hashes.append(
                Hashes(
                    commandID: StableHash.of(requests[number].metadata.commandID),
                    stream: StableHash.of(requests[number].stream)))
        }
        return hashes
    }
}
