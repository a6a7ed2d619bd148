/// Writes CSV as RFC 4180 defines it, so that it opens in a spreadsheet as is.
///
/// The choices, documented for script writers: fields separated by commas; records end with
/// CRLF (the RFC's line break; spreadsheets and most CSV readers accept it, and `tr -d '\r'`
/// removes it); a field is quoted when it contains a comma, a double quote, a CR or an LF, and
/// quotes inside are doubled; text is UTF-8 without a byte-order mark; values are never cut.
struct CSVWriter {
    static let lineEnd = "\r\n"
    private(set) var text = ""

    mutating func appendRow(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + Self.lineEnd
    }

    static func escape(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        var quoted = "\""
        for scalar in field.unicodeScalars {
            quoted.unicodeScalars.append(scalar)
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
