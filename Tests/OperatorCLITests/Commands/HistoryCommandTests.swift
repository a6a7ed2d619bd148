import EventStore
import Testing

@testable import OperatorCLI

/// `eig history`: a record's timeline as a table and as JSON.
struct HistoryCommandTests {
    @Test func aDossiersTimelineNamesEveryEventWithItsActorAndTimes() throws {
        let store = try AuditStore()
        store.edition5()
        store.succeed(["access", "grant", "bob", "team"])
        store.succeed(["dossier", "review", "P5-001", "--on-behalf-of", "Jury"], as: "bob")
        let history = try store.json(["history", "P5-001"])
        #expect(history[member: "subject"]?.text == "P5-001")
        let events = history[member: "events"]?.items ?? []
        #expect(
            events.compactMap { $0[member: "type"]?.text } == [
                "DossierDrafted", "DossierSubmitted", "DossierReviewStarted",
            ])
        let review = try #require(events.last)
        #expect(review[member: "actor"]?.text == "bob")
        #expect(review[member: "onBehalfOf"]?.text == "Jury")
        #expect(review[member: "occurredAt"]?.text == "2021-03-15T12:00:00.000000Z")
        #expect(review[member: "recordedAt"]?.text != nil)
        #expect(review[member: "summary"]?.text == "review started")
        let drafted = try #require(events.first?[member: "summary"]?.text)
        #expect(drafted.contains("mentor Isabelle Fontaine, lead Damien Carré"))

        let table = store.run(["history", "P5-001"])
        #expect(table.code == .success)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("POS"))
        #expect(lines[3].contains("bob for Jury"))
        #expect(lines[3].contains("2021-03-15 13:00"))
        #expect(lines[3].contains("DossierReviewStarted"))
    }

    @Test func anUnknownRecordExitsNotFoundAndABadIdIsAUsageError() throws {
        let store = try AuditStore()
        store.edition5()
        let missing = store.run(["history", "P5-009"])
        #expect(missing.code == .notFound)
        #expect(missing.stderr == "eig: the log holds no event about P5-009\n")
        #expect(store.run(["history", "Z-1"]).code == .usage)
    }
}
