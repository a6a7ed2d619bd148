import EventStore
import Programme
import Projections
import Testing

@testable import Operations

/// Stores for the report's tests: the demo's (history and edition 5), and the figures
/// `eig stats --json` prints for a store, read independently of the report.
enum ReportFixtures {
    /// A fresh store filled by `eig demo`, and an office on it.
    static func demo() throws -> (TemporaryOffice, ProgrammeOffice) {
        let store = try TemporaryOffice(create: false)
        let (office, _) = try ProgrammeOffice.openOrCreate(
            at: store.directory, actor: "demo", clock: { TemporaryOffice.now }, options: TemporaryOffice.options)
        _ = try office.runDemo()
        return (store, office)
    }

    /// The figures of `eig stats` (`--edition` when `editions` is given): the statistics read
    /// model, caught up, as `StatisticsReport` computes them.
    static func statistics(_ store: TemporaryOffice, editions: Set<EditionKey>? = nil) throws -> StatisticsReport {
        let log = try EventLog.open(at: store.directory, mode: .read, options: TemporaryOffice.options)
        return StatisticsReport(try ProjectionStore(log: log).current(StatisticsModel.self).state, editions: editions)
    }

    /// The page of `office`'s store, parsed.
    static func page(
        _ office: ProgrammeOffice, edition: EditionKey? = nil, language: ReportLanguage = .french
    ) throws -> (ReportDocument, XMLTree) {
        let document = try office.makeStatisticsReport(ReportRequest(edition: edition, language: language))
        return (document, try XMLTree(parsing: document.html))
    }

    /// "Promotion 5 (2021)", as the page names an edition.
    static func name(_ edition: EditionFigures, _ labels: ReportLabels = .french) -> String {
        labels.promotionName(edition.edition) + (edition.year.map { " (\($0))" } ?? "")
    }

    /// The table of the figure `id`, as rows of cell texts.
    static func table(_ tree: XMLTree, _ id: String) throws -> [[String]] {
        let figure = try #require(tree.root.element(id: id), "no figure \(id)")
        return try #require(figure.elements(named: "table").first, "no table under \(id)").rows
    }

    /// The row of `rows` whose first cell is `name`.
    static func row(_ rows: [[String]], _ name: String) throws -> [String] {
        try #require(rows.first { $0.first == name }, "no row \(name) in \(rows.map(\.first))")
    }
}
