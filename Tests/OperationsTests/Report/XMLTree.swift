import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A report page parsed as XML with Foundation's `XMLParser`: if it parses, the page is
/// well-formed; the tree then lets tests find sections, charts and table cells.
final class XMLTree {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        /// Text directly inside, and in descendants, in order.
        var text = ""
        weak var parent: Element?

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Every element below (and including) this one, in document order.
        var all: [Element] { [self] + children.flatMap(\.all) }

        func elements(named name: String) -> [Element] { all.filter { $0.name == name } }

        func element(id: String) -> Element? { all.first { $0.attributes["id"] == id } }

        /// The rows of a table (thead, tbody, tfoot), each as its cells' text.
        var rows: [[String]] {
            elements(named: "tr").map { row in row.children.filter { ["th", "td"].contains($0.name) }.map(\.text) }
        }
    }

    let root: Element

    /// Parses `text`; throws the parser's error (with its line) when it is not well-formed XML.
    init(parsing text: String) throws {
        let delegate = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        self.root = root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let element = Element(name: name, attributes: attributes)
            element.parent = stack.last
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for element in stack { element.text += string }
        }
    }
}
