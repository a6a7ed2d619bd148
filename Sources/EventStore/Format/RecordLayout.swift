/// The byte layout of a record (FORMAT.md, "Record"): little-endian, no padding.
///
/// ```
/// 0   u32  length of the whole record, this field and the chain hash included
/// 4   u32  CRC32C of bytes [8, length)
/// 8   u64  position            16  u64  stream version
/// 24  i64  recorded-at (µs)    32  i64  occurred-at (µs)
/// 40  u16  schema version      42  u16  flags (bit 0 on-behalf-of, 1 correlation, 2 causation,
///                                          3 last record of its commit: segment format 2 only)
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
    /// The last record of its commit (one append: a command or a batch). Segment format 2 only:
    /// in a format 1 segment every record counts as a commit end and this bit is unknown.
    static let commitEndFlag: UInt16 = 1 << 3
    /// The flags a format 1 segment's records may carry.
    static let version1Flags: UInt16 = onBehalfOfFlag | correlationIDFlag | causationIDFlag
    /// The flags a record may carry (``version1Flags`` plus ``commitEndFlag``); a reader that
    /// knows the record's segment is format 1 refuses the commit-end bit there.
    static let knownFlags: UInt16 = version1Flags | commitEndFlag

    /// Whether the checked record at `base`, in a segment of format `version`, ends its commit.
    @inline(__always)
    static func isCommitEnd(_ base: UnsafeRawPointer, segmentVersion version: UInt16) -> Bool {
        version == 1 || base.loadLittleEndian(UInt16.self, at: flagsOffset) & commitEndFlag != 0
    }

    /// Whether the checked record at `base` carries a flag its segment's format does not know
    /// (the commit-end bit in a format 1 segment).
    @inline(__always)
    static func hasUnknownFlags(_ base: UnsafeRawPointer, segmentVersion version: UInt16) -> Bool {
        version == 1 && base.loadLittleEndian(UInt16.self, at: flagsOffset) & commitEndFlag != 0
    }

    /// Fixed part, four one-byte-or-more required names, the payload length and the hash.
    static let minimumLength = variableFieldsOffset + 4 * (2 + 1) + 4 + chainHashLength
    static let maximumLength =
        variableFieldsOffset + 7 * (2 + EventLogLimits.maximumNameBytes) + 4 + EventLogLimits.maximumPayloadBytes
        + chainHashLength
}
