/// The byte layout of a record (FORMAT.md, "Record"): little-endian, no padding.
///
/// ```
/// 0   u32  length of the whole record, this field and the chain hash included
/// 4   u32  CRC32C of bytes [8, length)
/// 8   u64  position            16  u64  stream version
/// 24  i64  recorded-at (µs)    32  i64  occurred-at (µs)
/// 40  u16  schema version      42  u16  flags (bit 0 on-behalf-of, 1 correlation, 2 causation)
/// 44  16   event id
/// 60  u16+bytes stream, command id, type, actor, [on-behalf-of], [correlation], [causation]
/// ..  u32+bytes payload
/// ..  32   chain hash = SHA-256(previous chain hash ‖ bytes [8, length − 32))
/// ```
enum RecordLayout {
    static let lengthOffset = 0
    static let crcOffset = 4
    static let positionOffset = 8
    static let streamVersionOffset = 16
    static let recordedAtOffset = 24
    static let occurredAtOffset = 32
    static let schemaVersionOffset = 40
    static let flagsOffset = 42
    static let eventIDOffset = 44
    static let variableFieldsOffset = 60
    static let chainHashLength = 32
    /// The bytes the CRC covers start here (everything after the CRC).
    static let checkedOffset = 8

    static let onBehalfOfFlag: UInt16 = 1 << 0
    static let correlationIDFlag: UInt16 = 1 << 1
    static let causationIDFlag: UInt16 = 1 << 2
    static let knownFlags: UInt16 = onBehalfOfFlag | correlationIDFlag | causationIDFlag

    /// Fixed part, four one-byte-or-more required names, the payload length and the hash.
    static let minimumLength = variableFieldsOffset + 4 * (2 + 1) + 4 + chainHashLength
    static let maximumLength =
        variableFieldsOffset + 7 * (2 + EventLogLimits.maximumNameBytes) + 4 + EventLogLimits.maximumPayloadBytes
        + chainHashLength
}
