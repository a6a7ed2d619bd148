@testable import EventStore

extension RecordEncoder {
    /// Appends one record to plain bytes, for tests that build records by hand.
    static func append(
        to bytes: inout [UInt8], position: UInt64, streamVersion: UInt64, recordedAt: Timestamp,
        event: ProposedEvent, eventID: EventID, fields: CommandFields, previous: Digest, commitEnd: Bool = false
    ) -> Digest {
        var buffer = RecordBuffer()
        let hash = append(
            to: &buffer, position: position, streamVersion: streamVersion, recordedAt: recordedAt, event: event,
            eventID: eventID, fields: fields, previous: previous, commitEnd: commitEnd)
        buffer.withBytes { bytes.append(contentsOf: $0) }
        return hash
    }
}
