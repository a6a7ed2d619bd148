/// The tables of a checkpoint run before they are written: made from the index delta, or by
/// merging two adjacent runs, and encoded deterministically (the same records always give the
/// same bytes, so verification can rebuild a run from the log and compare).
struct IndexRunBuilder {
    var firstPosition: UInt64
    var lastPosition: UInt64
    var chainHash: Digest
    var offsets: [UInt32] = []
    /// Sorted by (hash, name bytes).
    var streams: [StreamEntry] = []
    /// `(key << 32) | (first position − firstPosition)`, sorted.
    var commands: [UInt64] = []

    struct StreamEntry {
        var hash: UInt64
        var name: [UInt8]
        /// Positions relative to the run's first position, in order.
        var positions: [UInt32]

        static func precedes(_ a: StreamEntry, _ b: StreamEntry) -> Bool {
            a.hash != b.hash ? a.hash < b.hash : a.name.lexicographicallyPrecedes(b.name)
        }
    }

    init(firstPosition: UInt64, lastPosition: UInt64, chainHash: Digest) {
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
        self.chainHash = chainHash
    }

    /// The run of everything in `delta`, whose last record has `chainHash`.
    init(delta: IndexDelta, chainHash: Digest) {
        self.init(firstPosition: delta.firstPosition, lastPosition: delta.lastPosition, chainHash: chainHash)
        offsets = delta.offsets
        let first = delta.firstPosition
        streams = delta.streams.map { name, positions in
            StreamEntry(
                hash: StableHash.of(name), name: Array(name.utf8),
                positions: positions.map { UInt32(truncatingIfNeeded: $0 - first) })
        }
        streams.sort(by: StreamEntry.precedes)
        commands = delta.commands.map { commandID, span in
            UInt64(StableHash.commandKey(commandID)) << 32 | (span.first - first)
        }
        commands.sort()
    }

    /// One run covering `older` then `newer` (adjacent: `newer` starts right after `older`).
    static func merging(_ older: IndexRunBuilder, _ newer: IndexRunBuilder) -> IndexRunBuilder {
        precondition(newer.firstPosition == older.lastPosition + 1, "merged runs must be adjacent")
        var merged = IndexRunBuilder(
            firstPosition: older.firstPosition, lastPosition: newer.lastPosition, chainHash: newer.chainHash)
        merged.offsets = older.offsets + newer.offsets
        let shift = UInt32(truncatingIfNeeded: newer.firstPosition - older.firstPosition)
        var a = 0
        var b = 0
        merged.streams.reserveCapacity(older.streams.count + newer.streams.count)
        while a < older.streams.count || b < newer.streams.count {
            if b == newer.streams.count
                || (a < older.streams.count && StreamEntry.precedes(older.streams[a], newer.streams[b]))
            {
                merged.streams.append(older.streams[a])
                a += 1
            } else if a == older.streams.count || StreamEntry.precedes(newer.streams[b], older.streams[a]) {
                var entry = newer.streams[b]
                entry.positions = entry.positions.map { $0 + shift }
                merged.streams.append(entry)
                b += 1
            } else {
                var entry = older.streams[a]
                entry.positions.append(contentsOf: newer.streams[b].positions.lazy.map { $0 + shift })
                merged.streams.append(entry)
                a += 1
                b += 1
            }
        }
        merged.commands = older.commands + newer.commands.map { $0 + UInt64(shift) }
        merged.commands.sort()
        return merged
    }

    /// The run file's bytes.
    func encoded() -> [UInt8] {
        let events = Int(lastPosition - firstPosition + 1)
        precondition(offsets.count == events, "one offset per event")
        let nameBytes = streams.reduce(0) { $0 + $1.name.count }
        let sections = IndexRunLayout.Sections(
            events: events, streams: streams.count, commands: commands.count, nameBytes: nameBytes)
        var bytes = [UInt8](repeating: 0, count: sections.fileLength)
        bytes.withUnsafeMutableBytes { buffer in
            let base = buffer.baseAddress!
            for (index, byte) in IndexRunLayout.magic.enumerated() { base.storeBytes(of: byte, toByteOffset: index, as: UInt8.self) }
            base.storeLittleEndian(IndexRunLayout.formatVersion, at: 8)
            base.storeLittleEndian(UInt16(IndexRunLayout.headerLength), at: 10)
            base.storeLittleEndian(firstPosition, at: 16)
            base.storeLittleEndian(lastPosition, at: 24)
            chainHash.copy(to: base + 32)
            base.storeLittleEndian(UInt64(streams.count), at: 64)
            base.storeLittleEndian(UInt64(commands.count), at: 72)
            base.storeLittleEndian(UInt64(nameBytes), at: 80)
            base.storeLittleEndian(UInt64(sections.fileLength), at: 88)
            for (index, offset) in offsets.enumerated() {
                base.storeLittleEndian(offset, at: sections.offsets + 4 * index)
            }
            var nameOffset = 0
            var positionIndex = 0
            for (index, stream) in streams.enumerated() {
                let at = sections.streams + IndexRunLayout.streamEntryLength * index
                base.storeLittleEndian(stream.hash, at: at)
                base.storeLittleEndian(UInt32(nameOffset), at: at + 8)
                base.storeLittleEndian(UInt32(stream.name.count), at: at + 12)
                base.storeLittleEndian(UInt32(positionIndex), at: at + 16)
                base.storeLittleEndian(UInt32(stream.positions.count), at: at + 20)
                stream.name.withUnsafeBytes { name in
                    if name.count > 0 {
                        (base + sections.names + nameOffset).copyMemory(from: name.baseAddress!, byteCount: name.count)
                    }
                }
                nameOffset += stream.name.count
                for position in stream.positions {
                    base.storeLittleEndian(position, at: sections.positions + 4 * positionIndex)
                    positionIndex += 1
                }
            }
            for (index, command) in commands.enumerated() {
                base.storeLittleEndian(command, at: sections.commands + 8 * index)
            }
            let whole = UnsafeRawBufferPointer(buffer)
            var crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: whole[0..<IndexRunLayout.crcOffset]))
            crc = CRC32C.checksum(
                UnsafeRawBufferPointer(rebasing: whole[IndexRunLayout.headerLength...]), continuing: crc)
            base.storeLittleEndian(crc, at: IndexRunLayout.crcOffset)
        }
        return bytes
    }
}
