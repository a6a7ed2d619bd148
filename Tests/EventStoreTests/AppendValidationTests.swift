import Testing

@testable import EventStore

struct AppendValidationTests {
    @Test(arguments: [
        ("", StoreError.Code.invalidArgument),
        ("dossier\n7", .invalidArgument),
        ("dossier\u{7F}", .invalidArgument),
        ("dossier\u{85}", .invalidArgument),
        (String(repeating: "x", count: 256), .tooLarge),
        (String(repeating: "x", count: 254) + "\u{7}", .invalidArgument),
        (String(repeating: "é", count: 128), .tooLarge),
    ])
    func badStreamNamesAreRefused(stream: String, code: StoreError.Code) throws {
        let store = try TemporaryStore()
        let log = store.log
        let error = #expect(throws: StoreError.self) { try log.append(Controls.request(stream)) }
        #expect(error?.code == code)
        #expect(log.head.position == 0)
    }

    /// The longest name, 255 bytes (plain or not ASCII), is accepted.
    @Test(arguments: [String(repeating: "x", count: 255), String(repeating: "é", count: 127) + "x"])
    func aNameOf255BytesIsAccepted(stream: String) throws {
        let store = try TemporaryStore()
        #expect(stream.utf8.count == 255)
        #expect(try store.log.append(Controls.request(stream)).positions == 1...1)
        #expect(try store.log.events(inStream: stream).count == 1)
    }

    /// Names are scanned eight bytes at a time (a short one as one word padded with spaces, the
    /// last word of a long one overlapping the one before): a control character is found in any
    /// byte of a word, and as U+0080–U+009F across two words.
    @Test func controlCharactersAreFoundAtEveryOffset() {
        for length in [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 23, 40] {
            for offset in 0..<length {
                for control: UInt32 in [0x00, 0x09, 0x1F, 0x7F, 0x85, 0x9F] {
                    var scalars = Array(repeating: Unicode.Scalar("a"), count: length)
                    scalars[offset] = Unicode.Scalar(control)!
                    let name = String(String.UnicodeScalarView(scalars))
                    #expect(AppendRequest.firstControlCharacter(name) == control, "\(length) \(offset) \(control)")
                }
            }
            let clean = String(repeating: "é~ !", count: length)
            #expect(AppendRequest.firstControlCharacter(clean) == nil)
            #expect(AppendRequest.firstControlCharacter(String(repeating: "z", count: length) + "\u{A0}") == nil)
        }
    }

    @Test func badFieldsAreRefusedAndNothingIsWritten() throws {
        let store = try TemporaryStore()
        let log = store.log
        var noEvents = Controls.request()
        noEvents.events = []
        var badType = Controls.request()
        badType.events[0].type = "Dossier\tSubmitted"
        var emptyActor = Controls.request()
        emptyActor.metadata.actor = ""
        var hugePayload = Controls.request()
        hugePayload.events[0].payload = [UInt8](repeating: 32, count: EventLogLimits.maximumPayloadBytes + 1)
        var badCorrelation = Controls.request()
        badCorrelation.metadata.correlationID = "x\u{0}y"
        var badCondition = Controls.request()
        badCondition.conditions = [StreamCondition(stream: "", expected: .any)]
        for (request, code) in [
            (noEvents, StoreError.Code.invalidArgument), (badType, .invalidArgument), (emptyActor, .invalidArgument),
            (hugePayload, .tooLarge), (badCorrelation, .invalidArgument), (badCondition, .invalidArgument),
        ] {
            let error = #expect(throws: StoreError.self) { try log.append(request) }
            #expect(error?.code == code)
        }
        let error = #expect(throws: StoreError.self) { try log.append(batch: [Controls.request(), badType]) }
        #expect(error?.code == .invalidArgument)
        #expect(log.head.position == 0)
    }

    @Test func limitsAreInclusive() throws {
        let store = try TemporaryStore()
        let log = store.log
        var request = Controls.request(String(repeating: "é", count: 127) + "x")
        request.events[0].payload = [UInt8](repeating: 32, count: EventLogLimits.maximumPayloadBytes)
        #expect(try log.append(request).positions == 1...1)
        #expect(try log.event(at: 1).payload.count == EventLogLimits.maximumPayloadBytes)
    }

    @Test func aReadOnlyLogRefusesToAppend() throws {
        let store = try TemporaryStore()
        let directory = store.directory
        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        let error = #expect(throws: StoreError.self) { try reader.append(Controls.request()) }
        #expect(error?.code == .readOnly)
    }
}
