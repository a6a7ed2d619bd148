import EventStore
import Programme
import Testing

@testable import Projections

/// The fast decoder reads every event as the domain's codec does, leaves to the domain what
/// it is not sure of, and is never more lenient than the domain.
struct EventDecoderTests {
    /// Decodes one payload as if it were a record of `stream`.
    static func decode(
        _ decoder: inout EventDecoder, type: String, version: UInt16, stream: String, payload: [UInt8]
    ) throws -> DecodedEvent? {
        let type = Array(type.utf8)
        let stream = Array(stream.utf8)
        return try type.withUnsafeBytes { type in
            try stream.withUnsafeBytes { stream in
                try payload.withUnsafeBytes { payload in
                    try decoder.decode(
                        type: type, schemaVersion: version, stream: stream, payload: payload,
                        context: Controls.context(7))
                }
            }
        }
    }

    @Test func everyEventTypeReadsAsTheDomainReadsIt() throws {
        var decoder = EventDecoder()
        for event in Controls.everyEvent {
            let decoded = try Self.decode(
                &decoder, type: event.typeName, version: event.schemaVersion, stream: event.stream.name,
                payload: event.encodedPayload())
            #expect(decoded?.event == ProjectionEvent(event), "\(event.typeName)")
            #expect(decoded?.edition == event.edition, "\(event.typeName)")
            #expect(decoded?.context.position == 7)
        }
        // Only the edition's opening and its announcement are left to the domain; forms
        // (drafts, amendments, imports) and a text with an escape take the tape; the rest is
        // matched in its canonical form.
        #expect(decoder.slowPathCount == 2)
        #expect(decoder.canonicalCount == Controls.everyEvent.count - 6)
    }

    @Test func theFastDecoderReadsTheDomainsCurrentVersions() {
        #expect(Set(EventKind.allCases.map(\.rawValue)) == Set(ProgrammeEvent.typeNames.keys))
        for kind in EventKind.allCases {
            #expect(ProgrammeEvent.typeNames[kind.rawValue] == kind.fastVersion, "\(kind.rawValue)")
        }
    }

    @Test func everyProfileIsReadByItsNameAndNothingElseIs() {
        for profile in Profile.allCases {
            let name = Array(profile.rawValue.utf8)
            #expect(name.withUnsafeBytes { EventDecoder.profile(named: $0) } == profile)
            for other in [name.dropLast(), name + [UInt8(ascii: "s")], [UInt8(ascii: "x")] + name.dropFirst()] {
                #expect(Array(other).withUnsafeBytes { EventDecoder.profile(named: $0) } == nil)
            }
        }
        #expect([UInt8]().withUnsafeBytes { EventDecoder.profile(named: $0) } == nil)
    }

    @Test func everyTypeNameIsFoundAndNoOtherName() {
        func kind(_ name: [UInt8]) -> EventKind? { name.withUnsafeBytes { EventKind(typeBytes: $0) } }
        for expected in EventKind.allCases {
            let name = Array(expected.rawValue.utf8)
            #expect(kind(name) == expected)
            #expect(kind(Array(name.dropLast())) == nil)
            #expect(kind(name + [UInt8(ascii: "s")]) == nil)
            for position in name.indices {
                var changed = name
                changed[position] ^= 0x20
                #expect(kind(changed) == nil, "\(String(decoding: changed, as: UTF8.self))")
            }
        }
        #expect(kind([]) == nil)
        #expect(kind(Array("$seal".utf8)) == nil)
    }

