import Foundation
import Testing

@testable import Programme

/// The import of the published history: the shipped file gives the published totals once
/// run through the deciders, the same file gives the same commands, a bad file is refused
/// at its first problem.
struct DefisImportTests {
    static let now = Controls.paris("2026-01-01")
    static let header =
        "key,promotion,year,administration,challenge,skills,eig_count,mentor_count,duration_months,town\r\n"

    static func shippedFile() throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Operations/Resources/eig-defis-2017-2020.csv")
        return Array(try Data(contentsOf: url))
    }

    /// Runs a plan through the deciders as Operations would, returning the log.
    static func run(_ plan: ImportPlan) throws -> [ProgrammeEvent] {
        var log: [ProgrammeEvent] = []
        for planned in plan.commands {
            let reads = planned.command.streamsToRead
            let decision = try planned.command.decide(
                given: StreamHistory(events: log.filter { reads.contains($0.stream) }), at: planned.occurredAt)
            log += decision.events
        }
        return log
    }

    @Test func theShippedFileReproducesThePublishedTotals() throws {
        let plan = try DefisImport.plan(csv: Self.shippedFile(), source: "eig-defis-2017-2020.csv", now: Self.now)
        #expect(plan.editions.map(\.rawValue) == ["1", "2", "3", "4", "dig"])
        #expect(plan.challenges == 71)
        #expect(plan.entrepreneurs == 131)
        let log = try Self.run(plan)
        let streams = StreamHistory(events: log)
        var challenges: [String: Int] = [:]
        var entrepreneurs: [String: Int] = [:]
        for key in plan.editions {
            let edition = try #require(Edition.fold(streams[.edition(key)]))
            #expect(edition.promotion == .ended)
            entrepreneurs[key.rawValue] = edition.seats.filter { $0.status == .completed }.count
            challenges[key.rawValue] =
                streams.loadedStreams.filter {
                    if case .dossier(let id) = $0 {
                        return id.edition == key && ProjectDossier.fold(streams[$0])?.status == .accepted
                    }
                    return false
                }.count
        }
        #expect(challenges == ["1": 9, "2": 13, "3": 15, "4": 17, "dig": 17])
        #expect(entrepreneurs == ["1": 9, "2": 28, "3": 32, "4": 41, "dig": 21])
    }

    @Test func theSameFileGivesTheSameCommandsWithUniqueIDs() throws {
        let bytes = try Self.shippedFile()
        let first = try DefisImport.plan(csv: bytes, source: "defis.csv", now: Self.now)
        let second = try DefisImport.plan(csv: bytes, source: "defis.csv", now: Self.now)
        #expect(first == second)
        #expect(Set(first.commands.map(\.commandID)).count == first.commands.count)
        #expect(first.commands.first?.commandID == "import-defis/edition-1/open")
        #expect(first.commands.contains { $0.commandID == "import-defis/Pdig-017" })
    }

    @Test func importedRowsKeepTheirFieldsAndAreDatedInTheirYear() throws {
        let plan = try DefisImport.plan(csv: Self.shippedFile(), source: "defis.csv", now: Self.now)
        let karfur = try #require(
            plan.commands.first {
                if case .dossier(_, .importAccepted(let details, _)) = $0.command { return details.title == "Karfu’R" }
                return false
            })
        guard case .dossier(let id, .importAccepted(let details, let source)) = karfur.command else { return }
        #expect(id.edition.rawValue == "3")
        #expect(details.host.isEmpty == false)
        #expect(details.mentors.allSatisfy { $0.rawValue.hasPrefix("anon-mentor-D3-") })
        #expect(source == "defis.csv: Karfu’R")
        #expect(karfur.occurredAt.parisDate.year == 2019)
        for planned in plan.commands where !planned.commandID.hasSuffix("/end") {
            guard case .edition(let key) = planned.command.subject else { continue }
            #expect(
                planned.occurredAt.parisDate.year
                    == ["1": 2017, "2": 2018, "3": 2019, "4": 2020, "dig": 2019][key.rawValue])
        }
    }

    @Test func commandsDatedAfterNowAreLeftForALaterImport() throws {
        let text = Self.header + "Futur,9,2030,DINUM,Un défi à venir,dev,2,1,10,\r\n"
        let plan = try DefisImport.plan(csv: Array(text.utf8), source: "f.csv", now: Self.now)
        #expect(plan.commands.isEmpty)
        let later = try DefisImport.plan(csv: Array(text.utf8), source: "f.csv", now: Controls.paris("2032-01-01"))
        #expect(later.commands.map(\.commandID).last == "import-defis/edition-9/end")
        #expect(try Self.run(later).count > 0)
    }

    @Test(arguments: [
        ("A,1,2017,DINUM,Défi,dev,1,1,10,\r\nA,1,2017,DINUM,Défi,dev,1,1,10,\r\n", 3, 1, "is already on line 2"),
        ("A,1,2017,DINUM,Défi,devops,1,1,10,\r\n", 2, 21, "skills: \"devops\" is not a profile"),
        ("A,1,2017,DINUM,Défi,dev|dev,1,1,10,\r\n", 2, 21, "dev is listed twice"),
        ("A,1,2017,DINUM,Défi,dev,0,1,10,\r\n", 2, 25, "eig_count"),
        ("A,1,2017,DINUM,Défi,dev,x,1,10,\r\n", 2, 25, "eig_count: \"x\" is not a whole number"),
        ("A,1,2017,DINUM,Défi,dev,1,0,10,\r\n", 2, 27, "mentor_count"),
        ("A,1,2017,DINUM,Défi,dev,1,1,9,\r\n", 2, 29, "outside edition 1's 10 to 10 months"),
        ("A,1,2017,DINUM,Défi,dev,4,1,10,\r\n", 2, 25, "outside edition 1's 1 to 3 per défi"),
        ("A,1,2017,DINUM,Défi,dev,1,1,10,\r\nB,1,2018,DINUM,Défi,dev,1,1,10,\r\n", 3, 5, "started in 2017"),
        ("A,01,2017,DINUM,Défi,dev,1,1,10,\r\n", 2, 3, "promotion: \"01\" is not an edition"),
        ("A,1,2017,,Défi,dev,1,1,10,\r\n", 2, 10, "administration: the administration is empty"),
    ])
    func aBadRowIsRefusedWholeWithItsLineAndColumn(_ rows: String, _ line: Int, _ column: Int, _ text: String) {
        let error = #expect(throws: CSVError.self) {
            try DefisImport.plan(csv: Array((Self.header + rows).utf8), source: "f.csv", now: Self.now)
        }
        #expect(error?.code == .value)
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.column == column, "\(String(describing: error))")
        #expect(error?.message.contains(text) == true, "\(String(describing: error))")
    }

    @Test func theHeaderMustHaveExactlyThePublishedColumns() {
        let missing = "key,promotion,year\r\nA,1,2017\r\n"
        #expect(throws: CSVError.self) { try DefisImport.plan(csv: Array(missing.utf8), source: "f", now: Self.now) }
        let unknown = Self.header.replacingOccurrences(of: "town", with: "city") + "A,1,2017,D,Défi,dev,1,1,10,\r\n"
        let error = #expect(throws: CSVError.self) {
            try DefisImport.plan(csv: Array(unknown.utf8), source: "f", now: Self.now)
        }
        #expect(error?.code == .header)
        #expect(error?.message.contains("unknown column \"city\"") == true)
    }
}
