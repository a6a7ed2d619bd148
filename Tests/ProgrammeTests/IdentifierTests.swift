import Foundation
import Testing

@testable import Programme

struct IdentifierTests {
    @Test(arguments: ["1", "7", "42", "99", "dig", "design"])
    func goodEditionKeysParse(_ text: String) throws {
        #expect(try EditionKey(parsing: text).rawValue == text)
    }

    @Test(arguments: ["", "0", "05", "100", "DIG", "d", "5a", "-1", " 5", "dig!", "é"])
    func badEditionKeysAreRefused(_ text: String) {
        #expect(throws: InputError.self) { try EditionKey(parsing: text) }
    }

    @Test func editionKeysOrderNumbersFirstThenNames() throws {
        let keys = try ["dig", "10", "2", "1"].map(EditionKey.init(parsing:)).sorted()
        #expect(keys.map(\.rawValue) == ["1", "2", "10", "dig"])
    }

    @Test(arguments: [("P5-003", "5", 3), ("P12-999", "12", 999), ("Pdig-001", "dig", 1)])
    func goodDossierIDsParse(_ text: String, _ edition: String, _ number: Int) throws {
        let id = try DossierID(parsing: text)
        #expect(id.edition.rawValue == edition)
        #expect(id.number == number)
        #expect(id.rawValue == text)
        #expect(id.challenge.rawValue == "D" + text.dropFirst())
    }

    @Test(arguments: [
        "P5-03", "P5-0003", "P5-000", "D5-003", "p5-003", "P-003", "P05-003", "P5_003", "P5-00a", "P5-٣٣٣",
    ])
    func badDossierIDsAreRefused(_ text: String) {
        #expect(throws: InputError.self) { try DossierID(parsing: text) }
    }

    @Test func challengeIDsNameTheirDossier() throws {
        let challenge = try ChallengeID(parsing: "D5-003")
        #expect(challenge.dossier == Controls.dossier)
        #expect(challenge.edition == Controls.edition)
        #expect(throws: InputError.self) { try ChallengeID(parsing: "P5-003") }
    }

    @Test(arguments: ["C5-0042", "Cdig-0001", "C7-9999"])
    func goodCandidatureIDsParse(_ text: String) throws {
        #expect(try CandidatureID(parsing: text).rawValue == text)
    }

    @Test(arguments: ["C5-042", "C5-00042", "C5-0000", "C5-", "X5-0042"])
    func badCandidatureIDsAreRefused(_ text: String) {
        #expect(throws: InputError.self) { try CandidatureID(parsing: text) }
    }

    @Test(arguments: ["person-7f3a9c", "U-000123", "anon-D1-001-1", "a", "x.y_z"])
    func goodPersonIDsParse(_ text: String) throws {
        #expect(try PersonID(parsing: text).rawValue == text)
    }

    @Test(arguments: ["", "-lead", "jean dupont", "jean@example.org", "é", String(repeating: "a", count: 65), "a\nb"])
    func badPersonIDsAreRefused(_ text: String) {
        #expect(throws: InputError.self) { try PersonID(parsing: text) }
    }

    @Test func profilesAndCriteriaParseAndNameTheAllowedValuesWhenWrong() throws {
        #expect(try Profile(parsing: "geomatique") == .geomatique)
        #expect(try Criterion(parsing: "openness") == .openness)
        let error = #expect(throws: InputError.self) { try Profile(parsing: "juriste") }
        #expect(
            error?.message.contains("dev, design, datascience, dataengineering, geomatique, legal, product") == true)
        #expect(throws: InputError.self) { try Criterion(parsing: "Need") }
    }

    @Test func nextNumbersFollowTheHighestOfTheEdition() throws {
        let existing = try ["P5-001", "P5-007", "P4-020"].map(DossierID.init(parsing:))
        #expect(DossierID.next(in: Controls.edition, after: existing)?.rawValue == "P5-008")
        #expect(DossierID.next(in: Controls.edition, after: [])?.rawValue == "P5-001")
        let full = [DossierID(edition: Controls.edition, number: 999)]
        #expect(DossierID.next(in: Controls.edition, after: full) == nil)
        #expect(CandidatureID.next(in: Controls.edition, after: [Controls.candidature])?.rawValue == "C5-0043")
    }

    @Test func idsEncodeAsSingleJSONStringsAndValidateOnDecoding() throws {
        struct Sample: Codable, Equatable {
            let dossier: DossierID
            let person: PersonID
            let profile: Profile
        }
        let sample = Sample(dossier: Controls.dossier, person: Controls.mentor, profile: .legal)
        let json = String(decoding: try JSONEncoder().encode(sample), as: UTF8.self)
        #expect(json.contains(#""dossier":"P5-003""#))
        #expect(try JSONDecoder().decode(Sample.self, from: Data(json.utf8)) == sample)
        let bad = json.replacingOccurrences(of: "P5-003", with: "P5-3")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Sample.self, from: Data(bad.utf8)) }
    }

    @Test func streamNamesRoundTrip() throws {
        let streams: [ProgrammeStream] = [
            .edition(Controls.edition), .dossier(Controls.dossier), .candidature(Controls.candidature),
        ]
        #expect(streams.map(\.name) == ["edition-5", "dossier-P5-003", "candidature-C5-0042"])
        for stream in streams { #expect(ProgrammeStream(name: stream.name) == stream) }
        #expect(ProgrammeStream(name: "roles") == nil)
        #expect(ProgrammeStream(name: "dossier-P5-3") == nil)
        #expect(ProgrammeStream.dossierPrefix(of: Controls.edition) == "dossier-P5-")
    }
}
