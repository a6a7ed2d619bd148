import EventStore
import Foundation
import Programme

/// Writes generated events to a store: one command per event, a thousand commands per
/// durable batch (the generator measures the read side, not the appends).
struct GeneratedStore {
    let log: EventLog
    private var written = 0

    init(creatingAt directory: String) throws {
        var options = EventLogOptions()
        options.lockTimeout = .seconds(30)
        log = try EventLog.create(at: directory, options: options)
    }

    init(opening directory: String) throws {
        log = try EventLog.open(at: directory, mode: .write)
        written = Int(log.head.position)
    }

    mutating func append(_ events: ArraySlice<ProgrammeLogGenerator.Event>) throws {
        var batch: [AppendRequest] = []
        batch.reserveCapacity(1_000)
        for generated in events {
            written += 1
            let event = generated.event
            batch.append(
                AppendRequest(
                    stream: event.stream.name, expected: .any,
                    metadata: CommandMetadata(commandID: "gen-\(written)", actor: "bench"),
                    events: [
                        ProposedEvent(
                            type: event.typeName, schemaVersion: event.schemaVersion,
                            occurredAt: Timestamp(microsecondsSinceEpoch: generated.occurredAt.microsecondsSinceEpoch),
                            payload: event.encodedPayload())
                    ]))
            if batch.count == 1_000 {
                _ = try log.append(batch: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { _ = try log.append(batch: batch) }
    }
}
