/// Encodes records in the layout of ``RecordLayout``, computing each record's chain hash from
/// the previous one and its CRC32C last (the CRC covers the hash).
struct RecordEncoder {
    /// The encoded fields shared by the events of one command, encoded once per command: the
    /// length-prefixed stream and command id (which come before the type in a record), then the
    /// actor and the optional ids (which come after it).
    struct CommandFields {
        /// The fields' bytes are `bytes[..<count]`; the storage only grows, so that one value
        /// reused for a batch's commands allocates once.
        private(set) var bytes: [UInt8]
        private(set) var count: Int
        /// Where the type goes: `bytes[..<split]` before it, `bytes[split..<count]` after it.
        private(set) var split: Int
        private(set) var flags: UInt16

        /// No command's fields yet: ``set(stream:metadata:)`` or ``set(_:)`` gives them.
        init() {
            bytes = []
            count = 0
            split = 0
            flags = 0
        }

        init(stream: String, metadata: CommandMetadata) {
            self.init()
            set(stream: stream, metadata: metadata)
        }

        /// The length of the fields of a command on `stream` with `metadata`, without encoding them.
        static func byteCount(stream: String, metadata: CommandMetadata) -> Int {
            withUnsafePointer(to: stream) { stream in
                withUnsafePointer(to: metadata) { metadata in byteCount(stream: stream, metadata: metadata) }
            }
        }

        /// ``byteCount(stream:metadata:)`` of a request's fields, read in place.
        static func byteCount(_ request: UnsafePointer<AppendRequest>) -> Int {
            byteCount(stream: request.pointer(to: \.stream)!, metadata: request.pointer(to: \.metadata)!)
        }

        /// ``byteCount(stream:metadata:)`` of fields read in place.
        @inline(__always)
        static func byteCount(stream: UnsafePointer<String>, metadata: UnsafePointer<CommandMetadata>) -> Int {
            6 + stream.pointee.utf8.count + metadata.pointee.commandID.utf8.count + metadata.pointee.actor.utf8.count
                + (metadata.pointee.onBehalfOf.map { 2 + $0.utf8.count } ?? 0)
                + (metadata.pointee.correlationID.map { 2 + $0.utf8.count } ?? 0)
                + (metadata.pointee.causationID.map { 2 + $0.utf8.count } ?? 0)
        }

        /// ``set(stream:metadata:)`` with the request's fields read in place: passing
        /// `requests[number].metadata` copied the metadata (five strings) and destroyed the copy.
        mutating func set(_ request: UnsafePointer<AppendRequest>) {
            set(stream: request.pointer(to: \.stream)!, metadata: request.pointer(to: \.metadata)!)
        }

        mutating func set(stream: String, metadata: CommandMetadata) {
            withUnsafePointer(to: stream) { stream in
                withUnsafePointer(to: metadata) { metadata in set(stream: stream, metadata: metadata) }
            }
        }

        /// Encodes a command's fields, read in place.
        private mutating func set(stream: UnsafePointer<String>, metadata: UnsafePointer<CommandMetadata>) {
            flags = 0
            if metadata.pointee.onBehalfOf != nil { flags |= RecordLayout.onBehalfOfFlag }
            if metadata.pointee.correlationID != nil { flags |= RecordLayout.correlationIDFlag }
            if metadata.pointee.causationID != nil { flags |= RecordLayout.causationIDFlag }
            count = Self.byteCount(stream: stream, metadata: metadata)
            if bytes.count < count { bytes.append(contentsOf: repeatElement(0, count: max(count, 256) - bytes.count)) }
            split = bytes.withUnsafeMutableBytes { storage in
                let base = storage.baseAddress!
                var offset = 0
                Self.put(stream.pointee, at: base, &offset)
                Self.put(metadata.pointee.commandID, at: base, &offset)
                let split = offset
                Self.put(metadata.pointee.actor, at: base, &offset)
                if let onBehalfOf = metadata.pointee.onBehalfOf { Self.put(onBehalfOf, at: base, &offset) }
                if let correlationID = metadata.pointee.correlationID { Self.put(correlationID, at: base, &offset) }
                if let causationID = metadata.pointee.causationID { Self.put(causationID, at: base, &offset) }
                return split
            }
        }

        /// Writes `text` length-prefixed at `base + offset` (which has room: ``set`` sized it).
        @inline(__always)
        private static func put(_ text: String, at base: UnsafeMutableRawPointer, _ offset: inout Int) {
            var text = text
            let count = text.utf8.count
            base.storeLittleEndian(UInt16(count), at: offset)
            text.withUTF8 { utf8 in
                if count > 0 { (base + offset + 2).copyMemory(from: utf8.baseAddress!, byteCount: count) }
            }
            offset += 2 + count
        }
    }

    /// The length of the record `event` makes with `fields`.
    static func length(of event: ProposedEvent, typeBytes: Int, fields: CommandFields) -> Int {
        length(fieldBytes: fields.count, typeBytes: typeBytes, payloadBytes: event.payload.count)
    }

