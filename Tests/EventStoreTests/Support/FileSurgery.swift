import Foundation

@testable import EventStore

/// Byte-level edits of a store's files, to damage them the way disks and crashes do.
enum FileSurgery {
    static func segmentPaths(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { SegmentName.firstPosition(of: $0) != nil }.sorted().map { directory + "/" + $0 }
    }

    static func indexRunPaths(in directory: String) throws -> [String] {
        let index = directory + "/index"
        return try FileManager.default.contentsOfDirectory(atPath: index)
            .filter { IndexRunLayout.range(ofFileName: $0) != nil }.sorted().map { index + "/" + $0 }
    }

    static func quarantinePaths(in directory: String) -> [String] {
        let quarantine = directory + "/quarantine"
        return ((try? FileManager.default.contentsOfDirectory(atPath: quarantine)) ?? []).sorted().map {
            quarantine + "/" + $0
        }
    }

    /// What a quarantine file keeps of the cut `bytes`: all up to the last non-zero one, since
    /// zeros at the end cannot be told from free space (FORMAT.md §8).
    static func quarantined(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var kept = Array(bytes)
        while kept.last == 0 { kept.removeLast() }
        return kept
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ path: String, _ bytes: [UInt8], at offset: Int) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(bytes))
    }

    static func flipByte(_ path: String, at offset: Int) throws {
        let original = try bytes(path)[offset]
        try write(path, [original ^ 0x5A], at: offset)
    }

    static func truncate(_ path: String, to length: Int) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: UInt64(length))
    }

    /// The offset of each record in a segment file, found by walking the length fields.
    static func recordOffsets(_ path: String) throws -> [Int] {
        let bytes = try bytes(path)
        var offsets: [Int] = []
        var offset = SegmentHeader.length
        while offset + 4 <= bytes.count {
            let length =
                Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16
                | Int(bytes[offset + 3]) << 24
            if length == 0 { break }
            offsets.append(offset)
            offset += length
        }
        return offsets
    }

    /// The offset just after the last record of a segment file.
    static func endOfRecords(_ path: String) throws -> Int {
        let bytes = try bytes(path)
        guard let last = try recordOffsets(path).last else { return SegmentHeader.length }
        return last + (Int(bytes[last]) | Int(bytes[last + 1]) << 8 | Int(bytes[last + 2]) << 16)
    }
}
