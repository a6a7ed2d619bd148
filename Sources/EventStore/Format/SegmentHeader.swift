/// The 64-byte header at the start of every segment file (FORMAT.md, "Segment header").
///
/// ```
/// 0   8   magic 89 45 49 47 0D 0A 1A 0A  ("\x89EIG\r\n\x1A\n")
/// 8   u16 format version (2; 1 is read)  10  u16 header length (64)
/// 12  u32 reserved, zero                 16  u64 first position
/// 24  32  previous chain hash (of the record before this segment's first)
/// 56  u32 reserved, zero                 60  u32 CRC32C of bytes [0, 60)
/// ```
/// The magic's high-bit first byte and CR LF catch text-mode transfers and truncations; the
/// previous chain hash lets a segment be verified on its own.
struct SegmentHeader: Equatable {
    static let magic: [UInt8] = [0x89, 0x45, 0x49, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The version writers write: 2, whose records mark the last record of each commit.
    static let formatVersion: UInt16 = 2
    /// The versions readers accept. In a version 1 segment (written before commit ends were
    /// marked) every record counts as the end of its commit.
    static let readableVersions: ClosedRange<UInt16> = 1...2
    static let length = 64

    var firstPosition: UInt64
    var previousChainHash: Digest
    var version: UInt16 = SegmentHeader.formatVersion

    /// The header's 64 bytes.
    var encoded: [UInt8] {
        var bytes = SegmentHeader.magic
        bytes.appendLittleEndian(version)
        bytes.appendLittleEndian(UInt16(SegmentHeader.length))
        bytes.appendLittleEndian(UInt32(0))
        bytes.appendLittleEndian(firstPosition)
        bytes.append(contentsOf: previousChainHash.bytes)
        bytes.appendLittleEndian(UInt32(0))
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        return bytes
    }

    /// Reads a header, or says what is wrong with it in words for an operator.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<SegmentHeader, HeaderProblem> {
        guard bytes.count >= length else { return .failure(.truncated(bytes.count)) }
        guard bytes.prefix(8).elementsEqual(magic) else {
            return .failure(bytes.prefix(length).allSatisfy { $0 == 0 } ? .zeros : .badMagic)
        }
        let version = bytes.loadLittleEndian(UInt16.self, at: 8)
        guard readableVersions.contains(version) else { return .failure(.unsupportedVersion(version)) }
        let headerLength = bytes.loadLittleEndian(UInt16.self, at: 10)
        guard Int(headerLength) == length else { return .failure(.badLength(headerLength)) }
        let stored = bytes.loadLittleEndian(UInt32.self, at: 60)
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<60])) == stored else {
            return .failure(.badChecksum)
        }
        let first = bytes.loadLittleEndian(UInt64.self, at: 16)
        let previous = Digest(copying: UnsafeRawBufferPointer(rebasing: bytes[24..<56]))
        return .success(SegmentHeader(firstPosition: first, previousChainHash: previous, version: version))
    }

    enum HeaderProblem: Error, Equatable, CustomStringConvertible {
        case truncated(Int)
        case zeros
        case badMagic
        case unsupportedVersion(UInt16)
        case badLength(UInt16)
        case badChecksum

        var description: String {
            switch self {
            case .truncated(let count): "the segment header is truncated (\(count) of 64 bytes)"
            case .zeros: "the segment header is all zeros (an interrupted rollover?)"
            case .badMagic: "the file does not start with the eig segment magic"
            case .unsupportedVersion(let version):
                "the segment is in format version \(version); this eig reads versions 1 and 2"
            case .badLength(let length): "the segment header claims \(length) bytes instead of 64"
            case .badChecksum: "the segment header's CRC32C does not match"
            }
        }
    }
}
