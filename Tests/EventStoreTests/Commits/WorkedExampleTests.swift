import Foundation
import Testing

@testable import EventStore

/// FORMAT.md §5.4's hex dump is what the real encoder writes, byte for byte.
struct WorkedExampleTests {
    @Test func theWorkedExampleIsWhatTheEncoderWrites() throws {
        let format = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("EventLog/FORMAT.md")
        let text = try String(contentsOf: format, encoding: .utf8)
        var documented = [UInt8](repeating: 0, count: 0x100)
        var end = 0
        for line in text.split(separator: "\n") where line.count > 10 && line.dropFirst(8).hasPrefix(": ") {
            guard let address = Int(line.prefix(8), radix: 16), address < 0x100 else { continue }
            let hex = line.dropFirst(10).prefix(40).filter { $0 != " " }
            var index = hex.startIndex
            var offset = address
            while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
                documented[offset] = UInt8(hex[index..<next], radix: 16)!
                offset += 1
                index = next
            }
            end = max(end, offset)
        }
        var expected = SegmentHeader(firstPosition: 1, previousChainHash: .zero).encoded
        _ = RecordEncoder.append(
            to: &expected, position: 1, streamVersion: 1,
            recordedAt: Timestamp(iso8601: "2021-05-04T18:00:00.123456Z")!,
            event: ProposedEvent(
                type: "DossierSubmitted", schemaVersion: 1, occurredAt: Timestamp(iso8601: "2021-03-01T10:00:00Z")!,
                payload: Array(#"{"title":"x"}"#.utf8)),
            eventID: EventID(uuidString: "1b4e28ba-2fa1-41d2-883f-0016d3cca427")!,
            fields: RecordEncoder.CommandFields(
                stream: "dossier-P5-0007",
                metadata: CommandMetadata(commandID: "c1", actor: "alice", correlationID: "import")),
            previous: .zero, commitEnd: true)
        #expect(end == expected.count)
        #expect(Array(documented[..<end]) == expected)
    }
}
