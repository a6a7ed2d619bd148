import EventStore
import Foundation
import Programme
import Testing

@testable import Operations

/// The personal-data vault: private files, names found again, nothing personal in the log.
struct VaultTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func personalDataGoesToPrivateFilesAndNeverToTheLog() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let outcome = try office.applyCandidate(
            in: Edition5.key,
            candidate: PersonRequest(
                role: .candidate, name: "Zébulon Quintessence", email: "zebulon.q@example.org", phone: "+33 6 98 76 54 32"),
            profile: .design, experienceYears: 7, recording: Controls.at(Controls.inCandidateCall))
        _ = try Edition5.draft(office, mentor: "Hortense Vaquelin")
        let candidature = try #require(try office.candidature(CandidatureID(parsing: outcome.subjectID))).state
        let record = try #require(try office.person(candidature.person))
        #expect(record.name == "Zébulon Quintessence")
        #expect(record.email == "zebulon.q@example.org")
        #expect(record.roles == [.candidate])

        let log = try store.logBytes()
        for secret in ["Zébulon", "Quintessence", "zebulon.q@example.org", "98 76 54 32", "Hortense", "Vaquelin"] {
            #expect(!log.contains(subsequence: Array(secret.utf8)), "\(secret) is in the log")
        }
        #expect(log.contains(subsequence: Array(candidature.person.rawValue.utf8)))

        let vault = office.vault
        #expect(try Self.mode(vault.directory) == 0o700)
        #expect(try Self.mode(vault.peopleDirectory) == 0o700)
        #expect(try Self.mode(vault.namesDirectory) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: vault.peopleDirectory) {
            #expect(try Self.mode(vault.peopleDirectory + "/" + name) == 0o600)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: vault.namesDirectory) {
            #expect(try Self.mode(vault.namesDirectory + "/" + name) == 0o600)
            #expect(!name.contains("Hortense"))
        }
    }

    @Test func aJurorNamedAgainIsTheSamePersonAndCandidatesAreNot() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let first = Edition5.dossierID(try Edition5.draft(office))
        let second = Edition5.dossierID(try Edition5.draft(office, mentor: "isabelle  FONTAINE"))
        let mentors = try [first, second].map { try #require(try office.dossier($0)).state.details.mentors }
        #expect(mentors[0] == mentors[1])
        try Edition5.preselect(office, first)
        _ = try Edition5.evaluate(office, first, juror: "Isabelle Fontaine")
        let juror = try #require(try office.dossier(first)).state.evaluations[0].juror
        #expect(juror == mentors[0][0])
        #expect(try office.person(juror)?.roles == [.mentor, .juror])

        let people = try (1...2).map { _ in
            let outcome = try office.applyCandidate(
                in: Edition5.key, candidate: PersonRequest(role: .candidate, name: "Léa Martin", email: "lea@example.org"),
                profile: .dev, experienceYears: 3, recording: Controls.at(Controls.inCandidateCall))
            return try #require(try office.candidature(CandidatureID(parsing: outcome.subjectID))).state.person
        }
        #expect(people[0] != people[1])
    }

    @Test func aFixedCommandIDNamesTheSamePersonInEveryStore() throws {
        let people = try (1...2).map { _ in
            let store = try TemporaryOffice()
            let office = try store.office()
            try Edition5.open(office)
            let outcome = try office.applyCandidate(
                in: Edition5.key, candidate: PersonRequest(role: .candidate, name: "Léa Martin", email: "lea@example.org"),
                profile: .dev, experienceYears: 3, recording: Controls.at(Controls.inCandidateCall, id: "apply-lea"))
            return try #require(try office.candidature(CandidatureID(parsing: outcome.subjectID))).state.person
        }
        #expect(people[0] == people[1])
        #expect(people[0].rawValue.hasPrefix("person-"))
    }

    @Test(arguments: [
        PersonRequest(role: .candidate, name: "Léa Martin", email: "not-an-address"),
        PersonRequest(role: .candidate, name: "Léa Martin", email: "lea@example.org", phone: "call me"),
        PersonRequest(role: .juror, name: "   "),
        PersonRequest(role: .juror, name: "Léa\u{7}Martin"),
    ])
    func badPersonalDataIsRefusedBeforeAnythingIsWritten(request: PersonRequest) throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let head = try office.head
        #expect {
            _ = try office.applyCandidate(
                in: Edition5.key, candidate: request, profile: .dev, experienceYears: 3,
                recording: Controls.at(Controls.inCandidateCall))
        } throws: { error in
            (error as? OperationsError)?.code == .invalidInput
        }
        #expect(try office.head == head)
        #expect(!FileManager.default.fileExists(atPath: office.vault.directory))
    }

    @Test func namesAreFoldedBeforeTheyAreIndexed() {
        #expect(NameKey.normalized("  Hélène   MARCHAND ") == "helene marchand")
        #expect(NameKey.of("Hélène Marchand") == NameKey.of("helene marchand"))
        #expect(NameKey.of("Hélène Marchand") != NameKey.of("Hélène Marchant"))
        #expect(NameKey.of("x").count == 64)
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool {
        guard !subsequence.isEmpty, subsequence.count <= count else { return false }
        let first = subsequence[0]
        var index = 0
        while index <= count - subsequence.count {
            if self[index] == first, Array(self[index..<(index + subsequence.count)]) == subsequence { return true }
            index += 1
        }
        return false
    }
}
