/// A bar chart drawn by eig as inline SVG: horizontal bars (funnels, scores by criterion) or
/// vertical columns (figures per promotion, a histogram), grouped or stacked.
///
/// It is data only; ``BarChart+Bars`` and ``BarChart+Columns`` draw it, and
/// ``BarChart+Description`` writes its text alternative. Every bar carries its number, so
/// the chart reads without its table, and the table reads without the chart.
struct BarChart: Sendable {
    enum Layout: Sendable {
        /// One row per category, bars growing to the right; long labels fit on the left.
        case horizontal
        /// One column per category, growing upwards: for series over the years.
        case columns
    }

    enum Stacking: Sendable {
        /// The series' bars side by side.
        case grouped
        /// The series' bars on top of one another; the number shown is the total.
        case stacked
    }

    struct Series: Sendable, Hashable {
        var name: String
        var color: ChartColor
    }

    struct Category: Sendable, Hashable {
        /// First line of the label ("Promotion 5", "Déposés").
        var label: String
        /// Second line, for columns ("2021"); nil for none.
        var sublabel: String?
        /// One value per series.
        var values: [Double]

        var total: Double { values.reduce(0, +) }
    }

    /// The id that links the SVG to its title and description (unique in the page).
    var id: String
    var title: String
    var layout: Layout
    var stacking: Stacking
    var series: [Series]
    var categories: [Category]
    /// How values are written on bars and in the description ("3,4", "18").
    var format: @Sendable (Double) -> String
    /// How the value axis's ticks are written; `format` when nil.
    var tickFormat: (@Sendable (Double) -> String)? = nil
    /// The top of the value axis whatever the data (4 for jury scores), else a round maximum.
    var fixedMaximum: Double?
    /// Whether values are counts (whole ticks).
    var isCount = true
    /// Columns touch (a histogram of adjacent ranges).
    var isHistogram = false

    /// Whether there is anything to draw: some value above zero.
    var hasData: Bool { categories.contains { $0.values.contains { $0 > 0 } } }

    /// The value axis.
    var scale: ChartScale {
        let largest =
            stacking == .stacked
            ? categories.map(\.total).max() ?? 0 : categories.flatMap(\.values).max() ?? 0
        return ChartScale(largest: largest, fixedMaximum: fixedMaximum, wholeSteps: isCount)
    }

    /// The SVG of the chart.
    func render(labels: ReportLabels) -> HTMLNode {
        switch layout {
        case .horizontal: renderBars(labels: labels)
        case .columns: renderColumns(labels: labels)
        }
    }

    /// The `<svg>` element with its text alternative: `role="img"`, and a `<title>` and a
    /// `<desc>` it is labelled by, so screen readers announce the chart and what it shows.
    func svg(width: Double, height: Double, labels: ReportLabels, _ content: [HTMLNode]) -> HTMLNode {
        .element(
            "svg",
            attributes: [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart"), ("role", "img"),
                ("viewBox", "0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))"),
                ("width", SVGNumber.text(width)), ("height", SVGNumber.text(height)),
                ("aria-labelledby", "\(id)-title \(id)-desc"),
            ],
            [
                .element("title", attributes: [("id", "\(id)-title")], [.text(title)]),
                .element("desc", attributes: [("id", "\(id)-desc")], [.text(describe(labels: labels))]),
            ] + content)
    }
}

/// Numbers in SVG attributes: at most one decimal, a dot, no exponent.
enum SVGNumber {
    static func text(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
