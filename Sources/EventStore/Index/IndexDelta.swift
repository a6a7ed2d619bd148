/// The part of the stream index not yet saved in a checkpoint: hash tables over the records
/// after the last checkpoint run, rebuilt on open by scanning those records.
struct IndexDelta: Sendable {
    /// The position of the first record the delta covers (the one after the runs).
    var firstPosition: UInt64
    /// Offset of each record in its segment, by position − `firstPosition`.
    var offsets: [UInt32] = []
    /// Each stream's events in the delta, as a chain through `next` (no array per stream: a
    /// batch touching 100,000 streams would allocate and free one each).
    var streams = NameTable<StreamChain>()
    /// For each record (by position − `firstPosition`), the next record of its stream, or
    /// `StreamChain.end`.
    private(set) var next: [UInt32] = []
    /// The command ids whose events are in the delta.
    var commands = NameTable<CommandSpan>()

    init(firstPosition: UInt64) {
        self.firstPosition = firstPosition
    }

    /// Where a command's events are: they are always consecutive and in one stream.
    struct CommandSpan: Equatable, Sendable {
        var first: UInt64
        var last: UInt64
        var streamVersion: UInt64
    }

    /// Where a stream's events are: first and last record (by position − `firstPosition`) and
    /// how many.
    struct StreamChain: Equatable, Sendable {
        static let end = UInt32.max
        var first: UInt32
        var last: UInt32
        var count: Int
    }

    /// Calls `body` with the relative index (position − `firstPosition`) of each event of a
    /// stream, in order.
    @inline(__always)
    func forEachEvent(of chain: StreamChain, _ body: (Int) -> Void) {
        var current = chain.first
        while current != StreamChain.end {
            body(Int(current))
            current = next[Int(current)]
        }
    }

    var count: Int { offsets.count }
    /// The last position covered, or `firstPosition - 1` when empty.
    var lastPosition: UInt64 { firstPosition + UInt64(offsets.count) - 1 }

    func offset(of position: UInt64) -> UInt32? {
        guard position >= firstPosition, position - firstPosition < UInt64(offsets.count) else { return nil }
        return offsets[Int(position - firstPosition)]
    }

    /// Adds the record at `position` (which must be the next one).
    mutating func add(position: UInt64, offset: Int, stream: HashedName, commandID: HashedName, streamVersion: UInt64) {
        precondition(position == firstPosition + UInt64(offsets.count), "index positions are gapless")
        let relative = UInt32(truncatingIfNeeded: position - firstPosition)
        offsets.append(UInt32(offset))
        next.append(StreamChain.end)
        if let entry = streams.find(stream) {
            next[Int(streams[entry: entry].last)] = relative
            streams[entry: entry].last = relative
            streams[entry: entry].count += 1
        } else {
            streams.insert(stream, StreamChain(first: relative, last: relative, count: 1))
        }
        if let entry = commands.find(commandID) {
            if commands[entry: entry].last == position - 1 {
                commands[entry: entry].last = position
                commands[entry: entry].streamVersion = streamVersion
            }
        } else {
            commands.insert(commandID, CommandSpan(first: position, last: position, streamVersion: streamVersion))
        }
    }

    /// ``add(position:offset:stream:commandID:streamVersion:)`` with names still to hash.
    mutating func add(position: UInt64, offset: Int, stream: String, commandID: String, streamVersion: UInt64) {
        add(
            position: position, offset: offset, stream: HashedName(stream), commandID: HashedName(commandID),
            streamVersion: streamVersion)
    }
}
