/// Encodes records in the layout of ``RecordLayout``, computing each record's chain hash from
/// the previous one and its CRC32C last (the CRC covers the hash).
struct RecordEncoder {
    /// UTF-8 of the fields shared by the events of one command, taken once per command.
    struct CommandFields {
        var stream: [UInt8]
        var commandID: [UInt8]
        var actor: [UInt8]
        var onBehalfOf: [UInt8]?
        var correlationID: [UInt8]?
        var causationID: [UInt8]?

        init(stream: String, metadata: CommandMetadata) {
            self.stream = Array(stream.utf8)
            self.commandID = Array(metadata.commandID.utf8)
            self.actor = Array(metadata.actor.utf8)
            self.onBehalfOf = metadata.onBehalfOf.map { Array($0.utf8) }
            self.correlationID = metadata.correlationID.map { Array($0.utf8) }
            self.causationID = metadata.causationID.map { Array($0.utf8) }
        }

        var flags: UInt16 {
            (onBehalfOf == nil ? 0 : RecordLayout.onBehalfOfFlag)
                | (correlationID == nil ? 0 : RecordLayout.correlationIDFlag)
                | (causationID == nil ? 0 : RecordLayout.causationIDFlag)
        }

        /// Bytes of the record taken by these fields, their length prefixes included.
        var encodedLength: Int {
            6 + stream.count + commandID.count + actor.count + (onBehalfOf.map { 2 + $0.count } ?? 0)
                + (correlationID.map { 2 + $0.count } ?? 0) + (causationID.map { 2 + $0.count } ?? 0)
        }
    }

    /// The length of the record `event` makes with `fields`.
    static func length(of event: ProposedEvent, typeBytes: Int, fields: CommandFields) -> Int {
        RecordLayout.variableFieldsOffset + fields.encodedLength + 2 + typeBytes + 4 + event.payload.count
            + RecordLayout.chainHashLength
    }

    /// Appends one record to `buffer` and returns its chain hash.
    static func append(
        to buffer: inout [UInt8], position: UInt64, streamVersion: UInt64, recordedAt: Timestamp,
        event: ProposedEvent, eventID: EventID, fields: CommandFields, previous: Digest
    ) -> Digest {
        var type = event.type
        return type.withUTF8 { typeBytes in
            let length = length(of: event, typeBytes: typeBytes.count, fields: fields)
            let start = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: length))
            return buffer.withUnsafeMutableBytes { whole in
                let record = whole.baseAddress! + start
                record.storeLittleEndian(UInt32(length), at: RecordLayout.lengthOffset)
                record.storeLittleEndian(position, at: RecordLayout.positionOffset)
                record.storeLittleEndian(streamVersion, at: RecordLayout.streamVersionOffset)
                record.storeLittleEndian(recordedAt.microsecondsSinceEpoch, at: RecordLayout.recordedAtOffset)
                record.storeLittleEndian(event.occurredAt.microsecondsSinceEpoch, at: RecordLayout.occurredAtOffset)
                record.storeLittleEndian(event.schemaVersion, at: RecordLayout.schemaVersionOffset)
                record.storeLittleEndian(fields.flags, at: RecordLayout.flagsOffset)
                record.storeBytes(of: eventID.high.bigEndian, toByteOffset: RecordLayout.eventIDOffset, as: UInt64.self)
                record.storeBytes(
                    of: eventID.low.bigEndian, toByteOffset: RecordLayout.eventIDOffset + 8, as: UInt64.self)
                var offset = RecordLayout.variableFieldsOffset
                func put(_ bytes: UnsafeRawBufferPointer, prefix: Int) {
                    if prefix == 2 {
                        record.storeLittleEndian(UInt16(bytes.count), at: offset)
                    } else {
                        record.storeLittleEndian(UInt32(bytes.count), at: offset)
                    }
                    offset += prefix
                    if bytes.count > 0 {
                        (record + offset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
                    }
                    offset += bytes.count
                }
                fields.stream.withUnsafeBytes { put($0, prefix: 2) }
                fields.commandID.withUnsafeBytes { put($0, prefix: 2) }
                put(UnsafeRawBufferPointer(typeBytes), prefix: 2)
                fields.actor.withUnsafeBytes { put($0, prefix: 2) }
                fields.onBehalfOf?.withUnsafeBytes { put($0, prefix: 2) }
                fields.correlationID?.withUnsafeBytes { put($0, prefix: 2) }
                fields.causationID?.withUnsafeBytes { put($0, prefix: 2) }
                event.payload.withUnsafeBytes { put($0, prefix: 4) }
                let body = UnsafeRawBufferPointer(
                    start: record + RecordLayout.checkedOffset, count: offset - RecordLayout.checkedOffset)
                let hash = SHA256.chainHash(previous: previous, body: body)
                hash.copy(to: record + offset)
                let crc = CRC32C.checksum(
                    UnsafeRawBufferPointer(
                        start: record + RecordLayout.checkedOffset, count: length - RecordLayout.checkedOffset))
                record.storeLittleEndian(crc, at: RecordLayout.crcOffset)
                return hash
            }
        }
    }
}
