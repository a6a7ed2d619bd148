import EventStore
import Foundation

/// Edits of a store's segment files, as a careless disk or a forger would make them.
enum LogSurgery {
    static let headerLength = 64

    static func segmentPath(_ directory: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix("segment-") && $0.hasSuffix(".eig") }.sorted()
        guard names.count == 1 else { throw POSIXError(.EINVAL) }
        return directory + "/" + names[0]
    }

    /// The offset and length of every record of the (only) segment, in position order.
    static func records(_ bytes: [UInt8]) -> [(offset: Int, length: Int)] {
        var records: [(Int, Int)] = []
        var offset = headerLength
        while offset + 4 <= bytes.count {
            let length = (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
            if length == 0 { break }
            records.append((offset, length))
            offset += length
        }
        return records
    }

    /// Flips one byte of the payload of the record at `position`.
    static func flipPayloadByte(_ directory: String, position: Int) throws {
        let path = try segmentPath(directory)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let record = records(bytes)[position - 1]
        bytes[record.offset + record.length - 40] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Flips one byte of the record at `position`, then recomputes the CRC32C and the chain
    /// hash of it and of every record after it: a forgery that every checksum agrees with.
    static func forge(_ directory: String, position: Int) throws {
        let path = try segmentPath(directory)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let all = records(bytes)
        bytes[all[position - 1].offset + all[position - 1].length - 40] ^= 0x01
        var previous =
            position == 1
            ? Digest.zero
            : Digest(
                bytes: Array(
                    bytes[
                        all[position - 2].offset + all[position - 2].length - 32..<all[position - 2].offset
                            + all[position - 2].length]))
        for record in all[(position - 1)...] {
            let end = record.offset + record.length
            let chain = SHA256.hash(previous.bytes + bytes[(record.offset + 8)..<(end - 32)])
            bytes.replaceSubrange((end - 32)..<end, with: chain.bytes)
            let crc = CRC32C.checksum(bytes[(record.offset + 8)..<end])
            bytes.replaceSubrange(
                (record.offset + 4)..<(record.offset + 8),
                with: (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * $0)) })
            previous = chain
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
