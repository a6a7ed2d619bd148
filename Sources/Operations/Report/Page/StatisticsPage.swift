internal import Programme
internal import Projections

/// The statistics report as one self-contained HTML page: inline style sheet, inline SVG
/// charts drawn by eig, no script, no font, no image, no link to anything outside the file,
/// so that it opens in any browser offline and prints on A4 as it shows.
///
/// Its sections (each in its own file): key figures; the selection funnels of each edition;
/// défis and entrepreneurs per promotion since 2017; entrepreneurs by profile, and profiles
/// requested vs recruited; days from submission to decision and jury averages; the host
/// administrations, new ones marked; and a footer with the log position and chain hash the
/// figures stand on, so a printed copy can be checked with `eig replay`.
struct StatisticsPage {
    let data: ReportData
    let labels: ReportLabels

    /// The whole document, doctype included.
    func render() -> String {
        "<!DOCTYPE html>\n" + document().render() + "\n"
    }

    func document() -> HTMLNode {
        .element(
            "html",
            ["xmlns": "http://www.w3.org/1999/xhtml", "lang": labels.languageCode, "xml:lang": labels.languageCode],
            [head(), body()])
    }

    func body() -> HTMLNode {
        var children = [header()]
        if data.isEmpty {
            children.append(nothingYet())
        } else {
            children.append(keyFigures())
            children.append(contents())
            children += [funnels(), promotionsOverTheYears(), profiles(), decisions(), hosts()]
        }
        children.append(footer())
        return .element("body", [:], [.element("main", [:], children)])
    }

    /// The page of an empty store: it says there is nothing yet, and how to get something.
    func nothingYet() -> HTMLNode {
        .element(
            "section", ["class": "nothing-yet", "id": "nothing-yet"],
            [
                .element("h2", text: labels.nothingYetTitle),
                .element("p", text: labels.nothingYetText),
            ])
    }

    /// A section with its heading and id (the contents link to it).
    func section(_ id: String, _ title: String, _ children: [HTMLNode]) -> HTMLNode {
        .element("section", attributes: [("id", id), ("class", "section")], [.element("h2", text: title)] + children)
    }

    /// "Promotion 5 (2021)".
    func fullName(_ edition: EditionFigures) -> String {
        labels.promotionName(edition.edition) + (edition.year.map { " (\($0))" } ?? "")
    }

    /// The two lines under a column: "Promo 5" and "2021".
    func columnLabel(_ edition: EditionFigures, values: [Double]) -> BarChart.Category {
        BarChart.Category(
            label: labels.promotionShortName(edition.edition), sublabel: edition.year.map(String.init), values: values)
    }

    /// Counts written as the language writes them.
    var countFormat: @Sendable (Double) -> String {
        let labels = self.labels
        return { labels.integer(Int($0.rounded())) }
    }
}
