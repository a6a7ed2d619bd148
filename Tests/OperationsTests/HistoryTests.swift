import EventStore
import Programme
import Testing

@testable import Operations

/// `history`: every event about a subject, wherever it is recorded, in the order of the log.
struct HistoryTests {
    @Test func aDossiersHistoryHoldsItsOwnEventsAndItsDefisTeamInOrder() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let dossier = try Edition5.accepted(office)
        let candidature = try Candidates.apply(office)
        try Candidates.select(office, candidature, for: dossier.challenge)

        let history = try office.history(of: .dossier(dossier))
        #expect(
            history.map(\.type) == [
                "DossierDrafted", "DossierSubmitted", "DossierReviewStarted", "DossierPreselected",
                "DossierEvaluated", "DossierAccepted", "CandidateSelected",
            ])
        #expect(history.map(\.position) == history.map(\.position).sorted())
        #expect(history.last?.stream == "edition-5")
        #expect(history.allSatisfy { $0.actor == "alice" })
        #expect(history[1].causationID == "backdated: test")
        #expect(history[1].occurredAt == Controls.inProjectCall)
        // The défi's id finds the same timeline.
        #expect(try office.history(of: HistorySubject(parsing: dossier.challenge.rawValue)) == history)
    }

    @Test func aCandidaturesHistoryHoldsItsSeatAndNamesThePeopleItMentions() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let dossier = try Edition5.accepted(office)
        let candidature = try Candidates.apply(office)
        let other = try Candidates.apply(office, name: "Paul Durand", email: "paul@example.org")
        try Candidates.select(office, candidature, for: dossier.challenge)

        let history = try office.history(of: .candidature(candidature))
        #expect(
            history.map(\.type) == [
                "CandidatureApplied", "CandidaturePreselected", "PreferencesGiven", "CandidateInterviewed",
                "CandidateSelected",
            ])
        let person = try #require(try office.candidature(candidature)).state.person
        let names = try office.names(of: history.flatMap(\.people), revealing: true)
        #expect(history[0].summary(naming: names.label) == "Léa Martin applied as dev, 5 years of experience")
        #expect(
            history[3].summary(naming: names.label)
                == "interviewed for \(dossier.challenge) by Julie Moreau: 4 3 4 3 4 = 18/20")
        #expect(history[4].summary(naming: names.label).hasPrefix("\(candidature) (Léa Martin) selected for"))
        let hidden = try office.names(of: [person], revealing: false)
        #expect(history[0].summary(naming: hidden.label) == "\(person) applied as dev, 5 years of experience")
        #expect(try office.history(of: .candidature(other)).count == 1)
    }

    @Test func anEditionsHistoryHoldsItsPromotionAndTheDefisThatJoinedIt() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let dossier = try Edition5.accepted(office)
        let history = try office.history(of: .edition(Edition5.key))
        #expect(history.map(\.type) == ["EditionOpened", "DossierAccepted"])
        #expect(history[1].stream == "dossier-\(dossier)")
    }

    @Test func anUnknownSubjectIsNotFoundAndABadIdIsRefused() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let error = #expect(throws: OperationsError.self) {
            try office.history(of: .dossier(try DossierID(parsing: "P5-042")))
        }
        #expect(error?.code == .notFound)
        #expect(error?.message == "the log holds no event about P5-042")
        #expect(throws: InputError.self) { try HistorySubject(parsing: "X5-1") }
        #expect(try HistorySubject(parsing: "edition-5") == .edition(Edition5.key))
        #expect(try HistorySubject(parsing: "C5-0042") == .candidature(CandidatureID(parsing: "C5-0042")))
    }
}
