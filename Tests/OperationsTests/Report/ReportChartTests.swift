import Programme
import Testing

@testable import Operations

/// The charts' scales, bins, colours and text alternatives.
struct ReportChartTests {
    @Test(arguments: [(1.0, 1.0), (4, 4), (9, 10), (18, 20), (41, 50), (87, 100), (471, 500), (1_878, 2_000)])
    func countScalesEndOnARoundNumberAboveTheLargest(_ largest: Double, _ maximum: Double) {
        let scale = ChartScale(largest: largest)
        #expect(scale.maximum == maximum)
        #expect(scale.step == scale.step.rounded() && scale.step >= 1)
        #expect(scale.ticks.first == 0 && scale.ticks.last == maximum)
        #expect(scale.ticks.count <= 7)
    }

    @Test func aFixedMaximumIsKept() {
        let scale = ChartScale(largest: 3.4, fixedMaximum: 4, wholeSteps: false)
        #expect(scale.ticks == [0, 1, 2, 3, 4])
        #expect(scale.position(2, length: 100) == 50)
        #expect(scale.position(9, length: 100) == 100)
    }

    @Test func daysAreBinnedInRoundWidthsCoveringEveryValue() {
        let values = [0, 3, 13, 45, 97, 97]
        let bins = DayBins(values)
        #expect(bins.ranges.first == 0...9)
        #expect(bins.ranges.count == 10)
        #expect(bins.ranges.map { bins.count(in: $0) }.reduce(0, +) == values.count)
        #expect(bins.count(in: 90...99) == 2)
        #expect(DayBins([]).ranges.isEmpty)
        #expect(DayBins([5, 5]).ranges == [0...0, 1...1, 2...2, 3...3, 4...4, 5...5])
    }

    /// WCAG 1.4.11: every bar stands out from the page (3:1); WCAG 1.4.3: every number written
    /// on a bar, and every text colour of the style sheet, reads on its background (4.5:1).
    @Test func coloursPassWCAGAA() {
        for color in ChartPalette.series + [ChartPalette.unknown] {
            #expect(color.contrast(with: .white) >= 3, "\(color.hex) on white")
            #expect(color.contrast(with: ChartPalette.textColor(on: color)) >= 4.5, "text on \(color.hex)")
        }
        #expect(Set(ChartPalette.series.map(\.hex)).count == ChartPalette.series.count)
        let texts: [(UInt32, UInt32)] = [
            (0x161616, 0xFFFFFF), (0x3A3A3A, 0xFFFFFF), (0x000091, 0xFFFFFF), (0x000091, 0xF3F3FD),
            (0x161616, 0xF3F3FD), (0xB34000, 0xFFFFFF),
        ]
        for (text, background) in texts {
            #expect(ChartColor(text).contrast(with: ChartColor(background)) >= 4.5, "\(text) on \(background)")
            #expect(ReportStyleSheet.css.contains(ChartColor(text).hex))
        }
        #expect(abs(ChartColor(0x000000).contrast(with: .white) - 21) < 0.001)
    }

    static func chart(_ values: [[Double]]) -> BarChart {
        BarChart(
            id: "c", title: "Titre", layout: .columns, stacking: .grouped,
            series: [
                .init(name: "Défis", color: ChartPalette.blue),
                .init(name: "Entrepreneurs", color: ChartPalette.orange),
            ],
            categories: values.enumerated().map {
                .init(label: "Promo \($0 + 1)", sublabel: "\(2017 + $0)", values: $1)
            },
            format: { ReportLabels.french.integer(Int($0)) })
    }

    @Test func theTextAlternativeGivesEveryNumber() {
        let description = Self.chart([[9, 9], [13, 28]]).describe(labels: .french)
        #expect(description.hasPrefix("Diagramme en colonnes."))
        #expect(description.contains("Promo 1 (2017)\u{00A0}: Défis 9, Entrepreneurs 9"))
        #expect(description.contains("Promo 2 (2018)\u{00A0}: Défis 13, Entrepreneurs 28"))
        let svg = Self.chart([[9, 9], [13, 28]]).render(labels: .french).render()
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains(">28</text>"))
    }

    @Test func aChartWithNothingToDrawSaysSo() {
        let figure = ChartFigure(
            chart: Self.chart([[0, 0]]), table: DataTable(caption: "t", columns: ["a"], rows: []), notes: ["why"])
        let html = figure.render(labels: .english).render()
        #expect(!html.contains("<svg") && !html.contains("<table"))
        #expect(html.contains(ReportLabels.english.nothingToChart) && html.contains("why"))
    }
}

extension ReportChartTests {
    @Test func aStackedBarOfOneColourIsDescribedByItsNumberAndOfSeveralByItsParts() {
        var chart = Self.chart([[18, 0], [0, 1], [11, 6]])
        chart.stacking = .stacked
        let description = chart.describe(labels: .english)
        #expect(description.hasPrefix("Stacked column chart."))
        #expect(description.contains("Promo 1 (2017): 18; Promo 2 (2018): 1; "))
        #expect(description.contains("Promo 3 (2019): 17 in total, of which Défis 11, Entrepreneurs 6."))
    }
}
