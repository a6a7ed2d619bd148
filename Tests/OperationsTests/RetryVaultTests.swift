import EventStore
import Foundation
import Programme
import Testing

@testable import Operations

/// A command retried after a lost race writes its people to the vault once: the first
/// attempt's person ids must be the ones the recorded events name, or the vault keeps
/// personal data that no event refers to (and that no retention or erasure would find).
struct RetryVaultTests {
    @Test func aCandidatureRetriedAfterALostRaceLeavesNoOrphanInTheVault() throws {
        let store = try TemporaryOffice()
        let first = try store.office()
        try Edition5.open(first)
        let second = try store.office(actor: "bob")
        var raced = false
        first.beforeAppend = {
            guard !raced else { return }
            raced = true
            _ = try! Candidates.apply(second, name: "Paul Durand", email: "paul.durand@example.org")
        }
        let id = try Candidates.apply(first)
        #expect(raced)
        #expect(id.rawValue == "C5-0002")
        let people = try FileManager.default.contentsOfDirectory(atPath: store.directory + "/vault/people")
            .filter { $0.hasSuffix(".json") }
        // One record per candidature: Paul's and Léa's, none left by Léa's lost attempt.
        #expect(people.count == 2)
    }
}
