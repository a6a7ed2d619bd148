import EventStore
import Programme
import Testing

@testable import Operations

/// `import defis`: the published history, once, whole or not at all.
struct ImportTests {
    /// Défis and entrepreneurs per edition, read back from the log.
    static func totals(_ office: ProgrammeOffice) throws -> [String: (challenges: Int, entrepreneurs: Int)] {
        var totals: [String: (Int, Int)] = [:]
        for key in try office.editionKeys() {
            let edition = try #require(try office.edition(key)).state
            let challenges = Set(edition.seats.map(\.challenge)).count
            totals[key.rawValue] = (challenges, edition.seats.count)
        }
        return totals
    }

    @Test func theShippedFileGivesThePublishedTotals() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        let report = try office.importDefis(csv: try ShippedData.defisFile(), source: ShippedData.defisFileName)
        #expect(report.challenges == 71)
        #expect(report.entrepreneurs == 131)
        #expect(report.editions.map(\.rawValue) == ["1", "2", "3", "4", "dig"])
        #expect(report.skippedCommands == 0)
        let totals = try Self.totals(office)
        #expect(totals.mapValues(\.challenges) == ["1": 9, "2": 13, "3": 15, "4": 17, "dig": 17])
        #expect(totals.mapValues(\.entrepreneurs) == ["1": 9, "2": 28, "3": 32, "4": 41, "dig": 21])
        let dossier = try #require(try office.dossier(DossierID(parsing: "P1-001")))
        #expect(dossier.state.status == .accepted)
        #expect(dossier.firstOccurredAt.parisDate.year == 2017)
    }

    @Test func importingTwiceWritesNothing() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        let file = try ShippedData.defisFile()
        _ = try office.importDefis(csv: file, source: "first.csv")
        let head = try office.head
        let again = try store.office(actor: "bob").importDefis(csv: file, source: "second.csv")
        #expect(again.changedNothing)
        #expect(again.recordedCommands == 0)
        #expect(try office.head == head)
    }

    @Test func importedEventsRecordTheirReasonAndActor() throws {
        let store = try TemporaryOffice()
        let office = try store.office(actor: "importer")
        _ = try office.importDefis(csv: try ShippedData.defisFile(), source: ShippedData.defisFileName)
        let first = try office.log.event(at: 1)
        #expect(first.actor == "importer")
        #expect(first.causationID == "backdated: import of historical data")
        #expect(first.commandID == "import-defis/edition-1/open")
    }

    @Test(arguments: [
        ("key,promotion\nA,1\n", 1, "the column year is missing"),
        (
            "key,promotion,year,administration,challenge,skills,eig_count,mentor_count,duration_months,town\n"
                + "A,1,2017,Admin,Un défi,dev,1,1,10,\nB,1,2017,Admin,Autre,devops,1,1,10,\n", 3, "devops"
        ),
    ])
    func aMalformedFileIsRefusedWholeWithItsPosition(csv: String, line: Int, mentions: String) throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        let head = try office.head
        #expect {
            _ = try office.importDefis(csv: Array(csv.utf8), source: "bad.csv")
        } throws: { error in
            guard let error = error as? OperationsError, let csv = error.csvError else { return false }
            return error.code == .invalidInput && csv.line == line && error.message.contains("bad.csv: line \(line)")
                && error.message.contains(mentions)
        }
        #expect(try office.head == head)
    }
}
