/// A chart as the page shows it: a visible title, the drawing, a note, and the table of its
/// numbers, kept together on one printed page.
///
/// When the chart has nothing to draw (no dossier decided yet, say), the figure says so in a
/// sentence instead of drawing empty axes.
struct ChartFigure: Sendable {
    var chart: BarChart
    var table: DataTable
    /// Sentences under the chart: how to read it, what the data leaves out.
    var notes: [String] = []

    func render(labels: ReportLabels) -> HTMLNode {
        var children: [HTMLNode] = [.element("figcaption", text: chart.title)]
        guard chart.hasData else {
            children.append(.element("p", ["class": "empty"], text: labels.nothingToChart))
            for note in notes { children.append(.element("p", ["class": "note"], text: note)) }
            return .element("figure", attributes: [("class", "chart"), ("id", chart.id)], children)
        }
        children.append(.element("div", ["class": "drawing"], [chart.render(labels: labels)]))
        for note in notes { children.append(.element("p", ["class": "note"], text: note)) }
        children.append(table.render())
        return .element("figure", attributes: [("class", "chart"), ("id", chart.id)], children)
    }
}
