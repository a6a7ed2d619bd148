import Testing

@testable import Operations

/// The report's markup: every text escaped, every element closed, as XML and HTML both read it.
struct HTMLNodeTests {
    @Test func textAndAttributesAreEscaped() {
        let node = HTMLNode.element("p", ["title": "a \"quoted\" <b> & c"], text: "3 < 4 & 5 > 2 \"ok\"")
        #expect(
            node.render() == "<p title=\"a &quot;quoted&quot; &lt;b&gt; &amp; c\">3 &lt; 4 &amp; 5 &gt; 2 \"ok\"</p>")
    }

    @Test func charactersXMLForbidsAreReplaced() {
        #expect(HTMLNode.text("a\u{0}b\u{1B}c\u{FFFF}\td\ne").render() == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\td\ne")
    }

    @Test func voidElementsAndShapesCloseThemselvesOthersGetAnEndTag() {
        #expect(HTMLNode.element("meta", ["charset": "utf-8"]).render() == "<meta charset=\"utf-8\"/>")
        #expect(HTMLNode.element("rect", attributes: [("x", "1")]).render() == "<rect x=\"1\"/>")
        #expect(HTMLNode.element("td", [:]).render() == "<td></td>")
        #expect(HTMLNode.element("title", [:]).render() == "<title></title>")
    }

    @Test func aStyleSheetIsWrittenAsIs() {
        let node = HTMLNode.styleSheet("a > b { content: \"x\"; }")
        #expect(node.render() == "<style>a > b { content: \"x\"; }</style>")
        #expect(!ReportStyleSheet.css.contains("<") && !ReportStyleSheet.css.contains("&"))
    }

    @Test func textContentIsWhatAScreenReaderReads() {
        let node = HTMLNode.element("p", [:], [.text("a "), .element("strong", text: "b"), .text(" c")])
        #expect(node.textContent == "a b c")
    }
}
