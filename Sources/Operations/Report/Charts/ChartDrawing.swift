/// The small pieces every chart draws with: text, rectangles, lines and the legend, in the
/// page's palette and type sizes.
///
/// There are no font metrics without a font engine: text widths are estimated generously
/// (0.6 em a character), which is enough to place labels and decide whether a number fits
/// inside its bar.
enum ChartDrawing {
    static let width: Double = 680
    static let labelSize: Double = 13
    static let valueSize: Double = 12
    static let smallSize: Double = 11

    /// The estimated width of `text` at `size`.
    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }

    enum Anchor: String {
        case start, middle, end
    }

    static func text(
        _ content: String, x: Double, y: Double, size: Double = labelSize, anchor: Anchor = .start,
        color: ChartColor = .ink, bold: Bool = false
    ) -> HTMLNode {
        var attributes: [(String, String)] = [
            ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)), ("font-size", SVGNumber.text(size)),
            ("fill", color.hex),
        ]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        return .element("text", attributes: attributes, [.text(content)])
    }

    static func rectangle(x: Double, y: Double, width: Double, height: Double, color: ChartColor) -> HTMLNode {
        .element(
            "rect",
            attributes: [
                ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)), ("width", SVGNumber.text(max(0, width))),
                ("height", SVGNumber.text(max(0, height))), ("fill", color.hex),
            ])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, color: ChartColor, width: Double = 1) -> HTMLNode {
        .element(
            "line",
            attributes: [
                ("x1", SVGNumber.text(x1)), ("y1", SVGNumber.text(y1)), ("x2", SVGNumber.text(x2)),
                ("y2", SVGNumber.text(y2)), ("stroke", color.hex), ("stroke-width", SVGNumber.text(width)),
            ])
    }

    /// The legend of `series` on one line (or more when it does not fit) from the top left;
    /// returns the nodes and the height used (0 for a single series: its name is the title's).
    static func legend(_ series: [BarChart.Series], x: Double = 0) -> (nodes: [HTMLNode], height: Double) {
        guard series.count > 1 else { return ([], 0) }
        var nodes: [HTMLNode] = []
        var (left, top) = (x, 0.0)
        for item in series {
            let itemWidth = 14 + 6 + textWidth(item.name, size: valueSize) + 18
            if left + itemWidth > width, left > x {
                left = x
                top += 20
            }
            nodes.append(rectangle(x: left, y: top + 2, width: 14, height: 14, color: item.color))
            nodes.append(text(item.name, x: left + 20, y: top + 14, size: valueSize))
            left += itemWidth
        }
        return ([.element("g", attributes: [("class", "legend")], nodes)], top + 28)
    }

    /// `text` cut at spaces into lines of at most `limit` estimated width (two lines at most,
    /// the second shortened with an ellipsis if it must be).
    static func wrap(_ text: String, limit: Double, size: Double) -> [String] {
        guard textWidth(text, size: size) > limit else { return [text] }
        var lines = [""]
        for word in text.split(separator: " ") {
            let candidate = lines[lines.count - 1].isEmpty ? String(word) : lines[lines.count - 1] + " " + word
            if textWidth(candidate, size: size) <= limit || lines[lines.count - 1].isEmpty || lines.count == 2 {
                lines[lines.count - 1] = candidate
            } else {
                lines.append(String(word))
            }
        }
        if textWidth(lines[lines.count - 1], size: size) > limit {
            let characters = max(1, Int(limit / (size * 0.6)) - 1)
            lines[lines.count - 1] = String(lines[lines.count - 1].prefix(characters)) + "…"
        }
        return lines
    }
}
