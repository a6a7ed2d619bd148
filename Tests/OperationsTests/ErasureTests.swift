import EventStore
import Foundation
import Programme
import Testing

@testable import Operations

/// `forget` and retention: personal data erased from the vault, the erasure recorded, the log
/// untouched and still sound.
struct ErasureTests {
    /// Every byte of every file under the store, vault included.
    static func everyByte(under directory: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: directory) {
            var isDirectory: ObjCBool = false
            let full = directory + "/" + path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[path] = Array(try Data(contentsOf: URL(fileURLWithPath: full)))
        }
        return files
    }

    static func filesHolding(_ text: String, under directory: String) throws -> [String] {
        try everyByte(under: directory).filter { $0.value.contains(subsequence: Array(text.utf8)) }.keys.sorted()
    }

    @Test func aForgottenCandidateIsNowhereUnderTheStoreAndShowsAsErased() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let dossier = try Edition5.accepted(office)
        let candidature = try Candidates.apply(office)
        try Candidates.select(office, candidature, for: dossier.challenge)
        let person = try #require(try office.candidature(candidature)).state.person
        #expect(try Self.filesHolding("Léa Martin", under: store.directory).count == 1)

        let outcome = try office.forget(person, reason: "request 2024-117 (art. 17 GDPR)")
        #expect(outcome.erased == [person])
        #expect(outcome.residue.isEmpty)
        for secret in ["Léa Martin", "lea.martin@example.org"] {
            #expect(try Self.filesHolding(secret, under: store.directory) == [])
        }
        #expect(try office.person(person) == nil)
        #expect(try office.names(of: [person], revealing: true).entry(person) == .erased)
        let history = try office.history(of: .candidature(candidature))
        #expect(history.last?.type == "PersonErased")
        #expect(
            history.last?.summary(naming: { $0.rawValue })
                == "personal data of \(person) erased (request): request 2024-117 (art. 17 GDPR)")
        #expect(try EventLog.open(at: store.directory).verify().isSound)
        #expect(try office.candidature(candidature)?.state.status == .selected)
    }

    @Test func aForgottenMentorLeavesTheNameIndexAndIsAnotherPersonIfNamedAgain() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let first = Edition5.dossierID(try Edition5.draft(office, mentor: "Hortense Vaquelin"))
        let mentor = try #require(try office.dossier(first)).state.details.mentors[0]
        _ = try office.forget(mentor, reason: "mentor left the administration")
        #expect(try Self.filesHolding("Hortense", under: store.directory) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: office.vault.namesDirectory).count == 1)
        let second = Edition5.dossierID(try Edition5.draft(office, mentor: "Hortense Vaquelin"))
        #expect(try #require(try office.dossier(second)).state.details.mentors[0] != mentor)
    }

    @Test func aReasonNamingThePersonIsRefusedAndChangesNothing() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let candidature = try Candidates.apply(office)
        let person = try #require(try office.candidature(candidature)).state.person
        let before = try Self.everyByte(under: store.directory)
        for reason in ["asked by LÉA MARTIN", "mail from lea.martin@example.org", "  ", "a\u{7}b"] {
            let error = #expect(throws: OperationsError.self) { try office.forget(person, reason: reason) }
            #expect(error?.code == .invalidInput)
        }
        let unknown = #expect(throws: OperationsError.self) {
            try office.forget(try PersonID(parsing: "person-0000"), reason: "request")
        }
        #expect(unknown?.code == .notFound)
        #expect(
            try Self.everyByte(under: store.directory).filter { $0.key != "lock" } == before.filter { $0.key != "lock" }
        )
    }

    @Test func forgettingTwiceRecordsOnceAndFinishesAnInterruptedErasure() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let person = try #require(try office.candidature(try Candidates.apply(office))).state.person
        // A crash while the vault rewrote the record left a temporary copy of it.
        let leftover = office.vault.peopleDirectory + "/.tmp-1-abc"
        try Data(try Data(contentsOf: URL(fileURLWithPath: office.vault.recordPath(person)))).write(
            to: URL(fileURLWithPath: leftover))
        let first = try office.forget(person, reason: "request 1")
        #expect(first.positions != nil)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        let second = try office.forget(person, reason: "request 1")
        #expect(second.positions == nil)
        #expect(second.alreadyErased == [person])
        #expect(try office.erasures().count == 1)
    }

    @Test func freeTextNamingThePersonInTheLogIsReported() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let candidature = try Candidates.apply(office)
        let outcome = try office.execute(
            .candidature(candidature, .preselect), recording: Recording(onBehalfOf: "Léa Martin herself"))
        let person = try #require(try office.candidature(candidature)).state.person
        let erased = try office.forget(person, reason: "request 2")
        #expect(erased.residue == [try #require(outcome.positions).lowerBound])
    }
}
