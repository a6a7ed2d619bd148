import Programme
import Projections
import Testing

@testable import Operations

/// The report's numbers are those of `eig stats --json` (``StatisticsReport``), table by
/// table, on the demo's store.
@Suite(.serialized)
struct ReportFiguresTests {
    let labels = ReportLabels.french

    func number(_ value: Int) -> String { labels.integer(value) }

    @Test func everyTableGivesTheFiguresOfStats() throws {
        let (store, office) = try ReportFixtures.demo()
        let stats = try ReportFixtures.statistics(store)
        let (_, tree) = try ReportFixtures.page(office)
        // The page orders promotions as they started: 1, 2, 3, dig (2019), 4, 5.
        let promotions = stats.editions.filter { $0.year != nil }.sorted {
            ($0.year!, $0.edition) < ($1.year!, $1.edition)
        }
        #expect(promotions.map(\.edition.rawValue) == ["1", "2", "3", "dig", "4", "5"])

        // Défis and entrepreneurs per promotion, and in total.
        let overTheYears = try ReportFixtures.table(tree, "promotions")
        for edition in promotions {
            #expect(
                try ReportFixtures.row(overTheYears, ReportFixtures.name(edition))
                    == [
                        ReportFixtures.name(edition), number(edition.figures.challenges),
                        number(edition.figures.entrepreneurs),
                    ])
        }
        #expect(
            try ReportFixtures.row(overTheYears, labels.total)
                == [labels.total, number(stats.totals.challenges), number(stats.totals.entrepreneurs)])
        #expect(stats.totals.challenges == 87 && stats.totals.entrepreneurs == 170)

        // The funnels of edition 5.
        let five = try #require(stats.editions.first { $0.edition == EditionKey(number: 5) }).figures
        let projects = try ReportFixtures.table(tree, "funnel-projects-5")
        let expectedProjects = [
            (labels.filed, five.projects.filed), (labels.preselected, five.projects.preselected),
            (labels.auditioned, five.projects.auditioned), (labels.accepted, five.projects.accepted),
            (labels.refused, five.projects.refused), (labels.closed, five.projects.closed),
            (labels.withdrawn, five.projects.withdrawn),
        ]
        #expect(projects.dropFirst().map { [$0[0], $0[1]] } == expectedProjects.map { [$0.0, number($0.1)] })
        let candidates = try ReportFixtures.table(tree, "funnel-candidates-5")
        let expectedCandidates = [
            (labels.applied, five.candidates.applied), (labels.candidatesPreselected, five.candidates.preselected),
            (labels.interviewed, five.candidates.interviewed), (labels.selected, five.candidates.selected),
            (labels.joined, five.candidates.joined), (labels.left, five.candidates.left),
        ]
        #expect(candidates.dropFirst().map { [$0[0], $0[1]] } == expectedCandidates.map { [$0.0, number($0.1)] })
        #expect(five.projects.filed == 18 && five.candidates.applied == 471 && five.candidates.joined == 39)

        // Entrepreneurs by profile: one row per profile, one column per promotion.
        let profiles = try ReportFixtures.table(tree, "profiles")
        for profile in Profile.allCases where promotions.contains(where: { $0.figures.profiles[profile] != nil }) {
            let row = try ReportFixtures.row(profiles, labels.profile(profile))
            #expect(
                row.dropFirst().dropLast() == promotions.map { number($0.figures.profiles[profile, default: 0]) }[...])
        }
        let unspecified = try ReportFixtures.row(profiles, labels.unspecifiedProfile)
        #expect(unspecified.dropFirst().dropLast() == promotions.map { number($0.figures.unspecifiedProfiles) }[...])

        // Hosts per promotion, new ones, and the lists of names.
        let hosts = try ReportFixtures.table(tree, "hosts-chart")
        for edition in promotions {
            #expect(
                try ReportFixtures.row(hosts, ReportFixtures.name(edition))
                    == [ReportFixtures.name(edition), number(edition.figures.hosts), number(edition.figures.newHosts)])
            let list = try #require(tree.root.element(id: "hosts-\(edition.edition.rawValue)"))
            let items = list.elements(named: "li")
            #expect(items.count == edition.figures.hosts)
            #expect(items.filter { $0.attributes["class"] == "is-new" }.count == edition.figures.newHosts)
        }
        #expect(try ReportFixtures.row(hosts, labels.distinctHosts)[1] == number(stats.totals.hosts))

        // Key figures.
        let keyFigures = tree.root.all.filter { $0.attributes["class"] == "figure" }.map(\.text)
        #expect(keyFigures.starts(with: ["6", number(87), number(170), number(stats.totals.hosts)]))
        _ = store
    }

    @Test func delaysAndJuryAveragesAreThoseOfStats() throws {
        let (store, office) = try ReportFixtures.demo()
        let stats = try ReportFixtures.statistics(store)
        let (_, tree) = try ReportFixtures.page(office)

        let days = try #require(stats.totals.decisionDays)
        let delays = try ReportFixtures.table(tree, "delays")
        #expect(try ReportFixtures.row(delays, labels.total)[1] == number(days.count))
        let binned = delays.dropFirst().filter { $0[0] != labels.total }.map { Int($0[1])! }
        #expect(binned.reduce(0, +) == days.count)
        let notes = try #require(tree.root.element(id: "delays")).all.filter { $0.attributes["class"] == "note" }
        #expect(
            notes.first?.text
                == labels.delaysSummary(
                    labels.decimal(days.median, digits: days.median == days.median.rounded() ? 0 : 1),
                    number(days.p90), number(days.count)))

        let jury = try ReportFixtures.table(tree, "jury")
        #expect(jury.first == [labels.criterionColumn, labels.acceptedDossiers, labels.refusedDossiers])
        for criterion in Criterion.allCases {
            let accepted = try #require(stats.totals.jury.accepted.mean(criterion))
            let refused = try #require(stats.totals.jury.refused.mean(criterion))
            #expect(
                try ReportFixtures.row(jury, labels.criterion(criterion))
                    == [
                        labels.criterion(criterion), labels.decimal(accepted, digits: 2),
                        labels.decimal(refused, digits: 2),
                    ])
        }
        _ = store
    }

    @Test func oneEditionsReportGivesThatEditionsFigures() throws {
        let (store, office) = try ReportFixtures.demo()
        let five = EditionKey(number: 5)
        let stats = try ReportFixtures.statistics(store, editions: [five])
        let (_, tree) = try ReportFixtures.page(office, edition: five)
        #expect(tree.root.elements(named: "title").first?.text == labels.promotionTitle("Promotion 5 (2021)"))
        #expect(tree.root.element(id: "funnel-projects-5") != nil)
        #expect(tree.root.element(id: "hosts-5") != nil)
        #expect(tree.root.element(id: "hosts-4") == nil && tree.root.element(id: "hosts-dig") == nil)
        let days = try #require(stats.totals.decisionDays)
        #expect(try ReportFixtures.row(try ReportFixtures.table(tree, "delays"), labels.total)[1] == number(days.count))
        let keyFigures = tree.root.all.filter { $0.attributes["class"] == "figure" }.map(\.text)
        #expect(
            keyFigures == [
                number(stats.totals.challenges), number(stats.totals.entrepreneurs), number(stats.totals.hosts),
                number(stats.totals.projects.filed), number(stats.totals.candidates.applied),
            ])
        // The charts over the years still show every promotion.
        #expect(try ReportFixtures.table(tree, "promotions").count == 8)
        _ = store
    }
}
