/// Encodes records in the layout of ``RecordLayout``, computing each record's chain hash from
/// the previous one and its CRC32C last (the CRC covers the hash).
struct RecordEncoder {
    /// The encoded fields shared by the events of one command, made once per command: the
    /// length-prefixed stream and command id (which come before the type in a record), then the
    /// actor and the optional ids (which come after it).
    struct CommandFields {
        var bytes: [UInt8]
        /// Where the type goes: `bytes[..<split]` before it, `bytes[split...]` after it.
        var split: Int
        var flags: UInt16

        init(stream: String, metadata: CommandMetadata) {
            var bytes: [UInt8] = []
            var flags: UInt16 = 0
            bytes.reserveCapacity(
                14 + stream.utf8.count + metadata.commandID.utf8.count + metadata.actor.utf8.count
                    + (metadata.onBehalfOf?.utf8.count ?? 0) + (metadata.correlationID?.utf8.count ?? 0)
                    + (metadata.causationID?.utf8.count ?? 0))
            func put(_ text: String) {
                bytes.appendLittleEndian(UInt16(text.utf8.count))
                bytes.append(contentsOf: text.utf8)
            }
            put(stream)
            put(metadata.commandID)
            let split = bytes.count
            put(metadata.actor)
            if let onBehalfOf = metadata.onBehalfOf {
                put(onBehalfOf)
                flags |= RecordLayout.onBehalfOfFlag
            }
            if let correlationID = metadata.correlationID {
                put(correlationID)
                flags |= RecordLayout.correlationIDFlag
            }
            if let causationID = metadata.causationID {
                put(causationID)
                flags |= RecordLayout.causationIDFlag
            }
            self.bytes = bytes
            self.split = split
            self.flags = flags
        }
    }

    /// The length of the record `event` makes with `fields`.
    static func length(of event: ProposedEvent, typeBytes: Int, fields: CommandFields) -> Int {
        RecordLayout.variableFieldsOffset + fields.bytes.count + 2 + typeBytes + 4 + event.payload.count
            + RecordLayout.chainHashLength
    }

    /// Appends one record to `buffer` and returns its chain hash; `commitEnd` marks the last
    /// record of an append (flag bit 3).
    static func append(
        to buffer: inout [UInt8], position: UInt64, streamVersion: UInt64, recordedAt: Timestamp,
        event: ProposedEvent, eventID: EventID, fields: CommandFields, previous: Digest, commitEnd: Bool = false
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
                record.storeLittleEndian(
                    fields.flags | (commitEnd ? RecordLayout.commitEndFlag : 0), at: RecordLayout.flagsOffset)
                record.storeBytes(of: eventID.high.bigEndian, toByteOffset: RecordLayout.eventIDOffset, as: UInt64.self)
                record.storeBytes(
                    of: eventID.low.bigEndian, toByteOffset: RecordLayout.eventIDOffset + 8, as: UInt64.self)
                var offset = RecordLayout.variableFieldsOffset
                fields.bytes.withUnsafeBytes { shared in
                    (record + offset).copyMemory(from: shared.baseAddress!, byteCount: fields.split)
                    offset += fields.split
                    record.storeLittleEndian(UInt16(typeBytes.count), at: offset)
                    (record + offset + 2).copyMemory(from: typeBytes.baseAddress!, byteCount: typeBytes.count)
                    offset += 2 + typeBytes.count
                    let after = shared.count - fields.split
                    (record + offset).copyMemory(from: shared.baseAddress! + fields.split, byteCount: after)
                    offset += after
                }
                record.storeLittleEndian(UInt32(event.payload.count), at: offset)
                offset += 4
                event.payload.withUnsafeBytes { payload in
                    if payload.count > 0 {
                        (record + offset).copyMemory(from: payload.baseAddress!, byteCount: payload.count)
                    }
                }
                offset += event.payload.count
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
