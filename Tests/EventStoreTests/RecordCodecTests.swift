import Testing

@testable import EventStore

struct RecordCodecTests {
    private func encode(
        position: UInt64 = 7, metadata: CommandMetadata = CommandMetadata(commandID: "cmd", actor: "alice"),
        event: ProposedEvent = Controls.event(), previous: Digest = .zero
    ) -> ([UInt8], Digest) {
        var buffer: [UInt8] = []
        let hash = RecordEncoder.append(
            to: &buffer, position: position, streamVersion: 3, recordedAt: Timestamp(microsecondsSinceEpoch: 42),
            event: event, eventID: EventID(high: 1, low: 2),
            fields: .init(stream: "dossier-P5-0007", metadata: metadata), previous: previous)
        return (buffer, hash)
    }

    private func check(_ bytes: [UInt8]) -> RecordCheck {
        bytes.withUnsafeBytes { RecordFields.check($0.baseAddress!, available: $0.count) }
    }

    @Test func aRecordRoundTripsThroughItsBytes() throws {
        let metadata = CommandMetadata(
            commandID: "cmd", actor: "alice", onBehalfOf: nil, correlationID: "c", causationID: nil)
        let (bytes, hash) = encode(metadata: metadata)
        guard case .valid(let fields) = check(bytes) else { Issue.record("not valid"); return }
        #expect(fields.length == bytes.count)
        let event = bytes.withUnsafeBytes { RecordView(base: $0.baseAddress!, fields: fields).recordedEvent }
        #expect(event.position == 7)
        #expect(event.streamVersion == 3)
        #expect(event.recordedAt.microsecondsSinceEpoch == 42)
        #expect(event.stream == "dossier-P5-0007")
        #expect(event.commandID == "cmd")
        #expect(event.onBehalfOf == nil)
        #expect(event.correlationID == "c")
        #expect(event.causationID == nil)
        #expect(event.eventID == EventID(high: 1, low: 2))
        #expect(event.chainHash == hash)
    }

    @Test func theLayoutIsTheDocumentedOne() {
        let (bytes, _) = encode()
        func u32(_ at: Int) -> UInt32 { bytes[at..<(at + 4)].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        #expect(Int(u32(0)) == bytes.count)
        #expect(u32(4) == CRC32C.checksum(bytes[8...]))
        #expect(bytes[8] == 7 && bytes[16] == 3 && bytes[24] == 42)
        #expect(bytes[60] == 15 && bytes[61] == 0)
        #expect(Array(bytes[62..<77]) == Array("dossier-P5-0007".utf8))
    }

    @Test func theChainHashCoversThePreviousHashAndTheRecordBody() {
        let previous = SHA256.hash(Array("before".utf8))
        let (bytes, hash) = encode(previous: previous)
        let body = Array(bytes[8..<(bytes.count - 32)])
        #expect(hash == SHA256.hash(previous.bytes + body))
        #expect(Array(bytes.suffix(32)) == hash.bytes)
        let (_, other) = encode(previous: .zero)
        #expect(other != hash)
    }

    @Test func everyFlippedByteIsDetected() {
        let (bytes, _) = encode()
        for offset in bytes.indices {
            var damaged = bytes
            damaged[offset] ^= 0x01
            if case .valid = check(damaged) { Issue.record("a flip at offset \(offset) was not detected") }
        }
    }

    @Test func zerosAreFreeSpaceAndACutRecordIsTruncated() {
        #expect(check([UInt8](repeating: 0, count: 100)).isZeroLength)
        #expect(check([0, 0]).isZeroLength)
        let (bytes, _) = encode()
        guard case .invalid(.truncated) = check(Array(bytes.dropLast(5))) else {
            Issue.record("a cut record must be reported as truncated")
            return
        }
    }

    @Test func unknownFlagsAreRefused() {
        var (bytes, _) = encode()
        bytes[43] = 0x80
        let crc = CRC32C.checksum(bytes[8...])
        bytes.replaceSubrange(4..<8, with: withUnsafeBytes(of: crc.littleEndian) { Array($0) })
        guard case .invalid(.unknownFlags) = check(bytes) else {
            Issue.record("unknown flags must be refused")
            return
        }
    }
}

struct SegmentHeaderTests {
    @Test func aHeaderRoundTrips() throws {
        let header = SegmentHeader(firstPosition: 12_345, previousChainHash: SHA256.hash([1, 2, 3]))
        let bytes = header.encoded
        #expect(bytes.count == 64)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x45, 0x49, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(bytes.withUnsafeBytes { SegmentHeader.decode($0) } == .success(header))
    }

    @Test func damagedHeadersSayWhatIsWrong() {
        let bytes = SegmentHeader(firstPosition: 1, previousChainHash: .zero).encoded
        func decode(_ bytes: [UInt8]) -> Result<SegmentHeader, SegmentHeader.HeaderProblem> {
            bytes.withUnsafeBytes { SegmentHeader.decode($0) }
        }
        #expect(decode(Array(bytes.prefix(30))) == .failure(.truncated(30)))
        #expect(decode([UInt8](repeating: 0, count: 64)) == .failure(.zeros))
        var text = bytes
        text[0] = UInt8(ascii: "E")
        #expect(decode(text) == .failure(.badMagic))
        var flipped = bytes
        flipped[20] ^= 1
        #expect(decode(flipped) == .failure(.badChecksum))
        var future = bytes
        future[8] = 3
        #expect(decode(future) == .failure(.unsupportedVersion(3)))
    }

    @Test func segmentNamesSortByPosition() {
        #expect(SegmentName.make(firstPosition: 1) == "segment-00000000000000000001.eig")
        #expect(SegmentName.firstPosition(of: "segment-00000000000000004097.eig") == 4097)
        #expect(SegmentName.firstPosition(of: "segment-4097.eig") == nil)
        #expect(SegmentName.firstPosition(of: "segment-00000000000000004097.eig.tmp") == nil)
    }
}
