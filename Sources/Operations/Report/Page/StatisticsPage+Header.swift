internal import Programme
internal import Projections

/// The head of the document, the page's title block, the key figures and the contents.
extension StatisticsPage {
    func head() -> HTMLNode {
        .element(
            "head", [:],
            [
                .element("meta", ["charset": "utf-8"]),
                .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .element("meta", ["name": "generator", "content": "eig"]),
                .element("title", text: title),
                .styleSheet(ReportStyleSheet.css),
            ])
    }

    /// The title of the page: the programme, and the edition when the report is about one.
    var title: String {
        guard let edition = data.selectedPromotions.first, data.edition != nil else { return labels.allPromotionsTitle }
        return labels.promotionTitle(fullName(edition))
    }

    func header() -> HTMLNode {
        .element(
            "header", ["class": "title"],
            [
                .element("p", ["class": "organisation"], text: labels.organisation),
                .element("h1", text: labels.programme),
                .element("p", ["class": "subtitle"], text: title),
                .element(
                    "p", ["class": "made"],
                    text: labels.madeLine(labels.instant(data.madeAt), labels.integer(Int(data.position)))),
            ])
    }

    /// The few numbers a reader remembers, in large type.
    func keyFigures() -> HTMLNode {
        let totals = data.selected.totals
        var figures: [(Int, String)] = []
        if data.edition == nil { figures.append((data.promotions.count, labels.promotionsFigure)) }
        figures += [(totals.challenges, labels.challengesFigure), (totals.entrepreneurs, labels.entrepreneursFigure)]
        figures.append((totals.hosts, labels.hostsFigure))
        if totals.projects.filed > 0 { figures.append((totals.projects.filed, labels.filedFigure)) }
        if totals.candidates.applied > 0 { figures.append((totals.candidates.applied, labels.applicationsFigure)) }
        return .element(
            "section", ["class": "key-figures", "aria-label": labels.keyFiguresTitle],
            [
                .element(
                    "ul", [:],
                    figures.map { value, name in
                        .element(
                            "li", [:],
                            [
                                .element("span", ["class": "figure"], text: labels.integer(value)),
                                .element("span", ["class": "what"], text: name),
                            ])
                    })
            ])
    }

    /// Links to the sections, for the screen (hidden when printed).
    func contents() -> HTMLNode {
        let entries = [
            ("funnels", labels.funnelsTitle), ("promotions", labels.promotionsTitle),
            ("profiles", labels.profilesTitle),
            ("decisions", labels.decisionsTitle), ("hosts", labels.hostsTitle), ("provenance", labels.provenanceTitle),
        ]
        return .element(
            "nav", ["class": "contents", "aria-label": labels.contentsTitle],
            [
                .element(
                    "ol", [:],
                    entries.map { id, title in .element("li", [:], [.element("a", ["href": "#" + id], text: title)]) })
            ])
    }
}
