/// Where a checked record's variable fields are: found once while the record is validated,
/// so that reading a field afterwards is a pointer and a length.
struct RecordFields {
    /// The record's total length in bytes.
    var length: Int
    var stream: FieldRange
    var commandID: FieldRange
    var type: FieldRange
    var actor: FieldRange
    var onBehalfOf: FieldRange
    var correlationID: FieldRange
    var causationID: FieldRange
    var payload: FieldRange

    /// A field's bytes inside the record: `count < 0` when an optional field is absent.
    struct FieldRange {
        var start: Int32
        var count: Int32
        static let absent = FieldRange(start: 0, count: -1)
        var isPresent: Bool { count >= 0 }
    }

    /// Checks the record at `base` (CRC, length, field structure) given the bytes available after
    /// it; does not check its position or chain hash, which need context.
    ///
    /// `verifyingChecksum` is false only for a record whose CRC a ``ReadAheadChecker`` verified.
    @inline(__always)
    static func check(_ base: UnsafeRawPointer, available: Int, verifyingChecksum: Bool = true) -> RecordCheck {
        guard available >= 4 else {
            for index in 0..<available where base.load(fromByteOffset: index, as: UInt8.self) != 0 {
                return .invalid(.truncated(needed: 4, available: available))
            }
            return .zeroLength
        }
        let length32 = base.loadLittleEndian(UInt32.self, at: RecordLayout.lengthOffset)
        if length32 == 0 { return .zeroLength }
        let length = Int(length32)
        guard length >= RecordLayout.minimumLength, length <= RecordLayout.maximumLength else {
            return .invalid(.badLength(length32))
        }
        guard length <= available else { return .invalid(.truncated(needed: length, available: available)) }
        if verifyingChecksum {
            let stored = base.loadLittleEndian(UInt32.self, at: RecordLayout.crcOffset)
            let computed = CRC32C.checksum(
                UnsafeRawBufferPointer(
                    start: base + RecordLayout.checkedOffset, count: length - RecordLayout.checkedOffset))
            guard stored == computed else { return .invalid(.badChecksum) }
        }
        return parseFields(base, length: length)
    }

    /// Walks the length-prefixed fields of a record whose CRC matched.
    @inline(__always)
    static func parseFields(_ base: UnsafeRawPointer, length: Int) -> RecordCheck {
        let flags = base.loadLittleEndian(UInt16.self, at: RecordLayout.flagsOffset)
        guard flags & ~RecordLayout.knownFlags == 0 else { return .invalid(.unknownFlags(flags)) }
        let end = length - RecordLayout.chainHashLength
        var offset = RecordLayout.variableFieldsOffset
        guard let stream = name(base, at: &offset, end: end), let commandID = name(base, at: &offset, end: end),
            let type = name(base, at: &offset, end: end), let actor = name(base, at: &offset, end: end)
        else { return .invalid(.badFields) }
        var onBehalfOf = FieldRange.absent
        var correlationID = FieldRange.absent
        var causationID = FieldRange.absent
        if flags & RecordLayout.onBehalfOfFlag != 0 {
            guard let field = name(base, at: &offset, end: end) else { return .invalid(.badFields) }
            onBehalfOf = field
        }
        if flags & RecordLayout.correlationIDFlag != 0 {
            guard let field = name(base, at: &offset, end: end) else { return .invalid(.badFields) }
            correlationID = field
        }
        if flags & RecordLayout.causationIDFlag != 0 {
            guard let field = name(base, at: &offset, end: end) else { return .invalid(.badFields) }
            causationID = field
        }
        guard offset + 4 <= end else { return .invalid(.badFields) }
        let payloadCount = Int(base.loadLittleEndian(UInt32.self, at: offset))
        guard payloadCount <= EventLogLimits.maximumPayloadBytes, offset + 4 + payloadCount == end else {
            return .invalid(.badFields)
        }
        return .valid(
            RecordFields(
                length: length, stream: stream, commandID: commandID, type: type, actor: actor,
                onBehalfOf: onBehalfOf, correlationID: correlationID, causationID: causationID,
                payload: FieldRange(start: Int32(offset + 4), count: Int32(payloadCount))))
    }

    /// The name field (1 to 255 bytes after a `u16` length) at `offset`, which moves past it.
    ///
    /// A static function with an `inout` offset rather than a nested function capturing it: a
    /// captured variable costs a dynamic exclusivity check on every access, a tenth of a replay.
    @inline(__always)
    private static func name(_ base: UnsafeRawPointer, at offset: inout Int, end: Int) -> FieldRange? {
        guard offset + 2 <= end else { return nil }
        let count = Int(base.loadLittleEndian(UInt16.self, at: offset))
        guard count <= EventLogLimits.maximumNameBytes, count > 0, offset + 2 + count <= end else { return nil }
        let field = FieldRange(start: Int32(offset + 2), count: Int32(count))
        offset += 2 + count
        return field
    }
}

/// The outcome of checking the bytes where a record should start.
enum RecordCheck {
    case valid(RecordFields)
    /// A zero length field: free space (the segment's end) if every later byte is zero too.
    case zeroLength
    case invalid(RecordDefect)
}

/// What is wrong with the bytes where a record should be, in words for an operator.
enum RecordDefect: Error, Equatable, CustomStringConvertible {
    case truncated(needed: Int, available: Int)
    case badLength(UInt32)
    case badChecksum
    case unknownFlags(UInt16)
    case badFields
    case wrongPosition(expected: UInt64, found: UInt64)
    case wrongChainHash
    case recordedAtDecreases

    var description: String {
        switch self {
        case .truncated(let needed, let available):
            "the record is cut short (\(needed) bytes announced, \(available) present)"
        case .badLength(let length): "the record length \(length) is impossible"
        case .badChecksum: "the record's CRC32C does not match its bytes"
        case .unknownFlags(let flags): "the record has unknown flags 0x\(String(flags, radix: 16))"
        case .badFields: "the record's field lengths do not add up"
        case .wrongPosition(let expected, let found): "expected position \(expected), found \(found)"
        case .wrongChainHash: "the chain hash does not match the previous record's"
        case .recordedAtDecreases: "recorded-at goes back in time"
        }
    }
}
