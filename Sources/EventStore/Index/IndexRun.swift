/// One checkpoint run of the stream index, read in place from its mapped file: the sorted
/// tables of ``IndexRunLayout``, searched without decoding them.
///
/// A class because it owns the mapping of its file.
final class IndexRun {
    let name: String
    let firstPosition: UInt64
    let lastPosition: UInt64
    let chainHash: Digest
    let fileLength: Int
    private let mapping: Mapping
    private let streamCount: Int
    private let commandCount: Int
    private let nameBytes: Int
    private let filterBlocks: Int
    private let sections: IndexRunLayout.Sections

    var eventCount: Int { Int(lastPosition - firstPosition + 1) }
    private var base: UnsafeRawPointer { mapping.base }

    /// How much of a run file is checked when it is mapped.
    enum Checking {
        /// Header and whole contents now (``verify()``): what a writer or `eig verify` needs.
        case now
        /// The header now, the contents on first use: the caller calls ``verify()`` before it
        /// trusts any byte past the header (a reader that never looks a stream up checks nothing).
        case onFirstUse
        /// The header only, never the contents: the file was just written from memory.
        case justWritten
    }

    /// Whether the contents were checked (CRC32C and stream table), or need not be.
    private(set) var isVerified: Bool
    private let path: String

    /// Maps a run file and checks its header: magic, version, lengths and table bounds, so
    /// that every section lies inside the file; then its contents as `checking` says.
    init(path: String, name: String, files: FileOperations, checking: Checking = .now) throws(StoreError) {
        self.name = name
        self.path = path
        let fd = try files.open(path, writable: false)
        defer { files.close(fd) }
        let size = Int(try files.size(fd, path: path))
        func damaged(_ what: String) -> StoreError {
            StoreError(.corrupted, "index checkpoint \(name): \(what)", path: path)
        }
        guard size >= IndexRunLayout.headerLength else { throw damaged("the file is truncated") }
        mapping = try Mapping(fd: fd, length: size, path: path, calls: files.calls)
        let bytes = UnsafeRawBufferPointer(start: mapping.base, count: size)
        guard bytes.prefix(8).elementsEqual(IndexRunLayout.magic) else { throw damaged("bad magic") }
        let version = bytes.loadLittleEndian(UInt16.self, at: 8)
        guard version == IndexRunLayout.formatVersion else {
            throw StoreError(
                .unsupportedFormat, "index checkpoint \(name) is in format version \(version)", path: path)
        }
        guard Int(bytes.loadLittleEndian(UInt16.self, at: 10)) == IndexRunLayout.headerLength else {
            throw damaged("bad header length")
        }
        firstPosition = bytes.loadLittleEndian(UInt64.self, at: 16)
        lastPosition = bytes.loadLittleEndian(UInt64.self, at: 24)
        chainHash = Digest(copying: UnsafeRawBufferPointer(rebasing: bytes[32..<64]))
        let streams = bytes.loadLittleEndian(UInt64.self, at: 64)
        let commands = bytes.loadLittleEndian(UInt64.self, at: 72)
        let names = bytes.loadLittleEndian(UInt64.self, at: 80)
        let length = bytes.loadLittleEndian(UInt64.self, at: 88)
        let blocks = bytes.loadLittleEndian(UInt64.self, at: 96)
        guard firstPosition >= 1, lastPosition >= firstPosition, lastPosition - firstPosition < UInt64(UInt32.max),
            streams <= UInt64(UInt32.max), commands <= UInt64(UInt32.max), names <= UInt64(UInt32.max),
            length == UInt64(size), blocks == UInt64(CommandFilter.blockCount(forCommands: Int(commands)))
        else { throw damaged("impossible counts in the header") }
        streamCount = Int(streams)
        commandCount = Int(commands)
        nameBytes = Int(names)
        filterBlocks = Int(blocks)
        fileLength = size
        sections = IndexRunLayout.Sections(
            events: Int(lastPosition - firstPosition + 1), streams: streamCount, commands: commandCount,
            filterBlocks: filterBlocks, nameBytes: nameBytes)
        guard sections.fileLength == size else { throw damaged("the file length does not match its tables") }
        isVerified = checking == .justWritten
        if checking == .now { try verify() }
    }

