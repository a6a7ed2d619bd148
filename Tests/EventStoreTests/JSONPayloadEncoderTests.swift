import EventStore
import Foundation
import Testing

/// The payload encoder: sorted compact output, round trips through both decoders, errors.
struct JSONPayloadEncoderTests {
    typealias Fixtures = JSONFixtures

    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONPayloadEncoder().encode(value), as: UTF8.self)
    }

    static var nested: Fixtures.Nested {
        get throws {
            var decoder = JSONPayloadDecoder()
            return try decoder.decode(Fixtures.Nested.self, from: Array(Fixtures.nested.utf8))
        }
    }

    @Test func outputIsCompactWithKeysSortedByUTF8() throws {
        struct Sample: Encodable {
            let zeta = 1
            let alpha = "a/b"
            let Beta = [true]
            let état: String? = nil
            let mentor: String? = "M"
        }
        #expect(try Self.text(Sample()) == #"{"Beta":[true],"alpha":"a/b","mentor":"M","zeta":1}"#)
    }

    @Test func nestedPayloadsRoundTripThroughOurDecoderAndFoundations() throws {
        let value = try Self.nested
        let bytes = try JSONPayloadEncoder().encode(value)
        var decoder = JSONPayloadDecoder()
        #expect(try decoder.decode(Fixtures.Nested.self, from: bytes) == value)
        #expect(try JSONDecoder().decode(Fixtures.Nested.self, from: Data(bytes)) == value)
    }

    @Test func flatPayloadsRoundTripAtTheNumericEdges() throws {
        var decoder = JSONPayloadDecoder()
        let value = try decoder.decode(Fixtures.Flat.self, from: Array(Fixtures.flat.utf8))
        let bytes = try JSONPayloadEncoder().encode(value)
        #expect(try decoder.decode(Fixtures.Flat.self, from: bytes) == value)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""big":-9223372036854775808"#))
        #expect(text.contains(#""unsigned":18446744073709551615"#))
        #expect(text.contains(#""single":0.1"#))
    }

    @Test func matchesFoundationsSortedOutputOnTypesWithoutFractions() throws {
        struct Event: Codable {
            let dossier: Fixtures.DossierID
            let status: Fixtures.Status
            let scores: [String: Int]
            let profiles: [String]
            let note: String
        }
        let event = Event(
            dossier: Fixtures.DossierID("P5-0007"), status: .submitted, scores: ["b": 2, "a": 1],
            profiles: ["dev", "design"], note: "l'équipe \"data\"\n\t/"
        )
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try JSONPayloadEncoder().encode(event) == Array(try foundation.encode(event)))
    }

    @Test func enumsWithAssociatedValuesAndSuperEncodersEncodeLikeFoundation() throws {
        let decision = Fixtures.Decision.refused(motivation: "hors champ", final: true)
        #expect(try Self.text(decision) == #"{"refused":{"final":true,"motivation":"hors champ"}}"#)
        #expect(try Self.text(Fixtures.Decision.withdrawn) == #"{"withdrawn":{}}"#)
        #expect(try Self.text(Fixtures.Derived(base: 3, extra: "e")) == #"{"extra":"e","super":{"base":3}}"#)
    }

    @Test func topLevelScalarsAndOptionals() throws {
        #expect(try Self.text("x") == #""x""#)
        #expect(try Self.text(Optional<Int>.none) == "null")
        #expect(try Self.text([1.5, 2]) == "[1.5,2]")
        #expect(try Self.text(Fixtures.DossierID("D-1")) == #""D-1""#)
    }

    @Test func nonFiniteNumbersAreRefusedWithTheirPath() throws {
        struct Score: Encodable { let value: Double }
        struct Sheet: Encodable { let scores: [Score] }
        do {
            _ = try JSONPayloadEncoder().encode(Sheet(scores: [Score(value: 1), Score(value: .nan)]))
            Issue.record("encoded NaN")
        } catch EncodingError.invalidValue(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["scores", "Index 1", "value"])
        }
        #expect(throws: EncodingError.self) { try JSONPayloadEncoder().encode(Float.infinity) }
    }

    @Test func aValueThatEncodesNothingIsRefused() {
        struct Silent: Encodable { func encode(to encoder: any Encoder) throws {} }
        #expect(throws: EncodingError.self) { try JSONPayloadEncoder().encode(Silent()) }
    }

    @Test func theLastOfTwoValuesForOneKeyWins() throws {
        struct Twice: Encodable {
            enum Keys: String, CodingKey { case a }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(1, forKey: .a)
                try container.encode(2, forKey: .a)
            }
        }
        #expect(try Self.text(Twice()) == #"{"a":2}"#)
    }
}
