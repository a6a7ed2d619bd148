/// The tables of a checkpoint run before they are written: made from the index delta, or by
/// merging two adjacent runs, and encoded deterministically (the same records always give the
/// same bytes, so verification can rebuild a run from the log and compare).
///
/// The tables are flat arrays, as in the file, so that reading a run back and merging two runs
/// are bulk copies rather than one small array per stream.
struct IndexRunBuilder {
    var firstPosition: UInt64
    var lastPosition: UInt64
    var chainHash: Digest
    var offsets: [UInt32] = []
    /// Streams sorted by (hash, name bytes): hash, where the name starts in `names`, where its
    /// positions start in `positions` (each with one more entry at the end).
    var streamHashes: [UInt64] = []
    var nameStarts: [UInt32] = [0]
    var names: [UInt8] = []
    var positionStarts: [UInt32] = [0]
    /// Positions relative to `firstPosition`, stream after stream, in order.
    var positions: [UInt32] = []
    /// `(key << 32) | (first position − firstPosition)`, sorted.
    var commands: [UInt64] = []

    init(firstPosition: UInt64, lastPosition: UInt64, chainHash: Digest) {
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
        self.chainHash = chainHash
    }

    var streamCount: Int { streamHashes.count }
    var eventCount: Int { Int(lastPosition - firstPosition + 1) }

    func name(_ stream: Int) -> ArraySlice<UInt8> { names[Int(nameStarts[stream])..<Int(nameStarts[stream + 1])] }

    func positions(_ stream: Int) -> ArraySlice<UInt32> {
        positions[Int(positionStarts[stream])..<Int(positionStarts[stream + 1])]
    }

    /// Adds a stream after the ones already added (callers add them in sorted order).
    mutating func appendStream(
        hash: UInt64, name: some Collection<UInt8>, positions newPositions: some Sequence<UInt32>
    ) {
        streamHashes.append(hash)
        names.append(contentsOf: name)
        nameStarts.append(UInt32(names.count))
        positions.append(contentsOf: newPositions)
        positionStarts.append(UInt32(positions.count))
    }

    static func precedes(
        _ hashA: UInt64, _ nameA: some Collection<UInt8>, _ hashB: UInt64, _ nameB: some Collection<UInt8>
    )
        -> Bool
    {
        hashA != hashB ? hashA < hashB : nameA.lexicographicallyPrecedes(nameB)
    }

    /// The run of everything in `delta`, whose last record has `chainHash`.
    init(delta: IndexDelta, chainHash: Digest) {
        self.init(firstPosition: delta.firstPosition, lastPosition: delta.lastPosition, chainHash: chainHash)
        offsets = delta.offsets
        let first = delta.firstPosition
        let streams = delta.streams
        // Sorted as (hash, entry) pairs: the names are read only when two hashes are equal.
        var order = streams.entries.indices.map { (hash: streams.hash(at: $0), entry: $0) }
        order.sort { a, b in
            a.hash != b.hash
                ? a.hash < b.hash
                : streams.name(at: a.entry).utf8.lexicographicallyPrecedes(streams.name(at: b.entry).utf8)
        }
        streamHashes.reserveCapacity(order.count)
        positions.reserveCapacity(delta.count)
        for (_, entry) in order {
            streamHashes.append(streams.hash(at: entry))
            names.append(contentsOf: streams.name(at: entry).utf8)
            nameStarts.append(UInt32(names.count))
            delta.forEachEvent(of: streams[entry: entry]) { positions.append(UInt32(truncatingIfNeeded: $0)) }
            positionStarts.append(UInt32(positions.count))
        }
        commands = delta.commands.entries.map { entry in
            UInt64(StableHash.commandKey(entry.hash)) << 32 | (entry.value.first - first)
        }
        commands.sort()
    }

    /// One run covering `older` then `newer` (adjacent: `newer` starts right after `older`).
    static func merging(_ older: IndexRunBuilder, _ newer: IndexRunBuilder) -> IndexRunBuilder {
        precondition(newer.firstPosition == older.lastPosition + 1, "merged runs must be adjacent")
        var merged = IndexRunBuilder(
            firstPosition: older.firstPosition, lastPosition: newer.lastPosition, chainHash: newer.chainHash)
        merged.offsets = older.offsets + newer.offsets
        merged.names.reserveCapacity(older.names.count + newer.names.count)
        merged.positions.reserveCapacity(older.positions.count + newer.positions.count)
        let shift = UInt32(truncatingIfNeeded: newer.firstPosition - older.firstPosition)
        var a = 0
        var b = 0
        while a < older.streamCount || b < newer.streamCount {
            let takeOlder =
                b == newer.streamCount
                || (a < older.streamCount
                    && !precedes(newer.streamHashes[b], newer.name(b), older.streamHashes[a], older.name(a)))
            let same =
                takeOlder && b < newer.streamCount && older.streamHashes[a] == newer.streamHashes[b]
                && older.name(a).elementsEqual(newer.name(b))
            if takeOlder {
                merged.streamHashes.append(older.streamHashes[a])
                merged.names.append(contentsOf: older.name(a))
                merged.positions.append(contentsOf: older.positions(a))
                if same {
                    merged.positions.append(contentsOf: newer.positions(b).lazy.map { $0 + shift })
                    b += 1
                }
                a += 1
            } else {
                merged.streamHashes.append(newer.streamHashes[b])
                merged.names.append(contentsOf: newer.name(b))
                merged.positions.append(contentsOf: newer.positions(b).lazy.map { $0 + shift })
                b += 1
            }
            merged.nameStarts.append(UInt32(merged.names.count))
            merged.positionStarts.append(UInt32(merged.positions.count))
        }
        merged.commands = mergingSorted(older.commands, newer.commands, shift: UInt64(shift))
        return merged
    }