    /// A free text is skipped up to its closing quote: a control character, a backslash or
    /// malformed UTF-8 anywhere in it stops the scan.
    @Test func freeTextsStopAtTheirQuoteAndRefuseWhatNeedsTheGeneralPath() {
        func scans(_ text: [UInt8]) -> Bool {
            (text + [UInt8(ascii: "\""), UInt8(ascii: "}")]).withUnsafeBytes { bytes in
                var scan = CanonicalScanner(bytes)
                scan.text()
                scan.expect("}")
                return scan.isComplete
            }
        }
        for length in 0..<20 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(scans(plain))
            #expect(scans(plain + Array("é€😀 ~".utf8) + plain))
            for position in 0..<length {
                for bad: UInt8 in [0x00, 0x1F, 0x0A, UInt8(ascii: "\\"), 0x80, 0xC0, 0xFF] {
                    var text = plain
                    text[position] = bad
                    #expect(!scans(text), "byte \(bad) at \(position) of \(length)")
                }
                var quoted = plain
                quoted[position] = UInt8(ascii: "\"")
                #expect(!scans(quoted), "a quote at \(position) of \(length) ends the text early")
            }
        }
    }

    @Test func aVersion1EvaluationIsReadThroughTheDomainsUpcaster() throws {
        var decoder = EventDecoder()
        let payload =
            #"{"dossier":"P5-003","favourable":true,"juror":"person-juror","rank":1,"replacesEarlier":false,"scores":[4,3,4,3,2]}"#
        let decoded = try Self.decode(
            &decoder, type: "DossierEvaluated", version: 1, stream: "dossier-P5-003", payload: Array(payload.utf8))
        #expect(
            decoded?.event
                == .dossierEvaluated(
                    Controls.dossier, JurorScores(juror: "person-juror", scores: CriterionScores(Controls.scores))))
        #expect(decoder.slowPathCount == 1)
    }

    @Test func anEventWhosePayloadNamesAnotherStreamIsNotFolded() throws {
        var decoder = EventDecoder()
        let event = ProgrammeEvent.dossierSubmitted(DossierSubmitted(dossier: Controls.dossier))
        let decoded = try Self.decode(
            &decoder, type: event.typeName, version: 1, stream: "dossier-P5-004", payload: event.encodedPayload())
        #expect(decoded == nil)
        let opened = Controls.opened()
        #expect(
            try Self.decode(
                &decoder, type: opened.typeName, version: 1, stream: "edition-6", payload: opened.encodedPayload())
                == nil)
    }

    @Test func eventsOfOtherPartsOfEigAreSkipped() throws {
        var decoder = EventDecoder()
        #expect(
            try Self.decode(
                &decoder, type: "LogSealed", version: 1, stream: "seals", payload: Array(#"{"hash":"00"}"#.utf8))
                == nil)
    }

    @Test(arguments: [
        ("DossierSubmitted", UInt16(1), #"{"dossier":"P5-3"}"#),
        ("DossierSubmitted", UInt16(3), #"{"dossier":"P5-003"}"#),
        ("CandidatureApplied", UInt16(1), #"{"candidature":"C5-0042","person":"person-candidate","profile":"chef"}"#),
        ("DossierEvaluated", UInt16(2), #"{"dossier":"P5-003"#),
    ])
    func anEventTheDomainCannotReadIsReportedWithItsPosition(type: String, version: UInt16, payload: String) {
        var decoder = EventDecoder()
        #expect {
            _ = try Self.decode(
                &decoder, type: type, version: version, stream: "dossier-P5-003", payload: Array(payload.utf8))
        } throws: { error in
            let error = error as? ProjectionError
            return error?.code == .unreadableEvent && error?.position == 7 && error?.message.contains(type) == true
        }
    }

    /// Every fixture, with each member removed, given a value of every other kind, or its
    /// ids and people altered: whenever the fast path accepts a payload, the domain accepts it
    /// too and reads the same event.
    @Test func theFastPathIsNeverMoreLenientThanTheDomain() throws {
        var checked = 0
        var canonical = 0
        for event in Controls.everyEvent {
            let payload = String(decoding: event.encodedPayload(), as: UTF8.self)
            for variant in PayloadMutations.variants(of: payload) {
                var decoder = EventDecoder()
                let bytes = Array(variant.utf8)
                let fast = try? Self.decode(
                    &decoder, type: event.typeName, version: event.schemaVersion, stream: event.stream.name,
                    payload: bytes)
                guard decoder.slowPathCount == 0, let fast else { continue }
                checked += 1
                canonical += decoder.canonicalCount
                let domain = try? ProgrammeEvent.decode(
                    type: event.typeName, schemaVersion: event.schemaVersion, payload: bytes)
                #expect(domain.map(ProjectionEvent.init) == fast.event, "\(event.typeName): \(variant)")
            }
        }
        #expect(checked > 100)
        #expect(canonical > 50)
    }
}
