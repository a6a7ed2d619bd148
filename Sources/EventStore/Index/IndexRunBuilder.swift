/// The tables of a checkpoint run before they are written, made from the index delta and encoded
/// deterministically (the same records always give the same bytes, so verification can rebuild
/// a run from the log and compare; merges, ``IndexRunMerger``, give those bytes too).
///
/// The tables are flat arrays, as in the file, so that encoding them is a few bulk copies rather
/// than one small array per stream.
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
        // By hash (``RadixSort``), then by name bytes among equal hashes (rare: only then are the
        // names read).
        let hashes = streams.entries.indices.map { streams.hash(at: $0) }
        var order = RadixSort.order(of: hashes)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, hashes[order[end]] == hashes[order[start]] { end += 1 }
            if end - start > 1 {
                order[start..<end].sort {
                    streams.name(at: $0).utf8.lexicographicallyPrecedes(streams.name(at: $1).utf8)
                }
            }
            start = end
        }
        streamHashes.reserveCapacity(order.count)
        positions.reserveCapacity(delta.count)
        for entry in order {
            streamHashes.append(streams.hash(at: entry))
            names.append(contentsOf: streams.name(at: entry).utf8)
            nameStarts.append(UInt32(names.count))
            delta.forEachEvent(of: streams[entry: entry]) { positions.append(UInt32(truncatingIfNeeded: $0)) }
            positionStarts.append(UInt32(positions.count))
        }
        commands = delta.commands.entries.map { entry in
            UInt64(StableHash.commandKey(entry.hash)) << 32 | (entry.value.first - first)
        }
        RadixSort.sort(&commands)
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
            IndexRunLayout.storeHeader(
                at: base, first: firstPosition, last: lastPosition, chainHash: chainHash, streams: streamCount,
                commands: commands.count, nameBytes: names.count, filterBlocks: filterBlocks, sections: sections)
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
            IndexRunLayout.storeCRC(in: buffer)
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
