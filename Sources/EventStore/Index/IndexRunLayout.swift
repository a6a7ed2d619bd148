/// The byte layout of an index checkpoint run file (FORMAT.md, "Index checkpoint").
///
/// ```
/// header, 128 bytes:
/// 0   8   magic 89 45 49 58 0D 0A 1A 0A ("\x89EIX\r\n\x1A\n")
/// 8   u16 format version (1)      10  u16 header length (128)     12  u32 reserved
/// 16  u64 first position F        24  u64 last position L (N = L − F + 1 events)
/// 32  32  chain hash of the record at L
/// 64  u64 stream count S          72  u64 command count C         80  u64 name bytes B
/// 88  u64 file length             96  u64 filter blocks K         104 20 bytes reserved (zero)
/// 124 u32 CRC32C of bytes [0, 124) then [128, file length)
/// sections, each padded with zeros to a multiple of 8 bytes:
/// offsets    N × u32   offset of record F + i in its segment
/// streams    S × 24    hash u64, name offset u32, name length u32, first index u32, count u32,
///                      sorted by (hash, name bytes)
/// commands   C × u64   (key u32 << 32) | (first position − F) u32, sorted ascending
/// filter     K × 64    blocked Bloom filter of the command keys (see `CommandFilter`)
/// positions  N × 8     for each stream's events, stream after stream, in order: position − F
///                      u32, then the offset of that record in its segment u32
/// names      B bytes   the stream names' UTF-8
/// ```
enum IndexRunLayout {
    static let magic: [UInt8] = [0x89, 0x45, 0x49, 0x58, 0x0D, 0x0A, 0x1A, 0x0A]
    static let formatVersion: UInt16 = 1
    static let headerLength = 128
    static let crcOffset = 124
    static let streamEntryLength = 24
    static let directoryName = "index"

    static func aligned(_ count: Int) -> Int { (count + 7) & ~7 }

    /// Where each section starts, given the counts.
    struct Sections: Equatable {
        var offsets: Int
        var streams: Int
        var commands: Int
        var filter: Int
        var positions: Int
        var names: Int
        var fileLength: Int

        init(events: Int, streams streamCount: Int, commands commandCount: Int, filterBlocks: Int, nameBytes: Int) {
            offsets = IndexRunLayout.headerLength
            streams = offsets + IndexRunLayout.aligned(4 * events)
            commands = streams + IndexRunLayout.streamEntryLength * streamCount
            filter = commands + 8 * commandCount
            positions = filter + CommandFilter.blockLength * filterBlocks
            names = positions + 8 * events
            fileLength = names + IndexRunLayout.aligned(nameBytes)
        }
    }

    /// Writes the 128-byte header, its reserved bytes zero and its CRC left for ``storeCRC(in:)``.
    static func storeHeader(
        at base: UnsafeMutableRawPointer, first: UInt64, last: UInt64, chainHash: Digest, streams: Int,
        commands: Int, nameBytes: Int, filterBlocks: Int, sections: Sections
    ) {
        base.initializeMemory(as: UInt8.self, repeating: 0, count: headerLength)
        magic.withUnsafeBytes { base.copyMemory(from: $0.baseAddress!, byteCount: 8) }
        base.storeLittleEndian(formatVersion, at: 8)
        base.storeLittleEndian(UInt16(headerLength), at: 10)
        base.storeLittleEndian(first, at: 16)
        base.storeLittleEndian(last, at: 24)
        chainHash.copy(to: base + 32)
        base.storeLittleEndian(UInt64(streams), at: 64)
        base.storeLittleEndian(UInt64(commands), at: 72)
        base.storeLittleEndian(UInt64(nameBytes), at: 80)
        base.storeLittleEndian(UInt64(sections.fileLength), at: 88)
        base.storeLittleEndian(UInt64(filterBlocks), at: 96)
    }

    /// Stores the CRC32C of a whole run file's bytes (header but the CRC field, then the rest).
    static func storeCRC(in file: UnsafeMutableRawBufferPointer) {
        let whole = UnsafeRawBufferPointer(file)
        var crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: whole[0..<crcOffset]))
        crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: whole[headerLength...]), continuing: crc)
        file.baseAddress!.storeLittleEndian(crc, at: crcOffset)
    }

    /// `index-<first, 20 digits>-<last, 20 digits>.eig`.
    static func fileName(first: UInt64, last: UInt64) -> String {
        func padded(_ value: UInt64) -> String {
            let digits = String(value)
            return String(repeating: "0", count: 20 - digits.count) + digits
        }
        return "index-\(padded(first))-\(padded(last)).eig"
    }

    /// The positions a run file name announces, or `nil` for other names.
    static func range(ofFileName name: String) -> ClosedRange<UInt64>? {
        guard name.hasPrefix("index-"), name.hasSuffix(".eig"), name.utf8.count == 6 + 20 + 1 + 20 + 4 else {
            return nil
        }
        let body = Array(name.utf8)
        guard body[26] == UInt8(ascii: "-") else { return nil }
        guard let first = UInt64(String(decoding: body[6..<26], as: UTF8.self)),
            let last = UInt64(String(decoding: body[27..<47], as: UTF8.self)), first >= 1, first <= last
        else { return nil }
        return first...last
    }
}
