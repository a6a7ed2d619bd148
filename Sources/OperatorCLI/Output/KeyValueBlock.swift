/// A record for people: `label: value` lines with the values aligned, in sections, as
/// `show` commands print one dossier or candidature.
///
///     status:     submitted
///     host:       Ministère de la Culture
///
///     Jury
///     need:       3
struct KeyValueBlock {
    struct Section {
        var title: String?
        var pairs: [(String, String)]
    }

    var sections: [Section] = []

    init() {}

    /// Adds a line to the current section (the first one if none was started).
    mutating func add(_ label: String, _ value: String) {
        if sections.isEmpty { sections.append(Section(title: nil, pairs: [])) }
        sections[sections.count - 1].pairs.append((label, value))
    }

    /// Starts a titled section.
    mutating func section(_ title: String) {
        sections.append(Section(title: title, pairs: []))
    }

    /// Multi-line values continue under the value column; control characters are replaced.
    func rendered() -> String {
        let labelWidth = sections.flatMap(\.pairs).map { DisplayWidth.of($0.0) + 1 }.max() ?? 0
        return sections.map { section in
            var lines: [String] = []
            if let title = section.title { lines.append(TerminalText.sanitized(title)) }
            for (label, value) in section.pairs {
                let clean = TerminalText.sanitized(value, keepingNewlines: true).split(
                    separator: "\n", omittingEmptySubsequences: false
                )
                let head = DisplayWidth.pad(label + ":", to: labelWidth, alignment: .left)
                lines.append(String((head + "  " + (clean.first ?? "")).reversed().drop { $0 == " " }.reversed()))
                let continuation = String(repeating: " ", count: labelWidth + 2)
                lines.append(contentsOf: clean.dropFirst().map { continuation + $0 })
            }
            return lines.map { $0 + "\n" }.joined()
        }.joined(separator: "\n")
    }
}
