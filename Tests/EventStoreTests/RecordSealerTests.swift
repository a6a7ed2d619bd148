import Testing

@testable import EventStore

/// Given records filled in one buffer / when a ``RecordSealer`` seals them on its thread as they
/// are published, however the publications fall / then the bytes and the last chain hash are
/// those of sealing each record in place right after filling it.
struct RecordSealerTests {
    /// `count` records of varied lengths: their starts, lengths and fields, and the buffer size.
    private func layout(_ count: Int, random: inout SeededRandom) -> (starts: [Int], lengths: [Int], total: Int) {
        var starts: [Int] = []
        var lengths: [Int] = []
        var total = 0
        for number in 0..<count {
            let length = RecordEncoder.length(
                fieldBytes: RecordEncoder.CommandFields.byteCount(stream: stream(number), metadata: metadata(number)),
                typeBytes: 1 + number % 7, payloadBytes: Int.random(in: 0...600, using: &random))
            starts.append(total)
            lengths.append(length)
            total += length
        }
        return (starts, lengths, total)
    }

    private func stream(_ number: Int) -> String { "dossier-\(number % 13)" }
    private func metadata(_ number: Int) -> CommandMetadata {
        CommandMetadata(commandID: "c-\(number)", actor: "alice", correlationID: number % 2 == 0 ? "x" : nil)
    }

    /// Fills record `number` at `base` (its payload as long as its layout says).
    private func fill(_ base: UnsafeMutableRawPointer, _ number: Int, starts: [Int], lengths: [Int]) {
        let fields = RecordEncoder.CommandFields(stream: stream(number), metadata: metadata(number))
        let type = String(repeating: "T", count: 1 + number % 7)
        let payloadBytes =
            lengths[number]
            - RecordEncoder.length(fieldBytes: fields.count, typeBytes: type.utf8.count, payloadBytes: 0)
        let event = ProposedEvent(
            type: type, occurredAt: Timestamp(microsecondsSinceEpoch: Int64(number)),
            payload: (0..<payloadBytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ number) })
        var typeText = type
        typeText.withUTF8 { typeBytes in
            withUnsafePointer(to: event) { event in
                RecordEncoder.fill(
                    base + starts[number], length: lengths[number], position: UInt64(number + 1),
                    streamVersion: UInt64(number / 13 + 1), recordedAt: Timestamp(microsecondsSinceEpoch: 7),
                    event: event, type: typeBytes, eventID: EventID(high: UInt64(number), low: 42), fields: fields,
                    commitEnd: number == starts.count - 1)
            }
        }
    }

    @Test(arguments: [1, 2, 3])
    func sealingOnTheSealerThreadGivesTheBytesOfSealingInPlace(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let count = 700
        let (starts, lengths, total) = layout(count, random: &random)
        let previous = Digest(bytes: [UInt8](repeating: 9, count: 32))

        var inPlace = [UInt8](repeating: 0xEE, count: total)
        var expectedHash = previous
        inPlace.withUnsafeMutableBytes { buffer in
            for number in 0..<count {
                fill(buffer.baseAddress!, number, starts: starts, lengths: lengths)
                expectedHash = RecordEncoder.seal(
                    buffer.baseAddress! + starts[number], length: lengths[number], previous: expectedHash)
            }
        }

        var sealed = [UInt8](repeating: 0xEE, count: total)
        let hash = sealed.withUnsafeMutableBytes { buffer in
            let sealer = RecordSealer(
                .init(base: buffer.baseAddress!, starts: starts, lengths: lengths), previous: previous)
            var published = 0
            for number in 0..<count {
                fill(buffer.baseAddress!, number, starts: starts, lengths: lengths)
                if Int.random(in: 0..<8, using: &random) == 0 || number - published > 50 {
                    sealer.publish(filled: number + 1)
                    published = number + 1
                }
            }
            sealer.publish(filled: count)
            return sealer.finish()
        }
        #expect(hash == expectedHash)
        #expect(sealed == inPlace)
    }
}
