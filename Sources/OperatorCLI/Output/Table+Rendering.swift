import EventStore

/// A table in each output format.
extension Table {
    /// Aligned columns separated by two spaces, headers first; cells wider than their column's
    /// `maxWidth` are cut with "…"; control characters are replaced so that one row stays one
    /// line and no escape sequence reaches the terminal.
    func renderedForPeople() -> String {
        let header = columns.map(\.title)
        let body = rows.map { row in
            zip(columns, row).map { column, cell in
                let text = TerminalText.sanitized(cell.text)
                return column.maxWidth.map { DisplayWidth.truncate(text, to: $0) } ?? text
            }
        }
        var widths = header.map(DisplayWidth.of)
        for row in body {
            for (index, text) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(text))
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, text in
                DisplayWidth.pad(text, to: widths[index], alignment: columns[index].alignment)
            }
            var text = padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        return line(header) + body.map(line).joined()
    }

    /// RFC 4180: a header row of the column keys, then the rows (see ``CSVWriter``).
    func renderedAsCSV() -> String {
        var writer = CSVWriter()
        writer.appendRow(columns.map(\.key))
        for row in rows {
            writer.appendRow(row.map(\.text))
        }
        return writer.text
    }

    /// An array of objects keyed by the column keys, in column order.
    var json: JSON {
        .array(
            rows.map { row in
                JSON.object(zip(columns, row).map { ($0.key, $1.json) })
            }
        )
    }
}

/// Text from the log or from an operator, made safe to print on a terminal.
enum TerminalText {
    /// Newlines and tabs become spaces (one record, one line); other control characters and
    /// bidirectional overrides become "�", so stored text can't move the cursor, recolour the
    /// terminal or reorder what the operator reads.
    static func sanitized(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: \.isControlOrBidiOverride) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where keepingNewlines: result.append(scalar)
            case "\n", "\t", "\r": result.append(" ")
            case _ where scalar.isControlOrBidiOverride: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
