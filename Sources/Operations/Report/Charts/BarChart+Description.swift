/// The chart's text alternative: what kind of chart it is and every number it shows, in the
/// report's language, read by screen readers in place of the drawing (`<desc>`).
extension BarChart {
    func describe(labels: ReportLabels) -> String {
        guard hasData else { return labels.nothingToChart }
        let kind = labels.chartKind(layout == .horizontal, stacking == .stacked, isHistogram)
        let items = categories.map { category -> String in
            let name = category.sublabel.map { "\(category.label) (\($0))" } ?? category.label
            let parts = zip(series, category.values).map { "\($0.name) \(format($1))" }
            if series.count == 1 { return name + labels.colon + format(category.values[0]) }
            if stacking == .stacked {
                // A bar of one colour (a funnel's stage) is just its number.
                let present = zip(series, category.values).filter { $1 > 0 }.map { "\($0.name) \(format($1))" }
                guard present.count > 1 else { return name + labels.colon + format(category.total) }
                return name + labels.colon + labels.totalThenParts(format(category.total), present)
            }
            return name + labels.colon + parts.joined(separator: ", ")
        }
        return kind + ". " + items.joined(separator: labels.listSeparator) + "."
    }
}
