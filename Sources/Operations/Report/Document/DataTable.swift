/// A table of figures under a chart: the chart's numbers for those who cannot see it, who
/// print in black and white, or who want to copy a number.
///
/// The first column holds row headers (`<th scope="row">`), the others numbers, aligned right.
struct DataTable: Sendable, Hashable {
    var caption: String
    var columns: [String]
    var rows: [[String]]
    /// A last row set apart (totals); nil for none.
    var footer: [String]?

    func render() -> HTMLNode {
        func row(_ cells: [String], header: Bool) -> HTMLNode {
            .element(
                "tr",
                [:],
                cells.enumerated().map { index, cell in
                    if header { return .element("th", ["scope": "col"], Self.lines(cell)) }
                    if index == 0 { return .element("th", ["scope": "row"], text: cell) }
                    return .element("td", [:], text: cell)
                })
        }
        var children: [HTMLNode] = [
            .element("caption", text: caption),
            .element("thead", [:], [row(columns, header: true)]),
            .element("tbody", [:], rows.map { row($0, header: false) }),
        ]
        if let footer { children.append(.element("tfoot", [:], [row(footer, header: false)])) }
        return .element("table", ["class": "data"], children)
    }

    /// A header's text, its `\n` as line breaks (a promotion above its year).
    static func lines(_ text: String) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { nodes.append(.element("br")) }
            nodes.append(.text(String(line)))
        }
        return nodes
    }
}
