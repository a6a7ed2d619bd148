/// JSON text: compact for JSON Lines, indented by two spaces for documents.
///
/// Strings are escaped as RFC 8259 requires (quote, backslash, control characters), and also
/// U+2028 and U+2029 so that output can be pasted into JavaScript; other characters are written
/// as UTF-8, `/` is not escaped. Numbers use Swift's shortest round-trip form.
extension JSONValue {
    /// One line, no spaces: a JSON Lines record.
    var compactText: String {
        var output = ""
        write(to: &output, indent: nil, depth: 0)
        return output
    }

    /// Indented by two spaces, ending without a newline.
    var prettyText: String {
        var output = ""
        write(to: &output, indent: "  ", depth: 0)
        return output
    }

    func write(to output: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value): output += value.isFinite ? Self.numberText(value) : "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                Self.newline(&output, indent: indent, depth: depth + 1)
                element.write(to: &output, indent: indent, depth: depth + 1)
            }
            Self.newline(&output, indent: indent, depth: depth)
            output += "]"
        case .object(let object):
            guard !object.members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { output += "," }
                Self.newline(&output, indent: indent, depth: depth + 1)
                Self.writeString(member.key, to: &output)
                output += indent == nil ? ":" : ": "
                member.value.write(to: &output, indent: indent, depth: depth + 1)
            }
            Self.newline(&output, indent: indent, depth: depth)
            output += "}"
        }
    }

    static func newline(_ output: inout String, indent: String?, depth: Int) {
        guard let indent else { return }
        output += "\n" + String(repeating: indent, count: depth)
    }

    /// `3.0` → `3.0`, `0.1` → `0.1`, `1e-07` → `1e-07`: all valid JSON numbers.
    static func numberText(_ value: Double) -> String {
        value.description
    }

    static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}", "\u{2029}": output += "\\u\(hex4(scalar.value))"
            case _ where scalar.value < 0x20: output += "\\u\(hex4(scalar.value))"
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
