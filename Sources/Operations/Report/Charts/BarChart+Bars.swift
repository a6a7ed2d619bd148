/// Horizontal bars: one row per category, its label on the left, its number after the bar.
extension BarChart {
    func renderBars(labels: ReportLabels) -> HTMLNode {
        typealias Draw = ChartDrawing
        let width = Draw.width
        let (legend, legendHeight) = Draw.legend(series)
        let labelLimit = 230.0
        let wrapped = categories.map { Draw.wrap($0.label, limit: labelLimit, size: Draw.labelSize) }
        let labelWidth =
            min(labelLimit, wrapped.flatMap { $0 }.map { Draw.textWidth($0, size: Draw.labelSize) }.max() ?? 0) + 14
        let valueRoom = 64.0
        let plotLeft = labelWidth
        let plotWidth = width - plotLeft - valueRoom
        let scale = self.scale
        let barHeight = stacking == .stacked || series.count == 1 ? 24.0 : 17.0
        let barGap = 3.0
        let bars = stacking == .stacked ? 1 : series.count
        let rowHeight = max(
            Double(bars) * barHeight + Double(bars - 1) * barGap, Double(wrapped.map(\.count).max() ?? 1) * 16)
        let rowGap = 12.0
        let plotTop = legendHeight + 6
        let plotHeight = Double(categories.count) * (rowHeight + rowGap)
        let height = plotTop + plotHeight + 24

        var grid: [HTMLNode] = []
        for tick in scale.ticks {
            let x = plotLeft + scale.position(tick, length: plotWidth)
            grid.append(Draw.line(x1: x, y1: plotTop - 2, x2: x, y2: plotTop + plotHeight, color: .grid))
            grid.append(
                Draw.text(
                    (tickFormat ?? format)(tick), x: x, y: plotTop + plotHeight + 16, size: Draw.smallSize,
                    anchor: .middle, color: .mutedInk))
        }
        var rows: [HTMLNode] = []
        for (index, category) in categories.enumerated() {
            let top = plotTop + Double(index) * (rowHeight + rowGap) + rowGap / 2
            var nodes: [HTMLNode] = []
            let lines = wrapped[index]
            let firstBaseline = top + rowHeight / 2 - Double(lines.count - 1) * 8 + 4.5
            for (number, line) in lines.enumerated() {
                nodes.append(Draw.text(line, x: labelWidth - 10, y: firstBaseline + Double(number) * 16, anchor: .end))
            }
            if stacking == .stacked {
                nodes += stackedBar(
                    category, top: top, height: rowHeight, left: plotLeft, length: plotWidth, scale: scale)
            } else {
                for (position, value) in category.values.enumerated() {
                    let y = top + Double(position) * (barHeight + barGap)
                    let length = scale.position(value, length: plotWidth)
                    nodes.append(
                        Draw.rectangle(
                            x: plotLeft, y: y, width: length, height: barHeight, color: series[position].color))
                    nodes.append(
                        Draw.text(
                            format(value), x: plotLeft + length + 6, y: y + barHeight / 2 + 4.5, size: Draw.valueSize,
                            bold: true))
                }
            }
            rows.append(.element("g", attributes: [("class", "row")], nodes))
        }
        let axis = Draw.line(x1: plotLeft, y1: plotTop - 2, x2: plotLeft, y2: plotTop + plotHeight, color: .axis)
        return svg(width: width, height: height, labels: labels, legend + grid + rows + [axis])
    }

    /// One stacked bar: a segment per series (numbered inside when it fits), the total after it.
    private func stackedBar(
        _ category: Category, top: Double, height: Double, left: Double, length: Double, scale: ChartScale
    ) -> [HTMLNode] {
        typealias Draw = ChartDrawing
        var nodes: [HTMLNode] = []
        var x = left
        for (position, value) in category.values.enumerated() where value > 0 {
            let segment = scale.position(value, length: length)
            let color = series[position].color
            nodes.append(Draw.rectangle(x: x, y: top, width: segment, height: height, color: color))
            let text = format(value)
            if series.count > 1, segment >= Draw.textWidth(text, size: Draw.valueSize) + 8,
                category.values.filter({ $0 > 0 }).count > 1
            {
                nodes.append(
                    Draw.text(
                        text, x: x + segment / 2, y: top + height / 2 + 4.5, size: Draw.valueSize, anchor: .middle,
                        color: ChartPalette.textColor(on: color)))
            }
            x += segment
        }
        nodes.append(
            Draw.text(format(category.total), x: x + 6, y: top + height / 2 + 4.5, size: Draw.valueSize, bold: true))
        return nodes
    }
}
