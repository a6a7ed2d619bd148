/// Vertical columns: one slot per category along the bottom (two-line labels: promotion and
/// year), a value axis on the left, numbers above the columns.
extension BarChart {
    func renderColumns(labels: ReportLabels) -> HTMLNode {
        typealias Draw = ChartDrawing
        let width = Draw.width
        let (legend, legendHeight) = Draw.legend(series)
        let scale = self.scale
        let axisWidth =
            8 + (scale.ticks.map { Draw.textWidth((tickFormat ?? format)($0), size: Draw.smallSize) }.max() ?? 10)
        let plotLeft = axisWidth + 6
        let plotWidth = width - plotLeft - 4
        let plotTop = legendHeight + 20
        let plotHeight = 200.0
        let bottom = plotTop + plotHeight
        let hasSublabels = categories.contains { $0.sublabel != nil }
        let height = bottom + (hasSublabels ? 40 : 24)
        let slot = plotWidth / Double(max(categories.count, 1))

        var grid: [HTMLNode] = []
        for tick in scale.ticks {
            let y = bottom - scale.position(tick, length: plotHeight)
            grid.append(Draw.line(x1: plotLeft, y1: y, x2: width - 4, y2: y, color: .grid))
            grid.append(
                Draw.text(
                    (tickFormat ?? format)(tick), x: plotLeft - 6, y: y + 4, size: Draw.smallSize, anchor: .end,
                    color: .mutedInk))
        }
        var columns: [HTMLNode] = []
        for (index, category) in categories.enumerated() {
            let center = plotLeft + slot * (Double(index) + 0.5)
            var nodes: [HTMLNode] = []
            if isHistogram || stacking == .stacked {
                let barWidth = isHistogram ? slot - 2 : min(64, slot * 0.62)
                nodes += stackedColumn(
                    category, center: center, width: barWidth, bottom: bottom, height: plotHeight, scale: scale)
            } else {
                let count = Double(series.count)
                let barWidth = min(34, slot * 0.8 / count)
                for (position, value) in category.values.enumerated() {
                    let x = center - barWidth * count / 2 + Double(position) * barWidth
                    let length = scale.position(value, length: plotHeight)
                    nodes.append(
                        Draw.rectangle(
                            x: x + 1, y: bottom - length, width: barWidth - 2, height: length,
                            color: series[position].color))
                    nodes.append(
                        Draw.text(
                            format(value), x: x + barWidth / 2, y: bottom - length - 5, size: Draw.smallSize,
                            anchor: .middle,
                            bold: true))
                }
            }
            let label = Draw.wrap(category.label, limit: slot - 4, size: Draw.valueSize)[0]
            nodes.append(Draw.text(label, x: center, y: bottom + 16, size: Draw.valueSize, anchor: .middle))
            if let sublabel = category.sublabel {
                nodes.append(
                    Draw.text(
                        sublabel, x: center, y: bottom + 31, size: Draw.smallSize, anchor: .middle, color: .mutedInk))
            }
            columns.append(.element("g", attributes: [("class", "column")], nodes))
        }
        let axis = Draw.line(x1: plotLeft, y1: bottom, x2: width - 4, y2: bottom, color: .axis)
        return svg(width: width, height: height, labels: labels, legend + grid + columns + [axis])
    }

    /// One column of stacked segments (numbered inside when they fit), the total above it.
    private func stackedColumn(
        _ category: Category, center: Double, width: Double, bottom: Double, height: Double, scale: ChartScale
    ) -> [HTMLNode] {
        typealias Draw = ChartDrawing
        var nodes: [HTMLNode] = []
        var top = bottom
        let parts = category.values.filter { $0 > 0 }.count
        for (position, value) in category.values.enumerated() where value > 0 {
            let segment = scale.position(value, length: height)
            top -= segment
            let color = series[position].color
            nodes.append(Draw.rectangle(x: center - width / 2, y: top, width: width, height: segment, color: color))
            let text = format(value)
            if parts > 1, segment >= 15, Draw.textWidth(text, size: Draw.smallSize) + 4 <= width {
                nodes.append(
                    Draw.text(
                        text, x: center, y: top + segment / 2 + 4, size: Draw.smallSize, anchor: .middle,
                        color: ChartPalette.textColor(on: color)))
            }
        }
        if category.total > 0 || !isHistogram {
            nodes.append(
                Draw.text(
                    format(category.total), x: center, y: top - 5, size: Draw.smallSize, anchor: .middle, bold: true))
        }
        return nodes
    }
}
