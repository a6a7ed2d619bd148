extension HTMLNode {
    /// HTML elements that have no content and no end tag: written `<meta … />`, which both an
    /// HTML and an XML parser read as a closed element.
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "col", "wbr"]

    /// SVG shapes, written `<rect … />` when they have no children (SVG is XML inside HTML).
    static let emptySVGElements: Set<String> = ["rect", "line", "path", "circle", "polyline", "polygon"]

    /// The markup of the node: every text and attribute value escaped, every element closed.
    func render() -> String {
        var output = ""
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch self {
        case .text(let text):
            output += Self.escaped(text, quotes: false)
        case .styleText(let css):
            output += css
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name + "=\"" + Self.escaped(attribute.value, quotes: true) + "\""
            }
            if children.isEmpty, Self.voidElements.contains(name) || Self.emptySVGElements.contains(name) {
                output += "/>"
                return
            }
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        }
    }

    /// `text` with `&`, `<`, `>` (and `"` in attribute values) as entities known to both HTML
    /// and XML, and characters XML 1.0 does not allow (C0 controls but tab and line breaks,
    /// U+FFFE, U+FFFF) replaced by U+FFFD, so that no text from the log can break the page.
    static func escaped(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
