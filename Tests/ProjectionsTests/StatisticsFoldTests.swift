import Programme
import Testing

@testable import Projections

/// The statistics on small given logs, against figures worked out by hand.
struct StatisticsFoldTests {
    typealias C = Controls
    static let key = Controls.edition

    static func id(_ number: Int) -> DossierID { DossierID(edition: key, number: number) }
    static func candidature(_ number: Int) -> CandidatureID { CandidatureID(edition: key, number: number) }

    static var log: [(ProgrammeEvent, String)] {
        let host2 = DossierDetails(
            title: "B", host: "Cour des comptes", entrepreneurs: 2, profiles: [.dev], mentors: [C.mentor])
        let weak: [Criterion: Int] = [.need: 1, .definition: 2, .commitment: 1, .transformation: 2, .openness: 1]
        return [
            (C.opened(), "2021-01-10"),
            (C.drafted(id(1)), "2021-02-10"),
            (C.drafted(id(2), host2), "2021-02-10"),
            (C.drafted(id(3)), "2021-02-10"),
            (.dossierSubmitted(DossierSubmitted(dossier: id(1))), "2021-02-15"),
            (.dossierSubmitted(DossierSubmitted(dossier: id(2))), "2021-02-20"),
            (.dossierSubmitted(DossierSubmitted(dossier: id(3))), "2021-02-21"),
            (.dossierPreselected(DossierPreselected(dossier: id(1))), "2021-04-20"),
            (.dossierPreselected(DossierPreselected(dossier: id(2))), "2021-04-20"),
            (C.evaluated(id(1), by: C.juror), "2021-05-10"),  // 4 3 4 3 2
            (C.evaluated(id(1), by: C.otherJuror, weak), "2021-05-10"),
            (C.evaluated(id(2), by: C.juror, weak), "2021-05-10"),
            (C.accepted(id(1)), "2021-06-20"),  // 125 days after submission
            (.dossierRefused(DossierRefused(dossier: id(2), motivation: "No.")), "2021-06-01"),  // 101 days
            (.dossierWithdrawn(DossierWithdrawn(dossier: id(3), reason: nil)), "2021-03-01"),
            (C.applied(candidature(1)), "2021-03-10"),
            (C.applied(candidature(2), person: C.person("p-2")), "2021-03-10"),
            (C.applied(candidature(3), person: C.person("p-3")), "2021-03-10"),
            (C.applied(candidature(4), person: C.person("p-4")), "2021-03-10"),
            (.candidaturePreselected(CandidaturePreselected(candidature: candidature(1))), "2021-05-10"),
            (.candidaturePreselected(CandidaturePreselected(candidature: candidature(2))), "2021-05-10"),
            (.candidaturePreselected(CandidaturePreselected(candidature: candidature(3))), "2021-05-10"),
            (C.interviewed(candidature(1), for: id(1).challenge), "2021-06-25"),
            (C.interviewed(candidature(1), for: id(1).challenge, by: C.otherJuror), "2021-06-25"),
            (C.interviewed(candidature(2), for: id(1).challenge), "2021-06-25"),
            (C.selected(candidature(1), challenge: id(1).challenge, profile: .datascience), "2021-07-01"),
            (
                .candidateJoined(
                    CandidateJoined(
                        edition: key, candidature: candidature(1), person: C.candidate, challenge: id(1).challenge)),
                "2021-09-01"
            ),
        ]
    }

