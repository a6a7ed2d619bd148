/// The tables of a checked checkpoint run, as plain immutable values over its mapping: what a
/// merge made on another thread reads (``RunMerge``).
///
/// Sendable because nothing in it changes: the fields are copied from a run whose header and
/// contents were checked (``IndexRun/isVerified``), the mapping is read-only and shared, and a
/// run file is never modified once written (a writer that replaces it renames a new file over
/// it or unlinks it; either leaves this mapping's pages as they were). ``IndexRun`` itself is
/// not Sendable: its contents check is lazy, a state that only its log's thread may change.
struct IndexRunTables: Sendable {
    let firstPosition: UInt64
    let lastPosition: UInt64
    let chainHash: Digest
    let mapping: Mapping
    let streamCount: Int
    let commandCount: Int
    let nameBytes: Int
    let sections: IndexRunLayout.Sections

    var eventCount: Int { Int(lastPosition - firstPosition + 1) }

    /// The run's tables as a builder (to merge it with the next run): bulk copies of the
    /// file's sections.
    func builder() -> IndexRunBuilder {
        let base = mapping.base
        var builder = IndexRunBuilder(firstPosition: firstPosition, lastPosition: lastPosition, chainHash: chainHash)
        let events = eventCount
        let sections = self.sections
        builder.offsets = Self.load(UInt32.self, count: events, from: base + sections.offsets)
        builder.positions = [UInt32](unsafeUninitializedCapacity: events) { buffer, initialized in
            for index in 0..<events {
                buffer[index] = base.loadLittleEndian(UInt32.self, at: sections.positions + 8 * index)
            }
            initialized = events
        }
        builder.commands = Self.load(UInt64.self, count: commandCount, from: base + sections.commands)
        builder.names = Array(UnsafeRawBufferPointer(start: base + sections.names, count: nameBytes))
        builder.streamHashes.reserveCapacity(streamCount)
        builder.nameStarts.reserveCapacity(streamCount + 1)
        builder.positionStarts.reserveCapacity(streamCount + 1)
        for index in 0..<streamCount {
            let entry = IndexRun.streamEntry(index, base: base, sections: sections)
            builder.streamHashes.append(entry.hash)
            builder.nameStarts.append(UInt32(entry.nameOffset + entry.nameLength))
            builder.positionStarts.append(UInt32(entry.first + entry.count))
        }
        return builder
    }

    private static func load<T: FixedWidthInteger>(_ type: T.Type, count: Int, from source: UnsafeRawPointer) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                buffer[index] = source.loadLittleEndian(T.self, at: index * MemoryLayout<T>.size)
            }
            initialized = count
        }
    }
}
