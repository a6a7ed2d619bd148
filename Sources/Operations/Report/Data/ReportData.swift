internal import Programme
internal import Projections

/// Everything a statistics page shows, read from the read models at one position of the log,
/// with that position and its chain hash: the figures a printed report can be traced to.
struct ReportData: Sendable {
    /// The log position the read models stand on.
    var position: UInt64
    /// The chain hash of the record at `position` (hex), 64 zeros for an empty log.
    var chainHash: String
    /// When the report was made (business time).
    var madeAt: BusinessInstant
    /// The edition the report is about; nil for all of them.
    var edition: EditionKey?
    /// The figures of `eig stats` (`--edition E` when one is asked).
    var selected: StatisticsReport
    /// The figures of every edition: the charts over the years always show them all.
    var all: StatisticsReport
    /// The delays and hosts behind `decisionDays`, `hosts` and `newHosts`.
    var details: StatisticsModel.ReportDetails
    /// Each edition's défis with their requested profiles and teams.
    var teams: [EditionKey: [ChallengeTeam]]
    /// What the read side wants the operator to know (read models behind the log).
    var notes: [String]

    /// The editions with a promotion (opened or imported), in the order their promotions
    /// started: 1 (2017), 2 (2018), 3 (2019), dig (2019), 4 (2020)…
    var promotions: [EditionFigures] {
        all.editions.filter { $0.year != nil }.sorted { ($0.year!, $0.edition) < ($1.year!, $1.edition) }
    }

    /// The selected editions with a promotion, in the same order.
    var selectedPromotions: [EditionFigures] {
        selected.editions.filter { $0.year != nil }.sorted { ($0.year!, $0.edition) < ($1.year!, $1.edition) }
    }

    /// Nothing to show: no edition was ever opened or imported.
    var isEmpty: Bool { promotions.isEmpty }
}
