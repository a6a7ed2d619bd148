import Glibc

/// Merges adjacent checkpoint runs straight from their mapped tables into the merged run file's
/// bytes: one k-way pass per table, each byte read once from the inputs and written once to the
/// output, with no intermediate tables.
///
/// The bytes are exactly those of the run built from the log's records over the same positions
/// (``IndexRunBuilder/init(delta:chainHash:)`` then `encoded()`): streams sorted by hash then
/// name bytes, a stream present in several inputs gets their positions in input order (which is
/// position order), commands sorted by key then position, the filter holds every key. `verify`
/// checks every run against that rebuild, and so do the tests.
///
/// The merge runs on a background thread (``RunMerge``) alongside the appends, so what it costs
/// in memory traffic, not only in time, is taken from the writer: hence one pass, not a merge of
/// pairs through arrays copied out of the runs.
enum IndexRunMerger {
    /// The merged run file of `inputs`: adjacent runs, oldest first.
    static func encoded(merging inputs: [IndexRunTables]) -> [UInt8] {
        precondition(!inputs.isEmpty, "a merge takes runs")
        for (older, newer) in zip(inputs, inputs.dropFirst()) {
            precondition(newer.firstPosition == older.lastPosition + 1, "merged runs must be adjacent")
        }
        // The inputs' tables as bare pointers (their mappings live as long as `inputs`): the
        // loops below then copy no reference, so they retain and release nothing.
        return withExtendedLifetime(inputs) {
            encoded(merging: inputs.map(Source.init), last: inputs[inputs.count - 1])
        }
    }

    /// One input: where its tables are, how long they are, and how far its positions move.
    private struct Source {
        let offsets: UnsafeRawPointer
        let streams: UnsafeRawPointer
        let commands: UnsafeRawPointer
        let positions: UnsafeRawPointer
        let names: UnsafeRawPointer
        let firstPosition: UInt64
        let eventCount: Int
        let streamCount: Int
        let commandCount: Int

        init(_ tables: IndexRunTables) {
            let base = tables.mapping.base
            offsets = base + tables.sections.offsets
            streams = base + tables.sections.streams
            commands = base + tables.sections.commands
            positions = base + tables.sections.positions
            names = base + tables.sections.names
            firstPosition = tables.firstPosition
            eventCount = tables.eventCount
            streamCount = tables.streamCount
            commandCount = tables.commandCount
        }

        @inline(__always)
        func stream(_ index: Int) -> IndexRun.StreamEntry {
            IndexRun.StreamEntry(at: streams + IndexRunLayout.streamEntryLength * index)
        }
    }

    private static func encoded(merging inputs: [Source], last: IndexRunTables) -> [UInt8] {
        let first = inputs[0].firstPosition
        let events = inputs.reduce(0) { $0 + $1.eventCount }
        let commands = inputs.reduce(0) { $0 + $1.commandCount }
        precondition(last.lastPosition - first < UInt64(UInt32.max), "a run covers fewer than 2³² events")
        // Positions in a run are relative to its first: an input's move by its distance from the first.
        let shifts = inputs.map { $0.firstPosition - first }
        var streamCount = 0
        var nameBytes = 0
        forEachStream(of: inputs) { holders in
            streamCount += 1
            nameBytes += holders[0].entry.nameLength
        }
        let filterBlocks = CommandFilter.blockCount(forCommands: commands)
        let sections = IndexRunLayout.Sections(
            events: events, streams: streamCount, commands: commands, filterBlocks: filterBlocks,
            nameBytes: nameBytes)
        return [UInt8](unsafeUninitializedCapacity: sections.fileLength) { buffer, initialized in
            let file = UnsafeMutableRawBufferPointer(buffer)
            let base = file.baseAddress!
            IndexRunLayout.storeHeader(
                at: base, first: first, last: last.lastPosition, chainHash: last.chainHash, streams: streamCount,
                commands: commands, nameBytes: nameBytes, filterBlocks: filterBlocks, sections: sections)
            var offset = sections.offsets
            for input in inputs {
                (base + offset).copyMemory(from: input.offsets, byteCount: 4 * input.eventCount)
                offset += 4 * input.eventCount
            }
            (base + offset).initializeMemory(as: UInt8.self, repeating: 0, count: sections.streams - offset)
            storeStreams(of: inputs, shifts: shifts, sections: sections, at: base)
            storeCommands(of: inputs, shifts: shifts, sections: sections, filterBlocks: filterBlocks, at: base)
            let namesEnd = sections.names + nameBytes
            (base + namesEnd).initializeMemory(as: UInt8.self, repeating: 0, count: sections.fileLength - namesEnd)
            IndexRunLayout.storeCRC(in: file)
            initialized = sections.fileLength
        }
    }

