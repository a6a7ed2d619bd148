import Dispatch
import Glibc
import Synchronization

/// Checks the CRC32C of the records ahead of a long replay on another core, so that the
/// replaying thread (which also parses payloads and folds them) can skip the checksums already
/// verified: a third of a replay's work moves off its thread when a second core is free.
///
/// Nothing is trusted that was not checked. The checker publishes the range of records it has
/// verified, from a record boundary to the end of its last good record (segment and offset,
/// ``encode(segment:offset:)``); the walker skips the CRC only of a record inside that range
/// and still checks its structure and position. The checker stops at the first record it
/// cannot validate (the walker then finds and reports it itself), at the range's end, or when
/// the replay ends. When a busy machine left it behind the walker, it starts again from where
/// the walker is; it never runs more than ``window`` bytes ahead, which bounds the pages it
/// keeps resident.
final class ReadAheadChecker: Sendable {
    /// The verified range: records starting at or after `checkedFrom` and ending at or before
    /// `checkedEnd`. `checkedFrom` only moves past `checkedEnd` (a restart), so the walker,
    /// reading the end first and the start second, never sees a range with unchecked records.
    private let checkedFrom = Atomic<Int>(0)
    private let checkedEnd = Atomic<Int>(0)
    /// The start of a record the walker is at, published every 64 records.
    private let walkerAt = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Ranges shorter than this are replayed without a checker (starting one costs microseconds).
    static let minimumRecords: UInt64 = 4096
    /// How far ahead of the walker the checker may go, in bytes.
    static let window = 4 << 20

    /// A record's place as one comparable number: segments are at most 1 GiB, so offsets fit
    /// in 32 bits.
    @inline(__always)
    static func encode(segment: Int, offset: Int) -> Int { segment << 32 | offset }

    /// Starts checking at `segment`/`offset` (a record boundary) through position `through`.
    init(segments: [RecordWalker.SegmentSnapshot], segment: Int, offset: Int, through: UInt64) {
        let start = Self.encode(segment: segment, offset: offset)
        checkedFrom.store(start, ordering: .relaxed)
        checkedEnd.store(start, ordering: .relaxed)
        walkerAt.store(start, ordering: .relaxed)
        // On a queue of its own: ``finish()`` waits for the checker, and a replay made from busy
        // global-pool workers would wait for one of them to free a thread (see ``BackgroundTask``).
        DispatchQueue(label: "eig.read-ahead-checker", qos: .userInitiated).async { [self] in
            check(segments, from: start, through: through)
            done.signal()
        }
    }

    /// The range verified so far (from ≤ place < end, in ``encode(segment:offset:)`` form; empty
    /// while a restart is under way). Every record in it stays verified, so the walker keeps the
    /// answer and asks again only when it reaches the end: reading the checker's cache line at
    /// every record, while the checker writes it, cost more than the CRC it saved.
    @inline(__always)
    func verifiedRange() -> (from: Int, end: Int) {
        let end = checkedEnd.load(ordering: .acquiring)
        return (checkedFrom.load(ordering: .acquiring), end)
    }

    /// Tells the checker where the walker is (the start of a record).
    @inline(__always)
    func walkerReached(segment: Int, offset: Int) {
        walkerAt.store(Self.encode(segment: segment, offset: offset), ordering: .relaxed)
    }

    /// Stops the checker and waits for it, so that it never reads a mapping after the walk.
    func finish() {
        stopped.store(true, ordering: .relaxed)
        done.wait()
    }

    /// Whether `place` is more than ``window`` bytes past `walker` (counting, in a later
    /// segment, only its offset: the rest of the walker's segment is not resident yet either).
    @inline(__always)
    private static func isFarAhead(_ place: Int, of walker: Int) -> Bool {
        switch (place >> 32) - (walker >> 32) {
        case 0: place - walker > window
        case 1: place & 0xFFFF_FFFF > window
        default: true
        }
    }

    private func check(_ segments: [RecordWalker.SegmentSnapshot], from start: Int, through: UInt64) {
        var segment = start >> 32
        var offset = start & 0xFFFF_FFFF
        var base = segments[segment].mapping.base
        var size = segments[segment].size
        var records = 0
        while true {
            if records & 63 == 0 {
                if stopped.load(ordering: .relaxed) { return }
                let here = Self.encode(segment: segment, offset: offset)
                var walker = walkerAt.load(ordering: .relaxed)
                if walker > here {
                    // Left behind: start again where the walker is (past the old range's end).
                    segment = walker >> 32
                    offset = walker & 0xFFFF_FFFF
                    base = segments[segment].mapping.base
                    size = segments[segment].size
                    checkedFrom.store(walker, ordering: .releasing)
                } else {
                    while Self.isFarAhead(here, of: walker) {
                        if stopped.load(ordering: .relaxed) { return }
                        usleep(50)
                        walker = walkerAt.load(ordering: .relaxed)
                    }
                }
            }
            records &+= 1
            switch RecordFields.check(base + offset, available: size - offset) {
            case .valid(let fields):
                guard base.loadLittleEndian(UInt64.self, at: offset + RecordLayout.positionOffset) <= through else {
                    return publish(segment: segment, offset: offset)
                }
                offset += fields.length
                // Published every 64 records (and where the checker stops): each store takes
                // the cache line the walker reads from it.
                if records & 63 == 0 { publish(segment: segment, offset: offset) }
            case .zeroLength:
                publish(segment: segment, offset: offset)
                guard segment + 1 < segments.count else { return }
                segment += 1
                offset = SegmentHeader.length
                base = segments[segment].mapping.base
                size = segments[segment].size
            case .invalid:
                return publish(segment: segment, offset: offset)
            }
        }
    }

    /// Marks the records before `segment`/`offset` as verified.
    @inline(__always)
    private func publish(segment: Int, offset: Int) {
        checkedEnd.store(Self.encode(segment: segment, offset: offset), ordering: .releasing)
    }
}
