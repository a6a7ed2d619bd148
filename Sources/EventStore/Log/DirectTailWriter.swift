import Glibc

/// Writes a small commit with `O_DIRECT | O_DSYNC`: whole 4 KiB blocks from an aligned buffer
/// that keeps the tail block, one write that is durable when it returns, no `fdatasync`.
///
/// Why: a buffered write and its `fdatasync` cost the disk two commands, the page's write and
/// a cache flush; a direct synchronous write is one write the device makes durable itself
/// (FUA). On this machine's disk a bare loop of 200-byte appends does 10,400-11,900 a second
/// this way against 8,800-10,200 with `pwrite` + `fdatasync` (Tools/PERFORMANCE.md, stop 12).
/// The records' bytes on disk are the same either way (FORMAT.md §6).
///
/// The block holding the tail is written again by the next commit, with the same bytes before
/// the new records: a torn write of it leaves each sector old or new, and both hold the earlier
/// records alike (a buffered `fdatasync` writes that whole page again too). The bytes of the
/// tail block before the commit come from the buffer, which kept them from the last direct
/// write to this segment, or else from the segment's mapping (a page fault, once).
///
/// A class because it owns its buffer.
final class DirectTailWriter {
    /// The unit of a direct write: offsets, lengths and the buffer's address are multiples of it.
    static let blockSize = 4096
    /// The most record bytes written this way (larger commits are buffered, and grow the segment
    /// by their own bytes: ``EventLog/selfAllocatingBytes``).
    static let largestCommit = EventLog.selfAllocatingBytes - 1

    private let buffer: UnsafeMutableRawBufferPointer
    /// The segment whose tail block the buffer's first bytes are, and where in it they end.
    private weak var keptSegment: Segment?
    private var keptEnd = 0

    init() {
        buffer = .allocate(byteCount: Self.largestCommit + 2 * Self.blockSize, alignment: Self.blockSize)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
    }

    deinit { buffer.deallocate() }

    /// The blocks a commit of `count` bytes at `start` is written in.
    static func blocks(start: Int, count: Int) -> Range<Int> {
        let first = start & ~(blockSize - 1)
        return first..<((start + count + blockSize - 1) & ~(blockSize - 1))
    }

    /// What became of a direct write.
    enum Outcome {
        case written
        /// The file system refused a direct write (`EINVAL`: no `O_DIRECT`, or another block
        /// size) before writing anything: write buffered from now on.
        case unsupported
        /// The direct descriptor could not be opened (out of descriptors, say): nothing was
        /// written, and this commit is written buffered, as before direct writes.
        case notOpened
        /// The write failed; `undone` says whether the blocks were written back as they were,
        /// durably. If not, they were written back through the page cache, for the event other
        /// writers' watches need (``StoreWatch``), and what the disk holds is unknown.
        case failed(StoreError, undone: Bool)
    }

    /// Writes `records` at `start` of `segment`, whose file holds every byte of their blocks
    /// (``blocks(start:count:)``), through its direct descriptor (opened here the first time).
    func write(
        _ records: UnsafeRawBufferPointer, at start: Int, in segment: Segment, files: FileOperations
    ) -> Outcome {
        precondition(records.count <= Self.largestCommit, "a direct write holds at most largestCommit bytes")
        let blocks = Self.blocks(start: start, count: records.count)
        if segment.directFD < 0 {
            let fd = files.calls.open(segment.path, O_WRONLY | __O_DIRECT | O_DSYNC, 0)
            guard fd >= 0 else {
                return errno == EINVAL ? .unsupported : .notOpened
            }
            segment.directFD = fd
        }
        let base = buffer.baseAddress!
        let prefix = start - blocks.lowerBound
        if keptSegment !== segment || keptEnd != start {
            (base).copyMemory(from: segment.bytes.baseAddress! + blocks.lowerBound, byteCount: prefix)
        }
        keptSegment = nil
        (base + prefix).copyMemory(from: records.baseAddress!, byteCount: records.count)
        (base + prefix + records.count).initializeMemory(
            as: UInt8.self, repeating: 0, count: blocks.count - prefix - records.count)
        if let error = writeBlocks(blocks, of: segment, files: files) {
            if error.errno == EINVAL { return .unsupported }
            // The records' bytes give way to zeros again: what the blocks held before.
            (base + prefix).initializeMemory(as: UInt8.self, repeating: 0, count: records.count)
            if writeBlocks(blocks, of: segment, files: files) == nil { return .failed(error, undone: true) }
            // A write that fails (-1) queues no inotify event, yet either may have changed blocks
            // on the disk: the same whole blocks through the page cache (whole pages, so nothing
            // is read from the failing disk first) put the bytes back there and queue the event
            // that sends every other writer to read its tail instead of trusting its watch.
            let bytes = UnsafeRawBufferPointer(start: base, count: blocks.count)
            _ = files.write(segment.writeFD, bytes, at: Int64(blocks.lowerBound), path: segment.path)
            return .failed(error, undone: false)
        }
        // The last block's bytes stay at the front for the next commit.
        let lastBlock = (start + records.count) & ~(Self.blockSize - 1)
        if lastBlock > blocks.lowerBound {
            base.copyMemory(from: base + (lastBlock - blocks.lowerBound), byteCount: start + records.count - lastBlock)
        }
        keptSegment = segment
        keptEnd = start + records.count
        return .written
    }

    /// Writes the buffer's first `blocks.count` bytes at `blocks.lowerBound`: nil when they
    /// are all on disk, else the error (a short write is one).
    private func writeBlocks(_ blocks: Range<Int>, of segment: Segment, files: FileOperations) -> StoreError? {
        while true {
            let written = files.calls.pwrite(
                segment.directFD, buffer.baseAddress!, blocks.count, Int64(blocks.lowerBound))
            if written == blocks.count { return nil }
            if written < 0 {
                if errno == EINTR { continue }
                return FileOperations.ioError("cannot write \(segment.path)", path: segment.path)
            }
            return StoreError(
                .io, "cannot write \(segment.path): the device took \(written) of \(blocks.count) bytes",
                path: segment.path)
        }
    }
}
