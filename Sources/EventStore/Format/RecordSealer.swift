import Dispatch
import Synchronization

/// Seals the records of a large append (chain hash, then CRC: ``RecordEncoder/seal(_:length:previous:)``)
/// on another thread while the writer fills the next ones (``RecordEncoder/fill``).
///
/// The chain makes hashing sequential, but it needs nothing of a record but its filled bytes,
/// so it can follow the filling a few records behind: a batch append's two largest costs (the
/// hashes, about 15 % of it; the filling, about 13 %) then overlap when a second core is free.
/// The records are the same bytes either way.
///
/// The writer fills records in order and ``publish(filled:)``es how many it has; the sealer
/// seals up to that count and waits for more. Each record is written by one thread at a time:
/// the writer before it publishes the record (a releasing store), the sealer after it reads the
/// count (an acquiring load), and the writer does not touch it again before ``finish()``.
final class RecordSealer: Sendable {
    /// Appends of fewer bytes are sealed as they are filled: waking another thread costs
    /// microseconds, more than a few records' hashes.
    static let minimumBytes = 64 << 10
    /// The writer publishes every this many bytes (about 60 records): each publication may wake
    /// the sealer, a system call.
    static let publicationBytes = 16 << 10

    private let filled = Atomic<Int>(0)
    private let more = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private let lastHash = Mutex<Digest>(.zero)

    /// Where the records are: the buffer they are filled in (it must not move or be freed
    /// before ``finish()`` returns), each one's start in it and its length.
    struct Records: @unchecked Sendable {
        // Unchecked: a raw pointer, shared under the publication protocol described above.
        var base: UnsafeMutableRawPointer
        var starts: [Int]
        var lengths: [Int]
    }

    /// Starts sealing `records`, chaining from `previous` (the log's head hash).
    init(_ records: Records, previous: Digest) {
        // On a queue of its own, as a ``BackgroundTask``: the writer waits for the sealer.
        DispatchQueue(label: "eig.record-sealer", qos: .userInitiated).async { [self] in
            var previous = previous
            var sealed = 0
            while sealed < records.starts.count {
                let ready = filled.load(ordering: .acquiring)
                if ready == sealed {
                    more.wait()
                    continue
                }
                for number in sealed..<ready {
                    previous = RecordEncoder.seal(
                        records.base + records.starts[number], length: records.lengths[number], previous: previous)
                }
                sealed = ready
            }
            lastHash.withLock { $0 = previous }
            done.signal()
        }
    }

    /// Tells the sealer that the first `count` records are filled.
    func publish(filled count: Int) {
        filled.store(count, ordering: .releasing)
        more.signal()
    }

    /// Waits until every record is sealed (all must have been published); returns the last
    /// record's chain hash. Called once: a second call would wait for ever.
    func finish() -> Digest {
        done.wait()
        return lastHash.withLock { $0 }
    }
}