    /// Checks the contents once: the CRC32C of the whole file and the stream table's entries
    /// (inside the names and positions, covering every position once). Until it passes, no
    /// byte past the header may be trusted; once it has, it returns at once.
    ///
    /// - Throws: `.corrupted` naming the run and what is wrong with it.
    func verify() throws(StoreError) {
        guard !isVerified else { return }
        func damaged(_ what: String) -> StoreError {
            StoreError(.corrupted, "index checkpoint \(name): \(what)", path: path)
        }
        let size = fileLength
        let bytes = UnsafeRawBufferPointer(start: mapping.base, count: size)
        // Checked a megabyte at a time, each dropped once read: a process's resident memory
        // does not grow with the log (lookups map back the few pages they need).
        var crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<IndexRunLayout.crcOffset]))
        var start = IndexRunLayout.headerLength
        while start < size {
            let end = min(start + (1 << 20), size)
            crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), continuing: crc)
            mapping.dropPages(start..<end)
            start = end
        }
        guard crc == bytes.loadLittleEndian(UInt32.self, at: IndexRunLayout.crcOffset) else {
            throw damaged("CRC32C mismatch")
        }
        let events = eventCount
        var total = 0
        for entry in 0..<streamCount {
            let fields = streamEntry(entry)
            guard fields.nameOffset + fields.nameLength <= nameBytes, fields.first + fields.count <= events,
                fields.count > 0, fields.first == total
            else { throw damaged("stream table entry \(entry) is out of bounds") }
            total += fields.count
        }
        guard total == events else { throw damaged("stream positions do not cover the run") }
        isVerified = true
    }

    /// The offset in its segment of the record at `position` (which the run must cover).
    func offset(of position: UInt64) -> UInt32 {
        base.loadLittleEndian(UInt32.self, at: sections.offsets + 4 * Int(position - firstPosition))
    }

    struct StreamEntry {
        var hash: UInt64
        var nameOffset: Int
        var nameLength: Int
        var first: Int
        var count: Int

        /// The entry whose bytes (``IndexRunLayout/streamEntryLength``) start at `at`.
        @inline(__always)
        init(at: UnsafeRawPointer) {
            hash = at.loadLittleEndian(UInt64.self, at: 0)
            nameOffset = Int(at.loadLittleEndian(UInt32.self, at: 8))
            nameLength = Int(at.loadLittleEndian(UInt32.self, at: 12))
            first = Int(at.loadLittleEndian(UInt32.self, at: 16))
            count = Int(at.loadLittleEndian(UInt32.self, at: 20))
        }
    }

    @inline(__always)
    private func streamEntry(_ index: Int) -> StreamEntry {
        StreamEntry(at: base + sections.streams + IndexRunLayout.streamEntryLength * index)
    }

    private func nameBuffer(_ entry: StreamEntry) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + sections.names + entry.nameOffset, count: entry.nameLength)
    }

    /// The entry of `stream` (whose ``StableHash`` is `hash`), if the run has events of it.
    func stream(_ stream: String, hash: UInt64) -> StreamEntry? {
        let base = self.base
        let table = sections.streams
        var low = Self.lowerBound(count: streamCount, of: hash) {
            base.loadLittleEndian(UInt64.self, at: table + IndexRunLayout.streamEntryLength * $0)
        }
        while low < streamCount {
            let entry = streamEntry(low)
            guard entry.hash == hash else { return nil }
            if RecordView.equal(nameBuffer(entry), stream) { return entry }
            low += 1
        }
        return nil
    }

    /// The hash stored where an interpolation search for `hash` looks first (the streams table
    /// is sorted by hash, which is uniform), read only to bring that entry into the cache.
    @inline(__always)
    func firstGuess(forStream hash: UInt64) -> UInt64 {
        guard streamCount > 0 else { return 0 }
        let guess = min(Int(Double(hash) / 18_446_744_073_709_551_616.0 * Double(streamCount)), streamCount - 1)
        return base.loadLittleEndian(UInt64.self, at: sections.streams + IndexRunLayout.streamEntryLength * guess)
    }

    /// Adds the position and record offset of each of `entry`'s events.
    func appendLocations(of entry: StreamEntry, to locations: inout [RecordLocation]) {
        locations.reserveCapacity(locations.count + entry.count)
        for index in entry.first..<(entry.first + entry.count) {
            let at = sections.positions + 8 * index
            locations.append(
                RecordLocation(
                    position: firstPosition + UInt64(base.loadLittleEndian(UInt32.self, at: at)),
                    offset: Int(base.loadLittleEndian(UInt32.self, at: at + 4))))
        }
    }

    /// Adds the first positions of the commands whose key is `key`.
    func appendCommandCandidates(key: UInt32, to candidates: inout [UInt64]) {
        guard CommandFilter.mayContain(key, blocks: filterBlocks, at: base + sections.filter) else { return }
        let base = self.base
        let table = sections.commands
        var low = Self.lowerBound(count: commandCount, of: UInt64(key) << 32) {
            base.loadLittleEndian(UInt64.self, at: table + 8 * $0)
        }
        while low < commandCount {
            let entry = commandEntry(low)
            guard entry >> 32 == UInt64(key) else { return }
            candidates.append(firstPosition + (entry & 0xFFFF_FFFF))
            low += 1
        }
    }

    /// How many streams and command keys the run's tables hold.
    var tableCounts: (streams: Int, commands: Int) { (streamCount, commandCount) }

    /// Calls `body` with each command key of the run (to fill an in-memory filter over runs).
    func forEachCommandKey(_ body: (UInt32) -> Void) {
        for index in 0..<commandCount { body(UInt32(truncatingIfNeeded: commandEntry(index) >> 32)) }
    }

    /// Calls `body` with each stream's hash, name bytes and event count in the run.
    func forEachStream(_ body: (UInt64, UnsafeRawBufferPointer, Int) -> Void) {
        for index in 0..<streamCount {
            let entry = streamEntry(index)
            body(entry.hash, nameBuffer(entry), entry.count)
        }
    }

    /// The first index whose key is at least `target`, in a table of `count` keys sorted
    /// ascending. The keys are hashes, spread evenly over the 64-bit range, so interpolating
    /// (falling back to a bisection after a step that did not shrink the range fourfold, so
    /// skewed keys cost at most twice a binary search) finds the place in a few probes where a
    /// binary search would take one cache miss per halving.
    @inline(__always)
    static func lowerBound(count: Int, of target: UInt64, key: (Int) -> UInt64) -> Int {
        var low = 0
        var high = count
        var lowKey: UInt64 = 0
        var highKey = UInt64.max
        var interpolate = true
        while high - low > 8 {
            let size = high - low
            var guess: Int
            if interpolate, highKey > lowKey {
                let fraction = Double(target &- lowKey) / Double(highKey &- lowKey)
                guess = low + Int(fraction * Double(high - low))
                guess = min(max(guess, low), high - 1)
            } else {
                guess = low + (high - low) / 2
            }
            let found = key(guess)
            if found < target {
                low = guess + 1
                lowKey = found
            } else {
                high = guess
                highKey = found
            }
            interpolate = !interpolate || (high - low) * 4 <= size
        }
        while low < high, key(low) < target { low += 1 }
        return low
    }

    @inline(__always)
    private func commandEntry(_ index: Int) -> UInt64 {
        base.loadLittleEndian(UInt64.self, at: sections.commands + 8 * index)
    }

    func addStreamNames(withPrefix prefix: String, to names: inout Set<String>) {
        let prefixBytes = Array(prefix.utf8)
        for index in 0..<streamCount {
            let name = nameBuffer(streamEntry(index))
            if name.starts(with: prefixBytes) { names.insert(String(decoding: name, as: UTF8.self)) }
        }
    }

    /// The tables as immutable values, for a merge on another thread. Only a run whose
    /// contents were checked may hand them out: the merge trusts every byte it reads.
    var tables: IndexRunTables {
        precondition(isVerified, "only a checked run's tables are read without its log")
        return IndexRunTables(
            firstPosition: firstPosition, lastPosition: lastPosition, chainHash: chainHash, mapping: mapping,
            streamCount: streamCount, commandCount: commandCount, sections: sections)
    }

    /// The whole file's bytes (verification compares them with a run rebuilt from the log).
    var fileBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: fileLength) }
}
