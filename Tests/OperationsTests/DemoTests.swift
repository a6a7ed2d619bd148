import EventStore
import Programme
import Testing

@testable import Operations

/// `eig demo`: the published history, then edition 5 with the published figures; once.
@Suite(.serialized)
struct DemoTests {
    /// The count of each status among `statuses`.
    static func counts<Status: RawRepresentable>(_ statuses: [Status]) -> [String: Int] where Status.RawValue == String {
        Dictionary(grouping: statuses, by: \.rawValue).mapValues(\.count)
    }

    @Test func theDemoReproducesThePublishedFiguresAndASecondRunChangesNothing() throws {
        let store = try TemporaryOffice(create: false)
        let (office, created) = try ProgrammeOffice.openOrCreate(
            at: store.directory, actor: "demo", clock: { TemporaryOffice.now }, options: TemporaryOffice.options)
        #expect(created)
        let report = try office.runDemo()
        #expect(report.history.challenges == 71)
        #expect(report.skippedCommands == 0)
        #expect(report.recordedCommands > 1_000)

        let edition = EditionKey(number: 5)
        var dossiers: [ProjectDossier] = []
        for number in 1...18 {
            dossiers.append(try #require(try office.dossier(DossierID(edition: edition, number: number))).state)
        }
        #expect(try office.dossier(DossierID(edition: edition, number: 19)) == nil)
        #expect(Self.counts(dossiers.map(\.status)) == ["accepted": 16, "refused": 1, "withdrawn": 1])
        #expect(dossiers.filter { $0.correction != nil }.count == 3)
        #expect(dossiers.filter { !$0.evaluations.isEmpty }.count == 17)

        var candidatures: [Candidature] = []
        for number in 1...471 {
            candidatures.append(try #require(try office.candidature(CandidatureID(edition: edition, number: number))).state)
        }
        #expect(try office.candidature(CandidatureID(edition: edition, number: 472)) == nil)
        #expect(candidatures.filter { !$0.interviews.isEmpty }.count == 96)
        #expect(
            Self.counts(candidatures.map(\.status)) == [
                "not_preselected": 309, "preselected": 4, "preferences_given": 44, "interviewed": 55, "joined": 39,
                "withdrawn": 20,
            ])
        let promotion = try #require(try office.edition(edition)).state
        #expect(promotion.promotion == .started)
        #expect(promotion.seats.filter { $0.status == .joined }.count == 39)

        let head = try office.head
        let again = try ProgrammeOffice.openOrCreate(
            at: store.directory, actor: "demo", clock: { TemporaryOffice.now }, options: TemporaryOffice.options)
        #expect(!again.created)
        let second = try again.office.runDemo()
        #expect(second.changedNothing)
        #expect(try again.office.head == head)
    }

    @Test func theDemoRefusesAnEditionFiveItDidNotMake() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        _ = try office.execute(.edition(EditionKey(number: 5), .open(Controls.settings)))
        #expect {
            _ = try office.runDemo()
        } throws: { error in
            (error as? OperationsError)?.code == .rejected
        }
    }
}