    /// Two sorted command tables as one, `newer`'s positions moved by `shift` (which keeps it
    /// sorted: the shift never carries into the key): one pass instead of a sort.
    private static func mergingSorted(_ older: [UInt64], _ newer: [UInt64], shift: UInt64) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: older.count + newer.count) { buffer, initialized in
            var a = 0
            var b = 0
            var out = 0
            while a < older.count, b < newer.count {
                let next = newer[b] + shift
                if older[a] <= next {
                    buffer[out] = older[a]
                    a += 1
                } else {
                    buffer[out] = next
                    b += 1
                }
                out += 1
            }
            while a < older.count {
                buffer[out] = older[a]
                a += 1
                out += 1
            }
            while b < newer.count {
                buffer[out] = newer[b] + shift
                b += 1
                out += 1
            }
            initialized = out
        }
    }

    /// The run file's bytes.
    func encoded() -> [UInt8] {
        let events = Int(lastPosition - firstPosition + 1)
        precondition(offsets.count == events && positions.count == events, "one offset and one position per event")
        let filterBlocks = CommandFilter.blockCount(forCommands: commands.count)
        let sections = IndexRunLayout.Sections(
            events: events, streams: streamCount, commands: commands.count, filterBlocks: filterBlocks,
            nameBytes: names.count)
        var bytes = [UInt8](repeating: 0, count: sections.fileLength)
        bytes.withUnsafeMutableBytes { buffer in
            let base = buffer.baseAddress!
            IndexRunLayout.magic.withUnsafeBytes { base.copyMemory(from: $0.baseAddress!, byteCount: 8) }
            base.storeLittleEndian(IndexRunLayout.formatVersion, at: 8)
            base.storeLittleEndian(UInt16(IndexRunLayout.headerLength), at: 10)
            base.storeLittleEndian(firstPosition, at: 16)
            base.storeLittleEndian(lastPosition, at: 24)
            chainHash.copy(to: base + 32)
            base.storeLittleEndian(UInt64(streamCount), at: 64)
            base.storeLittleEndian(UInt64(commands.count), at: 72)
            base.storeLittleEndian(UInt64(names.count), at: 80)
            base.storeLittleEndian(UInt64(sections.fileLength), at: 88)
            base.storeLittleEndian(UInt64(filterBlocks), at: 96)
            Self.store(offsets, at: base + sections.offsets)
            for stream in 0..<streamCount {
                let at = sections.streams + IndexRunLayout.streamEntryLength * stream
                base.storeLittleEndian(streamHashes[stream], at: at)
                base.storeLittleEndian(nameStarts[stream], at: at + 8)
                base.storeLittleEndian(nameStarts[stream + 1] - nameStarts[stream], at: at + 12)
                base.storeLittleEndian(positionStarts[stream], at: at + 16)
                base.storeLittleEndian(positionStarts[stream + 1] - positionStarts[stream], at: at + 20)
            }
            Self.store(commands, at: base + sections.commands)
            for command in commands {
                CommandFilter.insert(
                    UInt32(truncatingIfNeeded: command >> 32), blocks: filterBlocks, at: base + sections.filter)
            }
            for (index, relative) in positions.enumerated() {
                base.storeLittleEndian(relative, at: sections.positions + 8 * index)
                base.storeLittleEndian(offsets[Int(relative)], at: sections.positions + 8 * index + 4)
            }
            names.withUnsafeBytes { names in
                if names.count > 0 {
                    (base + sections.names).copyMemory(from: names.baseAddress!, byteCount: names.count)
                }
            }
            let whole = UnsafeRawBufferPointer(buffer)
            var crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: whole[0..<IndexRunLayout.crcOffset]))
            crc = CRC32C.checksum(
                UnsafeRawBufferPointer(rebasing: whole[IndexRunLayout.headerLength...]), continuing: crc)
            base.storeLittleEndian(crc, at: IndexRunLayout.crcOffset)
        }
        return bytes
    }

    /// Copies integers in little-endian order (a plain copy on little-endian machines).
    private static func store<T: FixedWidthInteger>(_ values: [T], at destination: UnsafeMutableRawPointer) {
        #if _endian(little)
            values.withUnsafeBytes { bytes in
                if bytes.count > 0 { destination.copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
            }
        #else
            for (index, value) in values.enumerated() {
                destination.storeLittleEndian(value, at: index * MemoryLayout<T>.size)
            }
        #endif
    }
}
