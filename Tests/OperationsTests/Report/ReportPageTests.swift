import EventStore
import Foundation
import Programme
import Projections
import Testing

@testable import Operations

/// `eig report` on the demo's store: every section is there, the page is well-formed XML, its
/// charts have text alternatives and tables, and it draws nothing from outside the file.
@Suite(.serialized)
struct ReportPageTests {
    static let sections = ["funnels", "promotions", "profiles", "decisions", "hosts", "provenance"]
    static let figures = [
        "funnel-projects-5", "funnel-candidates-5", "promotions", "profiles", "recruitment", "delays", "jury",
        "hosts-chart",
    ]

    @Test func theDemosReportHasEverySectionAndEveryChart() throws {
        let (store, office) = try ReportFixtures.demo()
        let (document, tree) = try ReportFixtures.page(office)
        #expect(!document.isEmpty)
        for id in Self.sections + Self.figures {
            #expect(tree.root.element(id: id) != nil, "no element \(id)")
        }
        for figure in Self.figures {
            let svg = try #require(
                tree.root.element(id: figure)?.elements(named: "svg").first, "\(figure) has no chart")
            #expect(svg.attributes["role"] == "img")
            let labelledBy = try #require(svg.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
            #expect(labelledBy == ["\(figure)-title", "\(figure)-desc"])
            #expect(svg.element(id: "\(figure)-title")?.name == "title")
            #expect(svg.element(id: "\(figure)-desc")?.name == "desc")
            #expect(try #require(svg.element(id: "\(figure)-desc")).text.count > 20)
            #expect(try ReportFixtures.table(tree, figure).count > 1, "\(figure) has no table of figures")
        }
        #expect(tree.root.element(id: "hosts-5") != nil && tree.root.element(id: "hosts-1") != nil)
        #expect(tree.root.element(id: "nothing-yet") == nil)
        _ = store
    }

    @Test func theFooterGivesThePositionAndChainHashTheFiguresStandOn() throws {
        let (store, office) = try ReportFixtures.demo()
        let head = try office.head
        let (document, tree) = try ReportFixtures.page(office)
        #expect(document.position == head.position)
        #expect(document.chainHash == head.chainHash.hex)
        let footer = try #require(tree.root.element(id: "provenance"))
        #expect(footer.text.contains(ReportLabels.french.integer(Int(head.position))))
        #expect(footer.elements(named: "code").map(\.text).contains(head.chainHash.hex))
        #expect(footer.elements(named: "code").map(\.text).contains("eig replay --as-at \(head.position) stats"))
        #expect(footer.text.contains(ReportLabels.french.instant(TemporaryOffice.now)))
        _ = store
    }

    @Test func thePageLoadsNothingFromOutsideTheFile() throws {
        let (store, office) = try ReportFixtures.demo()
        let html = try office.makeStatisticsReport(ReportRequest()).html
        for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "src=", "url(", "@import", "@font-face"] {
            #expect(!html.contains(forbidden), "the page holds \(forbidden)")
        }
        // The only addresses are the two namespace names, which nothing fetches.
        var rest = Substring(html)
        while let range = rest.range(of: "http") {
            let address = rest[range.lowerBound...].prefix { $0 != "\"" }
            #expect(["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"].contains(String(address)))
            rest = rest[range.upperBound...]
        }
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("break-inside: avoid"))
        _ = store
    }

    @Test func anEmptyStoreGivesAPageThatSaysThereIsNothingYet() throws {
        let store = try TemporaryOffice()
        let office = try store.office(access: .read)
        let (document, tree) = try ReportFixtures.page(office)
        #expect(document.isEmpty)
        #expect(document.position == 0)
        #expect(document.chainHash == String(repeating: "0", count: 64))
        let section = try #require(tree.root.element(id: "nothing-yet"))
        #expect(section.text.contains(ReportLabels.french.nothingYetTitle))
        #expect(tree.root.elements(named: "svg").isEmpty)
        #expect(tree.root.elements(named: "table").isEmpty)
        #expect(tree.root.element(id: "provenance") != nil)
    }

    @Test func labelsSwitchToEnglish() throws {
        let (store, office) = try ReportFixtures.demo()
        let (_, french) = try ReportFixtures.page(office)
        let (_, english) = try ReportFixtures.page(office, language: .english)
        #expect(french.root.attributes["lang"] == "fr")
        #expect(english.root.attributes["lang"] == "en")
        let headings = english.root.elements(named: "h2").map(\.text)
        #expect(headings.contains(ReportLabels.english.funnelsTitle))
        #expect(headings.contains(ReportLabels.english.provenanceTitle))
        #expect(!headings.contains(ReportLabels.french.funnelsTitle))
        #expect(french.root.elements(named: "h2").map(\.text).contains(ReportLabels.french.funnelsTitle))
        let rows = try ReportFixtures.table(english, "funnel-projects-5").map(\.first)
        #expect(rows.contains(ReportLabels.english.filed) && !rows.contains(ReportLabels.french.filed))
        // Numbers are written the English way: a comma between thousands.
        #expect(english.root.text.contains("471") && english.root.element(id: "provenance")!.text.contains("1,"))
        _ = store
    }

    @Test func textFromTheLogIsEscaped() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        let host = "Ministère <b>gras</b> & \"Cie\" <script>alert(1)</script>"
        let csv =
            "key,promotion,year,administration,challenge,skills,eig_count,mentor_count,duration_months,town\n"
            + "X,1,2017,\"\(host.replacingOccurrences(of: "\"", with: "\"\""))\",Un défi,dev,2,1,10,\n"
        _ = try office.importDefis(csv: Array(csv.utf8), source: "hostile.csv")
        let (document, tree) = try ReportFixtures.page(office)
        #expect(!document.html.contains("<b>gras") && !document.html.contains("<script"))
        let names = try #require(tree.root.element(id: "hosts-1")).elements(named: "span").filter {
            $0.attributes["class"] == "name"
        }
        #expect(names.map(\.text) == [host])
    }

    @Test func anEditionTheStoreDoesNotHaveIsNotFound() throws {
        let (store, office) = try ReportFixtures.demo()
        #expect {
            try office.makeStatisticsReport(ReportRequest(edition: EditionKey(number: 9)))
        } throws: { error in
            (error as? OperationsError)?.code == .notFound
        }
        _ = store
    }
}

extension ReportPageTests {
    @Test func anEditionJustOpenedSaysItHasNothingYetRatherThanDrawingEmptyCharts() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let (document, tree) = try ReportFixtures.page(office)
        #expect(!document.isEmpty)
        let funnels = try #require(tree.root.element(id: "funnels"))
        #expect(funnels.text.contains(ReportLabels.french.funnelsNotYet(["Promotion 5 (2021)"])))
        #expect(!funnels.text.contains(ReportLabels.french.funnelsMissing(["Promotion 5 (2021)"])))
        #expect(tree.root.elements(named: "svg").isEmpty)
        let empty = tree.root.all.filter { $0.attributes["class"] == "empty" }
        #expect(empty.count >= 5)
        #expect(empty.allSatisfy { !$0.text.isEmpty })
    }
}
