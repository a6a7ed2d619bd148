internal import Programme
internal import Projections

/// How long dossiers waited for their decision (a histogram of days), and how the jury
/// scored accepted and refused dossiers on each criterion.
extension StatisticsPage {
    func decisions() -> HTMLNode {
        section("decisions", labels.decisionsTitle, [delays().render(labels: labels), jury().render(labels: labels)])
    }

    /// The decision delays of the selected editions, ascending.
    var decisionDays: [Int] {
        data.selectedPromotions.flatMap { data.details.decisionDays[$0.edition] ?? [] }.sorted()
    }

    func delays() -> ChartFigure {
        let days = decisionDays
        let bins = DayBins(days)
        let title = labels.delaysChartTitle
        let chart = BarChart(
            id: "delays", title: title, layout: .columns, stacking: .stacked,
            series: [.init(name: labels.decidedDossiers, color: ChartPalette.blue)],
            categories: bins.ranges.map {
                BarChart.Category(
                    label: labels.dayRange($0.lowerBound, $0.upperBound), values: [Double(bins.count(in: $0))])
            },
            format: countFormat, isHistogram: true)
        var notes: [String] = []
        if let figures = data.selected.totals.decisionDays {
            notes.append(
                labels.delaysSummary(
                    labels.decimal(figures.median, digits: figures.median == figures.median.rounded() ? 0 : 1),
                    labels.integer(figures.p90), labels.integer(figures.count)))
        }
        notes.append(labels.delaysNote)
        return ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title), columns: [labels.delayColumn, labels.decidedDossiers],
                rows: bins.ranges.map {
                    [labels.dayRange($0.lowerBound, $0.upperBound), labels.integer(bins.count(in: $0))]
                },
                footer: [labels.total, labels.integer(days.count)]),
            notes: notes)
    }

    /// Mean score (1 to 4) per criterion, accepted dossiers beside refused ones.
    func jury() -> ChartFigure {
        let jury = data.selected.totals.jury
        let evaluated = data.selectedPromotions.reduce(into: StatisticsModel.EvaluatedDossiers()) { sum, edition in
            sum.accepted += data.details.evaluated[edition.edition]?.accepted ?? 0
            sum.refused += data.details.evaluated[edition.edition]?.refused ?? 0
        }
        var groups: [(String, ChartColor, CriterionMeans)] = []
        if jury.accepted.dossiers > 0, Criterion.allCases.contains(where: { jury.accepted.mean($0) != nil }) {
            groups.append((labels.acceptedDossiers, ChartPalette.blue, jury.accepted))
        }
        if jury.refused.dossiers > 0, Criterion.allCases.contains(where: { jury.refused.mean($0) != nil }) {
            groups.append((labels.refusedDossiers, ChartPalette.orange, jury.refused))
        }
        let labels = self.labels
        let title = labels.juryChartTitle
        let chart = BarChart(
            id: "jury", title: title, layout: .horizontal, stacking: .grouped,
            series: groups.map { .init(name: $0.0, color: $0.1) },
            categories: Criterion.allCases.map { criterion in
                BarChart.Category(label: labels.criterion(criterion), values: groups.map { $0.2.mean(criterion) ?? 0 })
            },
            format: { labels.decimal($0, digits: 1) }, tickFormat: { labels.decimal($0, digits: 0) }, fixedMaximum: 4,
            isCount: false)
        let rows = Criterion.allCases.map { criterion in
            [labels.criterion(criterion)]
                + groups.map { $0.2.mean(criterion).map { labels.decimal($0, digits: 2) } ?? "–" }
        }
        return ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title), columns: [labels.criterionColumn] + groups.map(\.0), rows: rows),
            notes: [labels.juryNote(evaluated.accepted, evaluated.refused)])
    }
}