    private typealias Holder = (input: Int, entry: IndexRun.StreamEntry)

    /// Calls `body` with each stream of the merged run, in the merged order, and the inputs
    /// that hold it (oldest first) with their entries for it.
    private static func forEachStream(of inputs: [Source], _ body: ([Holder]) -> Void) {
        var cursors = [Int](repeating: 0, count: inputs.count)
        var holders: [Holder] = []
        holders.reserveCapacity(inputs.count)
        while true {
            holders.removeAll(keepingCapacity: true)
            for input in inputs.indices where cursors[input] < inputs[input].streamCount {
                let candidate = inputs[input].stream(cursors[input])
                if let best = holders.first {
                    let order = compare(inputs[input], candidate, inputs[best.input], best.entry)
                    if order > 0 { continue }
                    if order < 0 { holders.removeAll(keepingCapacity: true) }
                }
                holders.append((input, candidate))
            }
            guard !holders.isEmpty else { return }
            body(holders)
            for holder in holders { cursors[holder.input] += 1 }
        }
    }

    /// The order of streams in a run: by hash, then by name bytes (shorter first on a tie).
    private static func compare(
        _ sourceA: Source, _ a: IndexRun.StreamEntry, _ sourceB: Source, _ b: IndexRun.StreamEntry
    )
        -> Int
    {
        if a.hash != b.hash { return a.hash < b.hash ? -1 : 1 }
        let common = min(a.nameLength, b.nameLength)
        let bytes = common == 0 ? 0 : Int(memcmp(sourceA.names + a.nameOffset, sourceB.names + b.nameOffset, common))
        if bytes != 0 { return bytes }
        return a.nameLength == b.nameLength ? 0 : (a.nameLength < b.nameLength ? -1 : 1)
    }

    /// The streams table, the positions (each moved by its input's shift) and the names.
    private static func storeStreams(
        of inputs: [Source], shifts: [UInt64], sections: IndexRunLayout.Sections, at base: UnsafeMutableRawPointer
    ) {
        var stream = 0
        var nameAt = 0
        var positionAt = 0
        forEachStream(of: inputs) { holders in
            let named = holders[0]
            let length = named.entry.nameLength
            (base + sections.names + nameAt).copyMemory(
                from: inputs[named.input].names + named.entry.nameOffset, byteCount: length)
            var count = 0
            for (input, entry) in holders {
                let from = inputs[input].positions + 8 * entry.first
                let to = base + sections.positions + 8 * (positionAt + count)
                // Each entry is (position − first) u32 then offset u32: as one little-endian u64,
                // adding the shift moves the position and cannot carry into the offset.
                let shift = shifts[input]
                if shift == 0 {
                    to.copyMemory(from: from, byteCount: 8 * entry.count)
                } else {
                    for index in 0..<entry.count {
                        to.storeLittleEndian(from.loadLittleEndian(UInt64.self, at: 8 * index) + shift, at: 8 * index)
                    }
                }
                count += entry.count
            }
            let at = sections.streams + IndexRunLayout.streamEntryLength * stream
            base.storeLittleEndian(named.entry.hash, at: at)
            base.storeLittleEndian(UInt32(nameAt), at: at + 8)
            base.storeLittleEndian(UInt32(length), at: at + 12)
            base.storeLittleEndian(UInt32(positionAt), at: at + 16)
            base.storeLittleEndian(UInt32(count), at: at + 20)
            stream += 1
            nameAt += length
            positionAt += count
        }
    }

    /// The commands table (each first position moved by its input's shift, which keeps every
    /// input's entries sorted: the shift never carries into the key) and the filter of its keys.
    private static func storeCommands(
        of inputs: [Source], shifts: [UInt64], sections: IndexRunLayout.Sections, filterBlocks: Int,
        at base: UnsafeMutableRawPointer
    ) {
        let filter = base + sections.filter
        filter.initializeMemory(as: UInt8.self, repeating: 0, count: CommandFilter.blockLength * filterBlocks)
        var cursors = [Int](repeating: 0, count: inputs.count)
        var out = sections.commands
        while true {
            var best = -1
            var smallest = UInt64.max
            for input in inputs.indices where cursors[input] < inputs[input].commandCount {
                let value = inputs[input].commands.loadLittleEndian(UInt64.self, at: 8 * cursors[input]) + shifts[input]
                // Two commands never share a first position, so values never tie.
                if best < 0 || value < smallest {
                    best = input
                    smallest = value
                }
            }
            guard best >= 0 else { return }
            base.storeLittleEndian(smallest, at: out)
            CommandFilter.insert(UInt32(truncatingIfNeeded: smallest >> 32), blocks: filterBlocks, at: filter)
            cursors[best] += 1
            out += 8
        }
    }
}
