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

    /// The one-pass check of a sound name (``AppendRequest/checkName(_:_:)``) accepts and refuses
    /// exactly what a scalar-by-scalar reading does, with the same code and the same first
    /// control character: lengths around a word and around 255 bytes, multi-byte characters
    /// across the 255-byte limit, C0 and C1 controls (U+0085, U+009F split across two words)
    /// at every offset, and U+00A0, which is not a control.
    @Test func theNameCheckAgreesWithAScalarByScalarReading() {
        var names: [String] = []
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 254, 255, 256] {
            names.append(String(repeating: "x", count: length))
        }
        for (wide, bytes) in [("é", 2), ("€", 3), ("😀", 4)] {
            for total in [255, 256, 257] {
                names.append(String(repeating: "x", count: total - bytes) + wide)
                names.append(wide + String(repeating: "x", count: total - bytes))
            }
        }
        for length in [1, 2, 7, 8, 9, 12, 15, 16, 17, 24, 254, 255, 256] {
            let offsets = Set([0, 1, 6, 7, 8, 9, 14, 15, 16, length / 2, length - 2, length - 1])
            for offset in offsets where offset >= 0 && offset < length {
                for scalar: UInt32 in [0x00, 0x09, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xC2, 0x2028] {
                    var scalars = Array(repeating: Unicode.Scalar("a"), count: length)
                    scalars[offset] = Unicode.Scalar(scalar)!
                    names.append(String(String.UnicodeScalarView(scalars)))
                }
            }
        }
        for name in names {
            let expected: (StoreError.Code, UInt32?)? =
                if name.utf8.isEmpty {
                    (.invalidArgument, nil)
                } else if name.utf8.count > EventLogLimits.maximumNameBytes {
                    (.tooLarge, nil)
                } else if let control = name.unicodeScalars.first(where: {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                }) {
                    (.invalidArgument, control.value)
                } else {
                    nil
                }
            let described = name.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            do {
                try AppendRequest.checkName(name, "stream name")
                #expect(expected == nil, "accepted: \(described)")
            } catch {
                #expect(error.code == expected?.0, "\(error.message): \(described)")
                if let control = expected?.1 {
                    let code = String(control, radix: 16, uppercase: true)
                    #expect(error.message.hasSuffix("U+" + String(repeating: "0", count: 4 - code.count) + code))
                }
            }
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
