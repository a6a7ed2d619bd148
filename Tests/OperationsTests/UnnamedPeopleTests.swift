import EventStore
import Foundation
import Programme
import Testing

@testable import Operations

/// A command that writes nothing leaves no candidate record in the vault: no event would
/// name that person, so neither retention nor `forget` would ever reach their data.
struct UnnamedPeopleTests {
    /// The vault's files (records and temporary files) holding `secret`.
    static func vaultFiles(holding secret: String, in store: TemporaryOffice) throws -> [String] {
        try ErasureTests.filesHolding(secret, under: store.directory + "/vault")
    }

    @Test func aCandidatureThatGivesUpBusyLeavesNoRecordOfItsCandidate() throws {
        let store = try TemporaryOffice()
        let first = try store.office()
        try Edition5.open(first)
        let second = try store.office(actor: "bob")
        var races = 0
        first.beforeAppend = {
            races += 1
            _ = try! Candidates.apply(second, name: "Paul Durand \(races)", email: "paul\(races)@example.org")
        }
        #expect(throws: OperationsError.self) { try Candidates.apply(first) }
        #expect(races == ProgrammeOffice.maximumAttempts)
        #expect(try Self.vaultFiles(holding: "Léa Martin", in: store) == [])
        #expect(try Self.vaultFiles(holding: "lea.martin@example.org", in: store) == [])
        #expect(try Self.vaultFiles(holding: "Paul Durand 1", in: store).count == 1)
    }

    /// The same command run by another process meanwhile (a retried import) recorded the
    /// same person: their record is named by its event and stays.
    @Test func aCandidatureRecordedMeanwhileByAnotherRunKeepsItsCandidate() throws {
        let store = try TemporaryOffice()
        let first = try store.office()
        try Edition5.open(first)
        let second = try store.office(actor: "bob")
        let recording = Controls.at(Controls.inCandidateCall, id: "import-lea")
        func apply(_ office: ProgrammeOffice) throws -> CommandOutcome {
            try office.applyCandidate(
                in: Edition5.key, candidate: PersonRequest(role: .candidate, name: "Léa Martin"), profile: .dev,
                experienceYears: 5, recording: recording)
        }
        var raced = false
        first.beforeAppend = {
            guard !raced else { return }
            raced = true
            _ = try! apply(second)
        }
        let outcome = try apply(first)
        #expect(raced && outcome.isDuplicate)
        let candidature = try #require(try first.candidature(try CandidatureID(parsing: outcome.subjectID)))
        #expect(try first.vault.record(of: candidature.state.person)?.name == "Léa Martin")
    }
}
