internal import EventStore
internal import Programme

/// The streams a run of commands has read from the log, with the events it decided but has
/// not appended yet: what the next decision of the same run must see.
///
/// A single command reads its streams once; the demo and imports decide hundreds of
/// commands in a row on one working set, then append them in one batch.
struct WorkingSet {
    let log: EventLog
    private var streams: [ProgrammeStream: LoadedStream] = [:]

    /// A stream's domain events and its version (in the log, plus what this run added).
    struct LoadedStream {
        var events: [ProgrammeEvent]
        var version: UInt64
    }

    init(log: EventLog) {
        self.log = log
    }

    /// The stream as this run sees it, read from the log the first time.
    mutating func load(_ stream: ProgrammeStream) throws(OperationsError) -> LoadedStream {
        if let loaded = streams[stream] { return loaded }
        let loaded = try Self.read(stream, from: log)
        streams[stream] = loaded
        return loaded
    }

    /// Adds decided events to a stream (loaded before: it was read to decide them).
    mutating func add(_ events: [ProgrammeEvent], to stream: ProgrammeStream) {
        streams[stream, default: LoadedStream(events: [], version: 0)].events += events
        streams[stream, default: LoadedStream(events: [], version: 0)].version += UInt64(events.count)
    }

    /// Reads and decodes a stream's events from the log.
    ///
    /// Events of types the domain does not own (other parts of eig may write them) are skipped;
    /// a domain event that cannot be decoded is an error: deciding without it could be wrong.
    static func read(_ stream: ProgrammeStream, from log: EventLog) throws(OperationsError) -> LoadedStream {
        let recorded: [RecordedEvent]
        do {
            recorded = try log.events(inStream: stream.name)
        } catch {
            throw .store(error)
        }
        var events: [ProgrammeEvent] = []
        events.reserveCapacity(recorded.count)
        for record in recorded {
            do {
                if let event = try ProgrammeEvent.decodeIfKnown(
                    type: record.type, schemaVersion: record.schemaVersion, payload: record.payload)
                {
                    events.append(event)
                }
            } catch {
                throw OperationsError(
                    .storage,
                    "the event at position \(record.position) (\(record.type) of \(record.stream)) cannot be read: "
                        + error.description)
            }
        }
        return LoadedStream(events: events, version: UInt64(recorded.count))
    }
}
