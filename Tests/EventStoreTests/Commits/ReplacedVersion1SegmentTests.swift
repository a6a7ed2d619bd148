import Foundation
import Testing

@testable import EventStore

/// An empty format 1 last segment is replaced by a format 2 file of the same name at the first
/// append (``EventLog/replaceEmptyVersion1Segment()``). Logs opened before that still map the
/// old file: they must find the new one, or a writer would append over the first one's records.
struct ReplacedVersion1SegmentTests {
    /// Given a v1 store whose last segment is empty and two writers open on it / when the first
    /// appends (replacing the segment) and then the second / then both commands are in the log,
    /// the second after the first, and the log verifies.
    @Test(arguments: [0, 4096])
    func aSecondWriterAppendsAfterTheRecordsOfTheReplacement(preallocated: Int) throws {
        let root = try TemporaryDirectory()
        let directory = try Self.storeWithEmptyVersion1LastSegment(in: root, preallocated: preallocated)
        let first = try EventLog.open(at: directory, mode: .write, options: .testing)
        let second = try EventLog.open(at: directory, mode: .write, options: .testing)

        #expect(try first.append(Controls.request(command: "from-first")).positions == 27...27)
        #expect(try second.append(Controls.request(command: "from-second")).positions == 28...28)

        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        #expect(try reader.result(ofCommand: "from-first")?.positions == 27...27)
        #expect(try reader.result(ofCommand: "from-second")?.positions == 28...28)
        #expect(reader.verify().isSound)
    }

    /// Given a reader opened on a v1 store whose last segment is empty / when a writer appends
    /// (replacing the segment) / then the reader's refresh sees the new records.
    @Test(arguments: [0, 4096])
    func aReaderOpenedBeforeTheReplacementSeesTheNewRecords(preallocated: Int) throws {
        let root = try TemporaryDirectory()
        let directory = try Self.storeWithEmptyVersion1LastSegment(in: root, preallocated: preallocated)
        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        #expect(reader.head.position == 26)
        let writer = try EventLog.open(at: directory, mode: .write, options: .testing)
        let events = (1...3).map { Controls.event(payload: #"{"step":\#($0)}"#) }
        _ = try writer.append(Controls.request("dossier-P5-0031", command: "three", events: events))

        try reader.refresh()
        #expect(reader.head.position == 29)
        #expect(reader.head.chainHash == writer.head.chainHash)
        #expect(try reader.events(inStream: "dossier-P5-0031").count == 3)
        #expect(try reader.event(at: 29).commandID == "three")
    }

    /// The v1 fixture with an empty format 1 segment after it (a format 1 rollover no append
    /// filled), with `preallocated` zeros after its header; returns the store's directory.
    static func storeWithEmptyVersion1LastSegment(in root: TemporaryDirectory, preallocated: Int) throws -> String {
        let directory = root.path + "/store"
        try FileManager.default.copyItem(atPath: CommitBoundaryTests.fixture, toPath: directory)
        let head = try EventLog.open(at: directory, mode: .read, options: .testing).head
        #expect(head.position == 26)
        let empty = directory + "/" + SegmentName.make(firstPosition: 27)
        let header = SegmentHeader(firstPosition: 27, previousChainHash: head.chainHash, version: 1).encoded
        #expect(
            FileManager.default.createFile(
                atPath: empty, contents: Data(header + [UInt8](repeating: 0, count: preallocated))))
        return directory
    }
}