    @Test func theFunnelsDelaysAndJuryOfOneEdition() throws {
        let report = StatisticsReport(C.fold(StatisticsModel.self, Self.log))
        let edition = try #require(report.editions.first)
        #expect(report.editions.count == 1)
        #expect(edition.year == 2021)
        let figures = edition.figures
        #expect(
            figures.projects
                == ProjectFunnel(
                    filed: 3, preselected: 2, auditioned: 2, accepted: 1, refused: 1, closed: 0, withdrawn: 1))
        #expect(
            figures.candidates
                == CandidateFunnel(applied: 4, preselected: 3, interviewed: 2, selected: 1, joined: 1, left: 0))
        #expect(figures.challenges == 1)
        #expect(figures.entrepreneurs == 1)
        #expect(figures.profiles == [.datascience: 1])
        #expect(figures.unspecifiedProfiles == 0)
        #expect(figures.hosts == 1)
        #expect(figures.newHosts == 1)
        #expect(figures.decisionDays == DayFigures([125, 101]))
        #expect(figures.decisionDays?.median == 113)
        #expect(figures.decisionDays?.p90 == 125)
        // Accepted P5-001: need (4+1)/2; refused P5-002: its one weak evaluation.
        #expect(figures.jury.accepted.mean(.need) == 2.5)
        #expect(figures.jury.accepted.mean(.openness) == 1.5)
        #expect(figures.jury.accepted.dossiers == 1)
        #expect(figures.jury.refused.mean(.need) == 1)
        #expect(figures.jury.refused.mean(.definition) == 2)
        #expect(report.totals == figures)
    }

    @Test func reopeningAndWithdrawingADefiFromThePromotion() throws {
        let more: [(ProgrammeEvent, String)] = [
            (
                .dossierReopened(DossierReopened(dossier: Self.id(2), reason: "Recount.", previousStatus: .refused)),
                "2021-06-10"
            ),
            (
                .challengeWithdrawn(
                    ChallengeWithdrawn(edition: Self.key, challenge: Self.id(1).challenge, reason: "None.")),
                "2021-07-10"
            ),
        ]
        let figures = try #require(StatisticsReport(C.fold(StatisticsModel.self, Self.log + more)).editions.first)
            .figures
        #expect(figures.projects.refused == 0)
        #expect(figures.projects.accepted == 1)
        #expect(figures.challenges == 0)
        #expect(figures.hosts == 0)
        #expect(figures.decisionDays == DayFigures([125]))
        #expect(figures.jury.refused.dossiers == 0)
    }

    @Test(arguments: [
        ([5], 5.0, 5), ([1, 2, 3, 4], 2.5, 4), (Array(1...10), 5.5, 9), ([30, 10, 20], 20.0, 30),
        (Array(1...20), 10.5, 18),
    ])
    func medianAndNinetiethPercentile(values: [Int], median: Double, p90: Int) throws {
        let figures = try #require(DayFigures(values))
        #expect(figures.median == median)
        #expect(figures.p90 == p90)
        #expect(DayFigures([]) == nil)
    }

    @Test func hostsNewToTheProgrammeAreCountedInTheOrderPromotionsStarted() throws {
        func edition(_ number: Int, year: Int, hosts: [String]) -> [(ProgrammeEvent, String)] {
            let key = EditionKey(number: number)
            var settings = ProgrammeWalk.settings(key)
            settings.year = year
            var events: [(ProgrammeEvent, String)] = [(C.opened(settings), "\(year)-01-01")]
            for (index, host) in hosts.enumerated() {
                let id = DossierID(edition: key, number: index + 1)
                let details = DossierDetails(
                    title: "T", host: host, entrepreneurs: 1, profiles: [.dev], mentors: [C.mentor])
                events += [(C.drafted(id, details), "\(year)-02-01"), (C.accepted(id), "\(year)-06-01")]
            }
            return events
        }
        // Edition 7 started before edition 6: its hosts are the new ones.
        let state = C.fold(
            StatisticsModel.self,
            edition(6, year: 2023, hosts: ["Ministère de la Culture", "DGFiP"])
                + edition(7, year: 2020, hosts: ["ministere de la  culture", "INSEE"]))
        let report = StatisticsReport(state)
        #expect(report.editions.map(\.edition.rawValue) == ["6", "7"])
        #expect(report.editions.map(\.figures.hosts) == [2, 2])
        #expect(report.editions.map(\.figures.newHosts) == [1, 2])
        #expect(report.totals.hosts == 3)
        #expect(report.totals.challenges == 4)
        let only6 = StatisticsReport(state, editions: [EditionKey(number: 6)])
        #expect(only6.editions.map(\.figures.newHosts) == [1])
        #expect(only6.totals.challenges == 2)
    }
}

/// The figures kept event by event are those computed afresh from the facts, on random logs.
struct StatisticsSummaryTests {
    @Test(arguments: [2, 5, 2022] as [UInt64])
    func theFiguresKeptAsEventsComeAreThoseOfTheFacts(seed: UInt64) throws {
        let store = try TemporaryStore()
        var walk = ProgrammeWalk(seed: seed)
        try walk.run(steps: 400, on: store)
        let state = try ReadModels.folded(from: store.reader()).statistics
        #expect(state.partitions.count == 2)
        for (_, partition) in state.partitions {
            var partition = partition
            partition.decodePendingFacts()
            var fresh = EditionSummary()
            for number in partition.facts.dossiers.indices {
                fresh.replace(nil, with: partition.contribution(ofDossier: number + 1))
            }
            for candidature in partition.facts.candidatures {
                fresh.replace(StatisticsModel.CandidatureFacts(), with: candidature)
            }
            #expect(fresh == partition.summary)
            #expect(partition.summary.projects.filed > 0)
        }
    }
}

/// Names compared as people do.
struct TextMatchTests {
    @Test(arguments: [
        ("Ministère de la Culture", "ministere de la culture"),
        ("  MINISTÈRE   de la\tCulture ", "ministere de la culture"),
        ("Ministe\u{300}re", "ministere"),
        ("Cour des comptes", "cour des comptes"),
        ("Œuvre d’État", "oeuvre d'etat"),
        ("Agence nationale de la cohésion des territoires", "agence nationale de la cohesion des territoires"),
    ])
    func namesAreFoldedWithoutCaseAccentsOrExtraSpaces(name: String, folded: String) {
        #expect(TextMatch.folded(name) == folded)
    }

    @Test func aHostFilterMatchesPartsOfNames() {
        #expect(TextMatch.contains("Ministère de la Culture", "CULTURE"))
        #expect(TextMatch.contains("Ministère de la Culture", "ministere de"))
        #expect(!TextMatch.contains("Ministère de la Culture", "justice"))
        #expect(TextMatch.contains("Cerema", ""))
    }
}
