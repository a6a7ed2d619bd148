import Foundation
import Testing

@testable import EventStore

/// Where commits may end: never across segments; an empty format 1 segment is replaced.
struct CommitBoundaryTests {
    /// A format 2 segment whose last record is not a commit end, followed by another segment,
    /// is corruption (a commit never spans segments): `verify` says so, a writer refuses the
    /// log, a reader stops at the last commit end before it.
    @Test func anUnfinishedCommitBeforeAnotherSegmentIsCorruption() throws {
        let store = try TemporaryStore(
            options: .testing.with {
                $0.segmentSize = 4096; $0.preallocationChunk = 1024
            })
        let three = (1...3).map { Controls.event(payload: #"{"step":\#($0)}"#) }
        var number = 0
        while store.log.head.segments == 1 {
            number += 1
            _ = try store.log.append(Controls.request("s-\(number % 3)", command: "c-\(number)", events: three))
        }
        let first = try store.segmentPaths[0]
        let offsets = try FileSurgery.recordOffsets(first)
        try rewriteFlags(first, at: offsets[offsets.count - 1], previous: offsets[offsets.count - 2]) {
            $0 &= ~UInt8(RecordLayout.commitEndFlag)
        }
        let lastPosition = UInt64(offsets.count)

        let report = try store.open(.read).verify()
        #expect(report.problem?.kind == .record)
        #expect(report.problem?.position == lastPosition - 2)
        #expect(report.problem?.what.contains("another segment follows") == true)
        #expect(try store.open(.read).head.position == lastPosition - 3)
        let error = #expect(throws: StoreError.self) { try store.open(.write) }
        #expect(error?.code == .corrupted)
    }

    /// An empty format 1 last segment (a format 1 rollover no append filled) is replaced by a
    /// format 2 one of the same name before the first append writes into it.
    @Test func anEmptyVersion1LastSegmentIsReplacedByAVersion2One() throws {
        let root = try TemporaryDirectory()
        let directory = root.path + "/store"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: directory)
        let head = try EventLog.open(at: directory, mode: .read, options: .testing).head
        let empty = directory + "/" + SegmentName.make(firstPosition: 27)
        let header = SegmentHeader(firstPosition: 27, previousChainHash: head.chainHash, version: 1).encoded
        #expect(
            FileManager.default.createFile(atPath: empty, contents: Data(header + [UInt8](repeating: 0, count: 512))))
        #expect(try EventLog.open(at: directory, mode: .read, options: .testing).verify().isSound)

        let writer = try EventLog.open(at: directory, mode: .write, options: .testing)
        #expect(try writer.append(Controls.request(command: "into-empty")).positions == 27...27)
        let paths = try FileSurgery.segmentPaths(in: directory)
        #expect(paths.count == 3)
        #expect(try FileSurgery.bytes(empty)[8] == 2)
        #expect(try FileSurgery.recordOffsets(empty).count == 1)
        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        #expect(reader.verify().isSound)
        #expect(try reader.event(at: 27).commandID == "into-empty")
    }

    /// Flag bit 3 in a format 1 segment is an unknown flag, judged like any bad record: on the
    /// log's last record, a torn tail for `verify` as for the writer (which cuts it); with a
    /// valid record after it, corruption for both. Readers stop before it.
    @Test(arguments: [true, false])
    func theCommitEndFlagInAVersion1SegmentIsRefused(onTheLastRecord: Bool) throws {
        let root = try TemporaryDirectory()
        let directory = root.path + "/store"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: directory)
        let second = try FileSurgery.segmentPaths(in: directory)[1]
        let offsets = try FileSurgery.recordOffsets(second)
        let changed = onTheLastRecord ? offsets.count - 1 : offsets.count - 2
        try rewriteFlags(second, at: offsets[changed], previous: offsets[changed - 1]) {
            $0 |= UInt8(RecordLayout.commitEndFlag)
        }
        let position = UInt64(22 + changed)
        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        #expect(reader.head.position == position - 1)
        let report = reader.verify()
        let found = onTheLastRecord ? report.tornTail : report.problem
        #expect(found?.kind == .record)
        #expect(found?.position == position)
        #expect(report.isSound == onTheLastRecord)
        if onTheLastRecord {
            #expect(try EventLog.open(at: directory, mode: .write, options: .testing).head.position == position - 1)
            #expect(FileSurgery.quarantinePaths(in: directory).count == 1)
        } else {
            let error = #expect(throws: StoreError.self) {
                try EventLog.open(at: directory, mode: .write, options: .testing)
            }
            #expect(error?.code == .corrupted)
        }
    }

    /// A commit whose last record ends exactly at the segment size stays in its segment; the
    /// next append starts the next segment, and a reader open all along reads across both.
    @Test func aCommitThatExactlyFillsASegmentStaysInIt() throws {
        let store = try TemporaryStore(
            options: .testing.with {
                $0.segmentSize = 4096; $0.preallocationChunk = 1024
            })
        let reader = try store.open(.read)
        _ = try store.log.append(Controls.request(command: "first", events: [Controls.event(payload: "{}")]))
        let path = try store.segmentPaths[0]
        let end = try FileSurgery.endOfRecords(path)
        // A record's length beyond its payload, for a five-byte command id like "first"'s.
        let overhead = end - SegmentHeader.length - 2
        let second = 4096 - end - 2 * overhead - 400
        let events = [400, second].map { Controls.event(payload: "\"" + String(repeating: "x", count: $0 - 2) + "\"") }
        _ = try store.log.append(Controls.request(command: "fills", events: events))
        #expect(try FileSurgery.endOfRecords(path) == 4096)
        #expect(try store.segmentPaths.count == 1)
        try reader.refresh()
        #expect(reader.head.position == 3)

        #expect(try store.log.append(Controls.request(command: "next")).positions == 4...4)
        #expect(try store.segmentPaths.count == 2)
        try reader.refresh()
        #expect(reader.head.position == 4)
        #expect(try reader.event(at: 4).commandID == "next")
        #expect(store.log.verify().isSound)
    }

    static var fixture: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/v1-store").path
    }

    /// Changes the low byte of the flags of the record at `offset` and makes its chain hash and
    /// CRC right again (from the record at `previous`): a whole record with other flags.
    private func rewriteFlags(_ path: String, at offset: Int, previous: Int, _ change: (inout UInt8) -> Void) throws {
        var bytes = try FileSurgery.bytes(path)
        func length(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 }
        let end = offset + length(offset)
        change(&bytes[offset + RecordLayout.flagsOffset])
        let previousHash = Digest(
            bytes: Array(bytes[(previous + length(previous) - 32)..<(previous + length(previous))]))
        let hash = bytes.withUnsafeBytes { all in
            SHA256.chainHash(
                previous: previousHash, body: UnsafeRawBufferPointer(rebasing: all[(offset + 8)..<(end - 32)]))
        }
        bytes.replaceSubrange((end - 32)..<end, with: hash.bytes)
        let crc = CRC32C.checksum(bytes[(offset + 8)..<end])
        bytes.replaceSubrange((offset + 4)..<(offset + 8), with: withUnsafeBytes(of: crc.littleEndian) { Array($0) })
        try FileSurgery.write(path, Array(bytes[offset..<end]), at: offset)
    }
}
