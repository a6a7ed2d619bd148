/// Walks the records from one position to another across segments, checking each record's
/// CRC, structure and position: the loop under ``EventCursor`` and
/// ``EventLog/forEachRecord(from:through:_:)``.
///
/// It holds its own references to the segments' mappings, so it stays valid while the log
/// appends, rolls over or maps a grown segment again. Behind itself it lets the kernel drop
/// the pages it has read, so a replay's resident memory does not grow with the log.
struct RecordWalker {
    struct SegmentSnapshot: Sendable {
        var mapping: Mapping
        var size: Int
        var firstPosition: UInt64
        var name: String
        var formatVersion: UInt16
    }

    private let segments: [SegmentSnapshot]
    private var segmentNumber: Int
    /// The current segment's mapped bytes and size, cached so that the loop does not copy a
    /// snapshot (a retain and a release) per record; `segments` keeps the mapping alive.
    private var segmentBase: UnsafeRawPointer?
    private var segmentSize = 0
    private var segmentVersion = SegmentHeader.formatVersion
    private var offset: Int
    private var droppedUpTo: Int
    private(set) var nextPosition: UInt64
    let lastPosition: UInt64
    /// Checks the CRCs ahead on another thread during a long replay (``startCheckingAhead()``).
    private(set) var checker: ReadAheadChecker?
    /// The checker's verified range as last read (``ReadAheadChecker/verifiedRange()``).
    private var verified: (from: Int, end: Int) = (0, 0)
    /// Pages are dropped behind the walker in steps of this many bytes.
    private static let dropStep = 16 << 20
    /// Why the walk could not even start (finding its first record failed): ``next()`` throws
    /// it, so that a cursor does not end as if the range were empty.
    private var failure: StoreError?

    /// A walker over nothing; with `failure`, one whose first ``next()`` throws it.
    init(failure: StoreError? = nil) {
        segments = []
        segmentNumber = 0
        offset = 0
        droppedUpTo = 0
        nextPosition = 1
        lastPosition = 0
        self.failure = failure
    }

    init(segments: [SegmentSnapshot], segmentNumber: Int, offset: Int, from: UInt64, through: UInt64) {
        self.segments = segments
        self.segmentNumber = segmentNumber
        self.segmentBase = segments[segmentNumber].mapping.base
        self.segmentSize = segments[segmentNumber].size
        self.segmentVersion = segments[segmentNumber].formatVersion
        self.offset = offset
        self.droppedUpTo = offset
        self.nextPosition = from
        self.lastPosition = through
    }

    /// Starts a ``ReadAheadChecker`` over the walk's range; the caller must call
    /// `checker?.finish()` when the walk ends, however it ends.
    mutating func startCheckingAhead() {
        guard checker == nil, !segments.isEmpty, nextPosition <= lastPosition else { return }
        checker = ReadAheadChecker(
            segments: segments, segment: segmentNumber, offset: offset, through: lastPosition)
    }

    /// The next record, or `nil` after the last position; throws `.corrupted` where a record
    /// that must be there is not valid.
    @inline(__always)
    mutating func next() throws(StoreError) -> RecordView? {
        guard nextPosition <= lastPosition else {
            if let failure { throw failure }
            if !segments.isEmpty { dropPages(through: offset) }
            return nil
        }
        while true {
            let base = segmentBase.unsafelyUnwrapped + offset
            var verify = true
            if let checker {
                let place = ReadAheadChecker.encode(segment: segmentNumber, offset: offset)
                if place >= verified.end { verified = checker.verifiedRange() }
                verify = place < verified.from || place >= verified.end
                if nextPosition & 63 == 0 { checker.walkerReached(segment: segmentNumber, offset: offset) }
            }
            switch RecordFields.check(base, available: segmentSize - offset, verifyingChecksum: verify) {
            case .valid(let fields):
                let position = base.loadLittleEndian(UInt64.self, at: RecordLayout.positionOffset)
                guard position == nextPosition else {
                    throw damaged(RecordDefect.wrongPosition(expected: nextPosition, found: position).description)
                }
                if RecordLayout.hasUnknownFlags(base, segmentVersion: segmentVersion) {
                    throw damaged("the commit-end flag (bit 3) is unknown in a format 1 segment")
                }
                offset += fields.length
                nextPosition += 1
                if offset - droppedUpTo >= RecordWalker.dropStep { dropPages(through: offset - fields.length) }
                return RecordView(base: base, fields: fields)
            case .zeroLength:
                guard segmentNumber + 1 < segments.count, segments[segmentNumber + 1].firstPosition == nextPosition
                else {
                    throw damaged("the segment ends (zeros) where position \(nextPosition) should be")
                }
                dropPages(through: segmentSize)
                segmentNumber += 1
                segmentBase = segments[segmentNumber].mapping.base
                segmentSize = segments[segmentNumber].size
                segmentVersion = segments[segmentNumber].formatVersion
                offset = SegmentHeader.length
                droppedUpTo = 0
            case .invalid(let defect):
                throw damaged(defect.description)
            }
        }
    }

    private mutating func dropPages(through end: Int) {
        let segment = segments[segmentNumber]
        segment.mapping.dropPages(droppedUpTo..<end)
        droppedUpTo = max(droppedUpTo, end / Mapping.pageSize * Mapping.pageSize)
    }

    private func damaged(_ reason: String) -> StoreError {
        let segment = segments[segmentNumber]
        return StoreError(
            .corrupted,
            "the record at position \(nextPosition) (segment \(segment.name), offset \(offset)) is damaged: \(reason)",
            position: nextPosition, path: segment.name)
    }
}
