import EventStore
import Testing

@testable import OperatorCLI

/// `eig export events` and `eig export dossiers`.
struct ExportCommandTests {
    @Test func eventsAreTheLogAsJSONLines() throws {
        let store = try AuditStore()
        store.edition5()
        let exported = store.succeed(["export", "events"])
        #expect(exported == store.succeed(["log", "show", "--json"]))
        let lines = exported.split(separator: "\n")
        #expect(lines.count == 5)
        for (index, line) in lines.enumerated() {
            #expect(try JSON(parsing: Array(line.utf8))[member: "position"]?.int == index + 1)
        }
        #expect(store.succeed(["export", "events", "--from", "4"]).split(separator: "\n").count == 2)
        #expect(store.succeed(["export", "events", "--from", "99"]).isEmpty)
        #expect(store.run(["export", "events", "--from", "0"]).code == .usage)
    }

    @Test func dossiersNamePeopleOnlyForTheStaffAndErasedPeopleAsErased() throws {
        let store = try AuditStore()
        store.edition5()
        store.succeed(["access", "grant", "audrey", "auditor"])
        let csv = store.succeed(["export", "dossiers"])
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("id,edition,status,title,host,"))
        #expect(rows[1].hasPrefix("P5-001,5,submitted,Signaux faibles,DGE,"))
        #expect(rows[1].contains(",Isabelle Fontaine,person-"))
        #expect(rows[1].contains(",Damien Carré,"))

        let audited = store.succeed(["export", "dossiers", "--csv"], as: "audrey")
        #expect(!audited.contains("Isabelle") && !audited.contains("Damien"))
        #expect(audited.contains(",person-"))

        let dossier = try store.json(["dossier", "show", "P5-001"])
        let mentor = try #require(dossier[member: "mentors"]?[item: 0]?.text)
        store.succeed(["forget", mentor, "--reason", "left the administration"])
        let json = try store.json(["export", "dossiers"])
        #expect(json[item: 0]?[member: "mentorNames"]?.text == "erased")
        #expect(json[item: 0]?[member: "leadName"]?.text == "Damien Carré")
    }
}
