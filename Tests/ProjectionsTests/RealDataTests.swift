import Foundation
import Programme
import Testing

@testable import Projections

/// The published défis of promotions 1 to 4 and dig, recorded as `eig import defis` records
/// them (the domain's import plan, decided command by command), give the published totals.
struct RealDataTests {
    static let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Operations/Resources/eig-defis-2017-2020.csv").standardized

    @Test func theImportedHistoryGivesThePublishedFigures() throws {
        let bytes = Array(try Data(contentsOf: Self.csv))
        let plan = try DefisImport.plan(
            csv: bytes, source: "eig-defis-2017-2020.csv", now: Controls.paris("2030-01-01"))
        let store = try TemporaryStore()
        for planned in plan.commands {
            let rejection = try store.run(planned.command, at: planned.occurredAt)
            #expect(rejection == nil, "\(planned.commandID): \(String(describing: rejection))")
        }
        let projections = try store.projections()
        _ = try projections.catchUp()

        let report = StatisticsReport(try projections.current(StatisticsModel.self).state)
        #expect(report.editions.map(\.edition.rawValue) == ["1", "2", "3", "4", "dig"])
        #expect(report.editions.map(\.figures.challenges) == [9, 13, 15, 17, 17])
        #expect(report.editions.map(\.figures.entrepreneurs) == [9, 28, 32, 41, 21])
        #expect(report.editions.map(\.year) == [2017, 2018, 2019, 2020, 2019])
        #expect(report.totals.challenges == 71)
        #expect(report.totals.entrepreneurs == 131)
        #expect(report.totals.projects.accepted == 71)
        #expect(report.totals.unspecifiedProfiles == 131)
        #expect(report.totals.hosts > 0 && report.totals.hosts <= 71)
        #expect(report.editions[0].figures.newHosts == report.editions[0].figures.hosts)

        let promotions = try projections.current(PromotionsModel.self).state
        #expect(promotions.editions.map { $0.partition.status } == Array(repeating: .ended, count: 5))
        let teams = promotions.editions.flatMap { $0.partition.teams }
        #expect(teams.count == 71)
        #expect(teams.map(\.size).reduce(0, +) == 131)
        #expect(teams.allSatisfy { team in team.members.allSatisfy { $0.status == .completed } })

        let dossiers = try projections.current(DossiersModel.self).state
        #expect(dossiers.editions.flatMap { $0.partition.dossiers }.filter(\.isImported).count == 71)
    }
}
