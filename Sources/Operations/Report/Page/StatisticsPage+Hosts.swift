internal import Programme
internal import Projections

/// The host administrations: how many per promotion and how many new to the programme (a
/// chart over every promotion), then the names for the selected editions, new ones marked.
extension StatisticsPage {
    func hosts() -> HTMLNode {
        var children = [hostsPerPromotion().render(labels: labels)]
        for edition in data.selectedPromotions.reversed() {
            let hosts = data.details.hosts[edition.edition] ?? []
            let heading = HTMLNode.element(
                "h3",
                text: labels.hostsHeading(
                    fullName(edition), labels.integer(edition.figures.hosts), labels.integer(edition.figures.newHosts)))
            let list: HTMLNode =
                hosts.isEmpty
                ? .element("p", ["class": "empty"], text: labels.noHosts)
                : .element("ul", ["class": "hosts"], hosts.map(hostItem))
            children.append(
                .element(
                    "div", attributes: [("class", "host-list"), ("id", "hosts-\(edition.edition.rawValue)")],
                    [heading, list]))
        }
        return section("hosts", labels.hostsTitle, children)
    }

    /// "Ministère des Armées (2 défis) NOUVELLE": the mark is a word, not only a colour.
    func hostItem(_ host: StatisticsModel.ReportHost) -> HTMLNode {
        var children: [HTMLNode] = [.element("span", ["class": "name"], text: host.name)]
        if host.challenges > 1 {
            children.append(
                .element("span", ["class": "count"], text: " " + labels.challengeCount(labels.integer(host.challenges)))
            )
        }
        if host.isNew {
            children.append(.text(" "))
            children.append(.element("strong", ["class": "new"], text: labels.newHost))
        }
        return .element("li", host.isNew ? ["class": "is-new"] : [:], children)
    }

    /// Per promotion, the hosts that had hosted a défi before and the new ones, stacked.
    func hostsPerPromotion() -> ChartFigure {
        let promotions = data.promotions
        let title = labels.hostsChartTitle
        let chart = BarChart(
            id: "hosts-chart", title: title, layout: .columns, stacking: .stacked,
            series: [
                .init(name: labels.returningHosts, color: ChartPalette.blue),
                .init(name: labels.newHosts, color: ChartPalette.orange),
            ],
            categories: promotions.map {
                columnLabel($0, values: [Double($0.figures.hosts - $0.figures.newHosts), Double($0.figures.newHosts)])
            },
            format: countFormat)
        let rows = promotions.map {
            [fullName($0), labels.integer($0.figures.hosts), labels.integer($0.figures.newHosts)]
        }
        return ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title),
                columns: [labels.promotionColumn, labels.hostsColumn, labels.newHosts],
                rows: rows, footer: [labels.distinctHosts, labels.integer(data.all.totals.hosts), ""]),
            notes: [labels.hostsNote])
    }
}
