/// A checked record, read in place from the mapped segment: the zero-copy fast path for replay.
///
/// A view is only valid inside the `forEachRecord` closure that received it (it points into
/// the log's memory mapping); it is noncopyable so it cannot be stored by accident. The byte
/// accessors return buffers with the same lifetime: copy what you keep (`recordedEvent`,
/// `String(decoding:as:)`, `Array(...)`).
///
/// ```swift
/// try log.forEachRecord(from: 1) { record in
///     if record.hasType("DossierSubmitted") { count += 1 }
/// }
/// ```
public struct RecordView: ~Copyable {
    let base: UnsafeRawPointer
    let fields: RecordFields

    init(base: UnsafeRawPointer, fields: RecordFields) {
        self.base = base
        self.fields = fields
    }

    public var position: UInt64 { base.loadLittleEndian(UInt64.self, at: RecordLayout.positionOffset) }
    public var streamVersion: UInt64 { base.loadLittleEndian(UInt64.self, at: RecordLayout.streamVersionOffset) }
    public var recordedAt: Timestamp {
        Timestamp(microsecondsSinceEpoch: base.loadLittleEndian(Int64.self, at: RecordLayout.recordedAtOffset))
    }
    public var occurredAt: Timestamp {
        Timestamp(microsecondsSinceEpoch: base.loadLittleEndian(Int64.self, at: RecordLayout.occurredAtOffset))
    }
    public var schemaVersion: UInt16 { base.loadLittleEndian(UInt16.self, at: RecordLayout.schemaVersionOffset) }
    public var eventID: EventID {
        EventID(
            high: UInt64(bigEndian: base.loadUnaligned(fromByteOffset: RecordLayout.eventIDOffset, as: UInt64.self)),
            low: UInt64(bigEndian: base.loadUnaligned(fromByteOffset: RecordLayout.eventIDOffset + 8, as: UInt64.self)))
    }

    /// The whole record as stored (length, CRC, fields, chain hash).
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: fields.length) }
    public var streamBytes: UnsafeRawBufferPointer { slice(fields.stream) }
    public var commandIDBytes: UnsafeRawBufferPointer { slice(fields.commandID) }
    public var typeBytes: UnsafeRawBufferPointer { slice(fields.type) }
    public var actorBytes: UnsafeRawBufferPointer { slice(fields.actor) }
    public var onBehalfOfBytes: UnsafeRawBufferPointer? { optionalSlice(fields.onBehalfOf) }
    public var correlationIDBytes: UnsafeRawBufferPointer? { optionalSlice(fields.correlationID) }
    public var causationIDBytes: UnsafeRawBufferPointer? { optionalSlice(fields.causationID) }
    public var payloadBytes: UnsafeRawBufferPointer { slice(fields.payload) }
    public var chainHashBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + fields.length - RecordLayout.chainHashLength, count: 32)
    }

    public var stream: String { String(decoding: streamBytes, as: UTF8.self) }
    public var commandID: String { String(decoding: commandIDBytes, as: UTF8.self) }
    public var type: String { String(decoding: typeBytes, as: UTF8.self) }
    public var chainHash: Digest { Digest(copying: chainHashBytes) }

    /// Whether the event's type is `name`, without allocating.
    public func hasType(_ name: String) -> Bool { Self.equal(typeBytes, name) }
    /// Whether the event belongs to `stream`, without allocating.
    public func isInStream(_ stream: String) -> Bool { Self.equal(streamBytes, stream) }
    /// Whether the event was written by command `commandID`, without allocating.
    func hasCommandID(_ commandID: String) -> Bool { Self.equal(commandIDBytes, commandID) }

    /// A copy of the whole event.
    public var recordedEvent: RecordedEvent { recordedEvent(stream: stream) }

    /// A copy of the whole event, reusing `stream` (which the caller knows is the record's) for
    /// its stream name instead of decoding it again.
    func recordedEvent(stream: String) -> RecordedEvent {
        RecordedEvent(
            position: position, stream: stream, streamVersion: streamVersion, eventID: eventID,
            commandID: commandID, type: type, schemaVersion: schemaVersion, recordedAt: recordedAt,
            occurredAt: occurredAt, actor: String(decoding: actorBytes, as: UTF8.self),
            onBehalfOf: onBehalfOfBytes.map { String(decoding: $0, as: UTF8.self) },
            correlationID: correlationIDBytes.map { String(decoding: $0, as: UTF8.self) },
            causationID: causationIDBytes.map { String(decoding: $0, as: UTF8.self) },
            payload: Array(payloadBytes), chainHash: chainHash)
    }

    @inline(__always)
    private func slice(_ range: RecordFields.FieldRange) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + Int(range.start), count: Int(range.count))
    }

    private func optionalSlice(_ range: RecordFields.FieldRange) -> UnsafeRawBufferPointer? {
        range.isPresent ? slice(range) : nil
    }

    static func equal(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == bytes.count
                && (utf8.count == 0 || memcmpEqual(bytes.baseAddress!, utf8.baseAddress!, utf8.count))
        }
    }
}

/// Byte equality of two buffers (no Foundation, no libc import in the public file).
@inline(__always)
func memcmpEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
    var index = 0
    while index + 8 <= count {
        if a.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            != b.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        {
            return false
        }
        index += 8
    }
    while index < count {
        if a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) {
            return false
        }
        index += 1
    }
    return true
}