    /// The length of a record whose command's fields (``CommandFields``), type and payload
    /// have these lengths.
    static func length(fieldBytes: Int, typeBytes: Int, payloadBytes: Int) -> Int {
        RecordLayout.variableFieldsOffset + fieldBytes + 2 + typeBytes + 4 + payloadBytes + RecordLayout.chainHashLength
    }

    /// Appends one record to `buffer` and returns its chain hash; `commitEnd` marks the last
    /// record of an append (flag bit 3).
    static func append(
        to buffer: inout RecordBuffer, position: UInt64, streamVersion: UInt64, recordedAt: Timestamp,
        event: borrowing ProposedEvent, eventID: EventID, fields: borrowing CommandFields, previous: Digest,
        commitEnd: Bool = false
    ) -> Digest {
        var type = event.type
        return type.withUTF8 { typeBytes in
            let length = length(of: event, typeBytes: typeBytes.count, fields: fields)
            return buffer.append(length: length) { record in
                withUnsafePointer(to: event) { event in
                    fill(
                        record, length: length, position: position, streamVersion: streamVersion,
                        recordedAt: recordedAt, event: event, type: typeBytes, eventID: eventID, fields: fields,
                        commitEnd: commitEnd)
                }
                return seal(record, length: length, previous: previous)
            }
        }
    }

    /// Writes every byte of a record of `length` bytes (``length(of:typeBytes:fields:)``) at
    /// `record` but its chain hash and CRC, which ``seal(_:length:previous:)`` adds. The event
    /// is read in place: passed as `events[offset]`, it was copied and destroyed per event.
    static func fill(
        _ record: UnsafeMutableRawPointer, length: Int, position: UInt64, streamVersion: UInt64,
        recordedAt: Timestamp, event: UnsafePointer<ProposedEvent>, type typeBytes: UnsafeBufferPointer<UInt8>,
        eventID: EventID, fields: borrowing CommandFields, commitEnd: Bool
    ) {
        record.storeLittleEndian(UInt32(length), at: RecordLayout.lengthOffset)
        record.storeLittleEndian(position, at: RecordLayout.positionOffset)
        record.storeLittleEndian(streamVersion, at: RecordLayout.streamVersionOffset)
        record.storeLittleEndian(recordedAt.microsecondsSinceEpoch, at: RecordLayout.recordedAtOffset)
        record.storeLittleEndian(event.pointee.occurredAt.microsecondsSinceEpoch, at: RecordLayout.occurredAtOffset)
        record.storeLittleEndian(event.pointee.schemaVersion, at: RecordLayout.schemaVersionOffset)
        record.storeLittleEndian(
            fields.flags | (commitEnd ? RecordLayout.commitEndFlag : 0), at: RecordLayout.flagsOffset)
        record.storeBytes(of: eventID.high.bigEndian, toByteOffset: RecordLayout.eventIDOffset, as: UInt64.self)
        record.storeBytes(of: eventID.low.bigEndian, toByteOffset: RecordLayout.eventIDOffset + 8, as: UInt64.self)
        var offset = RecordLayout.variableFieldsOffset
        fields.bytes.withUnsafeBytes { shared in
            (record + offset).copyMemory(from: shared.baseAddress!, byteCount: fields.split)
            offset += fields.split
            record.storeLittleEndian(UInt16(typeBytes.count), at: offset)
            (record + offset + 2).copyMemory(from: typeBytes.baseAddress!, byteCount: typeBytes.count)
            offset += 2 + typeBytes.count
            let after = fields.count - fields.split
            (record + offset).copyMemory(from: shared.baseAddress! + fields.split, byteCount: after)
            offset += after
        }
        record.storeLittleEndian(UInt32(event.pointee.payload.count), at: offset)
        offset += 4
        event.pointee.payload.withUnsafeBytes { payload in
            if payload.count > 0 { (record + offset).copyMemory(from: payload.baseAddress!, byteCount: payload.count) }
        }
        precondition(
            offset + event.pointee.payload.count + RecordLayout.chainHashLength == length, "a record fills its length")
    }

    /// Adds the chain hash (of `previous` and the record's checked bytes before it) and then the
    /// CRC (of the checked bytes, the hash included) to the record ``fill`` wrote; returns the hash.
    static func seal(_ record: UnsafeMutableRawPointer, length: Int, previous: Digest) -> Digest {
        let hashOffset = length - RecordLayout.chainHashLength
        let body = UnsafeRawBufferPointer(
            start: record + RecordLayout.checkedOffset, count: hashOffset - RecordLayout.checkedOffset)
        let hash = SHA256.chainHash(previous: previous, body: body)
        hash.copy(to: record + hashOffset)
        let crc = CRC32C.checksum(
            UnsafeRawBufferPointer(
                start: record + RecordLayout.checkedOffset, count: length - RecordLayout.checkedOffset))
        record.storeLittleEndian(crc, at: RecordLayout.crcOffset)
        return hash
    }
}
