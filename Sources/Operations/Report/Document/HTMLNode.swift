/// A node of an HTML document as the report builds it: an element with attributes and
/// children, or text.
///
/// The report is a tree, never concatenated strings, so that every text and attribute value
/// goes through one escaping function (``HTMLNode/render()``) and every element is closed:
/// the output is well-formed XML as well as HTML (XHTML-compatible), which a test checks with
/// an XML parser. SVG elements are nodes too.
///
/// ```swift
/// let node = HTMLNode.element("p", ["class": "note"], [.text("3 < 4 & 5")])
/// node.render()  // <p class="note">3 &lt; 4 &amp; 5</p>
/// ```
enum HTMLNode: Sendable, Hashable {
    /// An element; attributes keep their order, so the output is the same on every run.
    case element(name: String, attributes: [Attribute], children: [HTMLNode])
    /// Text, escaped on output.
    case text(String)
    /// The content of a `<style>` element, written as is: CSS must not be escaped. Made only by
    /// ``styleSheet(_:)``, which refuses text that could close the element or start markup.
    case styleText(String)

    struct Attribute: Sendable, Hashable {
        var name: String
        var value: String
    }

    /// An element with its attributes in the order given.
    static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ children: [HTMLNode] = []
    ) -> HTMLNode {
        .element(
            name: name, attributes: attributes.map { Attribute(name: $0.key, value: $0.value) }, children: children)
    }

    /// An element whose only child is `text`.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) -> HTMLNode {
        element(name, attributes, [.text(text)])
    }

    /// An element with attributes computed at run time (chart geometry).
    static func element(_ name: String, attributes: [(String, String)], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name: name, attributes: attributes.map { Attribute(name: $0.0, value: $0.1) }, children: children)
    }

    /// A `<style>` element holding `css`.
    ///
    /// - Precondition: `css` holds no `<` and no `&` (it is eig's own style sheet, a constant).
    static func styleSheet(_ css: String) -> HTMLNode {
        precondition(!css.contains("<") && !css.contains("&"), "a style sheet may not hold < or &")
        return .element(name: "style", attributes: [], children: [.styleText(css)])
    }

    /// The element's name, or nil for text.
    var name: String? {
        if case .element(let name, _, _) = self { name } else { nil }
    }

    /// The text of the node and of all its descendants, in order: what a screen reader reads.
    var textContent: String {
        switch self {
        case .element(_, _, let children): children.map(\.textContent).joined()
        case .text(let text), .styleText(let text): text
        }
    }
}
