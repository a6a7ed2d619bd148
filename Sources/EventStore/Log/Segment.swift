/// One segment file of the log: its header facts, its mapping, and (for the writer's active
/// segment) its open file.
///
/// A class because it owns a file descriptor and a mapping whose identity matters.
final class Segment {
    let firstPosition: UInt64
    let path: String
    let name: String
    let previousChainHash: Digest
    /// The segment's format version (header offset 8): in a version 1 segment every record
    /// ends its commit, and a writer never appends to one (it rolls over first).
    let formatVersion: UInt16
    /// The current mapping; replaced (not resized) when the file outgrows it.
    private(set) var mapping: Mapping
    /// Bytes known to exist in the file: reads never go past this.
    private(set) var fileSize: Int
    /// The writer's descriptor of the active segment; -1 for segments only read.
    var writeFD: Int32 = -1
    /// The writer's `O_DIRECT | O_DSYNC` descriptor of the active segment, for small commits
    /// (``DirectTailWriter``); -1 until the first.
    var directFD: Int32 = -1
    /// Offset just after the last valid record known, when the segment was scanned (the
    /// append point of the active segment); 0 when unknown (a sealed segment not scanned).
    var end = 0
    private let calls: SystemCalls

    init(
        name: String, path: String, firstPosition: UInt64, previousChainHash: Digest, mapping: Mapping,
        fileSize: Int, calls: SystemCalls, formatVersion: UInt16 = SegmentHeader.formatVersion
    ) {
        self.formatVersion = formatVersion
        self.name = name
        self.path = path
        self.firstPosition = firstPosition
        self.previousChainHash = previousChainHash
        self.mapping = mapping
        self.fileSize = fileSize
        self.calls = calls
    }

    deinit {
        closeForWriting()
    }

    /// The known bytes of the file, from offset 0.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: mapping.base, count: fileSize) }

    /// Records that the file now holds `size` bytes, mapping it again if it outgrew the mapping.
    func grow(to size: Int, fd: Int32, reserve: Int) throws(StoreError) {
        guard size > fileSize else { return }
        try map(through: size, fd: fd, reserve: reserve)
        recordGrowth(to: size)
    }

    /// Maps the file again if `size` bytes outgrow the mapping, leaving the known size as it is:
    /// a write that grows the file by its own bytes maps first, so that once its bytes are in the
    /// file nothing can fail (``recordGrowth(to:)``) and the write is never left half taken back.
    func map(through size: Int, fd: Int32, reserve: Int) throws(StoreError) {
        if size > mapping.length {
            mapping = try Mapping(fd: fd, length: max(size, reserve), path: path, calls: calls)
        }
    }

    /// Records that the file now holds `size` bytes, within the mapping
    /// (``map(through:fd:reserve:)`` came first).
    func recordGrowth(to size: Int) {
        precondition(size <= mapping.length, "a segment's known size stays within its mapping")
        fileSize = max(fileSize, size)
    }

    /// Closes the writer's descriptors (the segment is sealed or the log closes).
    func closeForWriting() {
        if writeFD >= 0 {
            _ = calls.close(writeFD)
            writeFD = -1
        }
        if directFD >= 0 {
            _ = calls.close(directFD)
            directFD = -1
        }
    }
}
