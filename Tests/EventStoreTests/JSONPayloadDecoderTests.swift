import EventStore
import Foundation
import Testing

/// The tape decoder against Foundation's JSONDecoder: same values, same errors and paths.
struct JSONPayloadDecoderTests {
    typealias Fixtures = JSONFixtures

    static func ours<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        var decoder = JSONPayloadDecoder()
        return try decoder.decode(type, from: Array(text.utf8))
    }

    static func foundation<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    @Test func flatStructsDecodeLikeFoundation() throws {
        let value = try Self.ours(Fixtures.Flat.self, Fixtures.flat)
        #expect(value == (try Self.foundation(Fixtures.Flat.self, Fixtures.flat)))
        #expect(value.big == .min && value.unsigned == .max && value.count == 255 && value.single == 0.1)
        #expect(value.mentor == nil)
    }

    @Test func nestedTypesTypedIdsEnumsDictionariesAndOptionalsDecodeLikeFoundation() throws {
        let value = try Self.ours(Fixtures.Nested.self, Fixtures.nested)
        #expect(value == (try Self.foundation(Fixtures.Nested.self, Fixtures.nested)))
        #expect(value.tags == ["a", "été", "😀"])
        #expect(value.decision == .refused(motivation: "hors champ", final: true))
        #expect(value.idsByKey["x"] == Fixtures.DossierID("D-1"))
    }

    @Test func keysMayComeInAnyOrder() throws {
        let text = #"{"city":"Lyon","name":"X"}"#
        #expect(try Self.ours(Fixtures.Host.self, text) == Fixtures.Host(name: "X", city: "Lyon"))
    }

    @Test func superDecoderReadsTheSuperKey() throws {
        let text = #"{"extra":"e","super":{"base":3}}"#
        let value = try Self.ours(Fixtures.Derived.self, text)
        #expect(value.base == 3 && value.extra == "e")
    }

    @Test(arguments: ["\"x\"", "12", "true", "[1,2]", "{\"a\":[true]}", "null", "-0.5"])
    func topLevelScalarsAndCollectionsDecode(text: String) throws {
        switch text.first {
        case "\"": #expect(try Self.ours(String.self, text) == "x")
        case "1": #expect(try Self.ours(Int.self, text) == 12)
        case "t": #expect(try Self.ours(Bool.self, text))
        case "[": #expect(try Self.ours([UInt8].self, text) == [1, 2])
        case "{": #expect(try Self.ours([String: [Bool]].self, text) == ["a": [true]])
        case "n": #expect(try Self.ours(String?.self, text) == nil)
        default: #expect(try Self.ours(Double.self, text) == -0.5)
        }
    }

    /// A decoding error's case and coding path, to compare with Foundation's.
    static func shape(of error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a DecodingError: \(error)" }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "keyNotFound(\(key.stringValue)) at [\(path(context))]"
        case .typeMismatch(_, let context): return "typeMismatch at [\(path(context))]"
        case .valueNotFound(_, let context): return "valueNotFound at [\(path(context))]"
        case .dataCorrupted(let context): return "dataCorrupted at [\(path(context))]"
        @unknown default: return "unknown"
        }
    }

    static func errorShape<T: Decodable>(_ type: T.Type, _ text: String, foundation: Bool) -> String {
        do {
            _ = foundation ? try Self.foundation(type, text) : try Self.ours(type, text)
            return "no error"
        } catch {
            return shape(of: error)
        }
    }

    static func replacing(_ field: String, with value: String, in text: String) -> String {
        text.replacingOccurrences(of: field, with: value)
    }

    @Test(arguments: [
        (#""score":17,"#, "", "keyNotFound(score) at []"),
        (#""score":17"#, #""score":"17""#, "typeMismatch at [score]"),
        (#""status":"submitted""#, #""status":null"#, "valueNotFound at [status]"),
        (#""count":255"#, #""count":256"#, "dataCorrupted at [count]"),
        (#""count":255"#, #""count":-1"#, "dataCorrupted at [count]"),
        (#""small":-32768"#, #""small":-32769"#, "dataCorrupted at [small]"),
        (#""open":true"#, #""open":1"#, "typeMismatch at [open]"),
        (#""ratio":0.75"#, #""ratio":"0.75""#, "typeMismatch at [ratio]"),
        (#""mentor":null"#, #""mentor":5"#, "typeMismatch at [mentor]"),
        (#""id":"P5-0007""#, #""id":{}"#, "typeMismatch at [id]"),
        (#""id":"P5-0007""#, #""id":[]"#, "typeMismatch at [id]"),
    ])
    func flatErrorsMatchFoundation(field: String, replacement: String, expected: String) {
        let text = Self.replacing(field, with: replacement, in: Fixtures.flat)
        #expect(Self.errorShape(Fixtures.Flat.self, text, foundation: false) == expected)
        #expect(Self.errorShape(Fixtures.Flat.self, text, foundation: true) == Self.foundationShape(expected))
    }

    /// Foundation reports numbers out of a type's range with an empty coding path; ours names
    /// the field, which is the one deliberate difference.
    static func foundationShape(_ expected: String) -> String {
        expected.hasPrefix("dataCorrupted") && !expected.hasSuffix("[status]") && !expected.hasSuffix("[level]")
            ? "dataCorrupted at []" : expected
    }

    @Test(arguments: [
        (#"{"name":"B","city":null}"#, #"{"city":null}"#, "keyNotFound(name) at [hosts.Index 1]"),
        (#""status":"accepted""#, #""status":"bogus""#, "dataCorrupted at [status]"),
        (#""level":4"#, #""level":2"#, "dataCorrupted at [level]"),
        (#""id":"D-42""#, #""id":42"#, "typeMismatch at [id]"),
        (#""x":"D-1""#, #""x":1"#, "typeMismatch at [idsByKey.x]"),
        (#"[1.5,-2]"#, #"[1.5,"a"]"#, "typeMismatch at [matrix.Index 0.Index 1]"),
        (#""dev":2"#, #""dev":2.5"#, "dataCorrupted at [byProfile.dev]"),
        (#""final":true"#, #""final":0"#, "typeMismatch at [decision.refused.final]"),
        (#""host":{"name":"DINUM","city":"Paris"}"#, #""host":null"#, "valueNotFound at [host]"),
        (#""host":{"name":"DINUM","city":"Paris"}"#, #""host":[]"#, "typeMismatch at [host]"),
        (#""scores":[1,2,3]"#, #""scores":{"a":1}"#, "typeMismatch at [scores]"),
        (#""maybeScores":[1,null,3]"#, #""maybeScores":[1,null,"3"]"#, "typeMismatch at [maybeScores.Index 2]"),
        (#""scores":[1,2,3]"#, #""scores":[1,null,3]"#, "valueNotFound at [scores.Index 1]"),
    ])
    func nestedErrorsNameTheSamePathAsFoundation(field: String, replacement: String, expected: String) {
        let text = Self.replacing(field, with: replacement, in: Fixtures.nested)
        #expect(Self.errorShape(Fixtures.Nested.self, text, foundation: false) == expected)
        #expect(Self.errorShape(Fixtures.Nested.self, text, foundation: true) == Self.foundationShape(expected))
    }

    @Test func integersWrittenAsFractionsOrExponentsAreRejected() {
        #expect(Self.errorShape(Int.self, "3.0", foundation: false) == "dataCorrupted at []")
        #expect(Self.errorShape(Int.self, "3e0", foundation: false) == "dataCorrupted at []")
        #expect(Self.errorShape(Double.self, "1e400", foundation: false) == "dataCorrupted at []")
        #expect(Self.errorShape(Float.self, "1e39", foundation: false) == "dataCorrupted at []")
    }

    @Test func invalidJSONIsDataCorruptedWithTheSyntaxErrorUnderneath() throws {
        do {
            _ = try Self.ours(Fixtures.Host.self, #"{"name":"a",}"#)
            Issue.record("decoded invalid JSON")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.isEmpty)
            #expect(context.underlyingError as? JSONSyntaxError == JSONSyntaxError(.unexpectedByte, at: 12))
        }
    }

    @Test func messagesUseFoundationsWording() throws {
        do {
            _ = try Self.ours(Fixtures.Host.self, #"{"city":"x"}"#)
        } catch DecodingError.keyNotFound(_, let context) {
            #expect(context.debugDescription.hasPrefix("No value associated with key"))
        }
        do {
            _ = try Self.ours(Fixtures.Host.self, #"{"name":1}"#)
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.debugDescription == "Expected to decode String but found a number instead.")
        }
    }

    @Test func aReusedDecoderDecodesManyPayloads() throws {
        var decoder = JSONPayloadDecoder()
        for index in 0..<200 {
            let text = #"{"name":"host \#(index)","city":\#(index % 2 == 0 ? "null" : "\"Lyon\"")}"#
            let host = try decoder.decode(Fixtures.Host.self, from: Array(text.utf8))
            #expect(host == Fixtures.Host(name: "host \(index)", city: index % 2 == 0 ? nil : "Lyon"))
        }
    }

    @Test func userInfoReachesTheDecodable() throws {
        struct Probe: Decodable {
            let seen: String?
            init(from decoder: any Decoder) throws {
                seen = decoder.userInfo[CodingUserInfoKey(rawValue: "tenant")!] as? String
            }
        }
        var decoder = JSONPayloadDecoder(userInfo: [CodingUserInfoKey(rawValue: "tenant")!: "eig"])
        #expect(try decoder.decode(Probe.self, from: Array("{}".utf8)).seen == "eig")
    }

    @Test func decodingFromAPeekedTapeValue() throws {
        let text = #"{"type":"HostAdded","data":{"name":"N"}}"#
        let host = try JSONTape.withRoot(of: Array(text.utf8)) { root -> Fixtures.Host? in
            guard root["type"]?.stringEquals("HostAdded") == true, let data = root["data"] else { return nil }
            return try JSONPayloadDecoder.decode(Fixtures.Host.self, from: data)
        }
        #expect(host == Fixtures.Host(name: "N", city: nil))
    }
}
