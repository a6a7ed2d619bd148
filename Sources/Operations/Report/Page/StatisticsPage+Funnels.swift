internal import Programme
internal import Projections

/// Per edition, the project funnel and the candidate funnel: how many dossiers and
/// candidatures reached each stage, and the decisions.
extension StatisticsPage {
    func funnels() -> HTMLNode {
        let promotions = data.selectedPromotions
        let withFunnels = promotions.filter { $0.figures.projects.filed > 0 || $0.figures.candidates.applied > 0 }
        var children: [HTMLNode] = []
        for edition in withFunnels.reversed() {
            children.append(.element("h3", text: fullName(edition)))
            children.append(projectFunnel(edition).render(labels: labels))
            children.append(candidateFunnel(edition).render(labels: labels))
        }
        let without = promotions.filter { promotion in !withFunnels.contains { $0.edition == promotion.edition } }
        // Imported promotions have défis but no stages; opened ones may have nothing yet.
        let historyOnly = without.filter { $0.figures.challenges > 0 }
        let nothingYet = without.filter { $0.figures.challenges == 0 }
        if !nothingYet.isEmpty {
            children.append(.element("p", ["class": "note"], text: labels.funnelsNotYet(nothingYet.map(fullName))))
        }
        if !historyOnly.isEmpty {
            children.append(.element("p", ["class": "note"], text: labels.funnelsMissing(historyOnly.map(fullName))))
        }
        return section("funnels", labels.funnelsTitle, children)
    }

    /// Filed, preselected, auditioned, accepted (the stages, in blue), then refused, closed and
    /// withdrawn (the other decisions, in grey): two series so the legend says which is which.
    func projectFunnel(_ edition: EditionFigures) -> ChartFigure {
        let projects = edition.figures.projects
        let stages = [
            (labels.filed, projects.filed), (labels.preselected, projects.preselected),
            (labels.auditioned, projects.auditioned), (labels.accepted, projects.accepted),
        ]
        let outcomes = [
            (labels.refused, projects.refused), (labels.closed, projects.closed),
            (labels.withdrawn, projects.withdrawn),
        ]
        return funnel(
            id: "funnel-projects-\(edition.edition.rawValue)", title: labels.projectFunnelTitle(fullName(edition)),
            stages: stages, others: outcomes, stageName: labels.selectionStages, otherName: labels.otherDecisions,
            shareColumn: labels.shareOfFiled)
    }

    func candidateFunnel(_ edition: EditionFigures) -> ChartFigure {
        let candidates = edition.figures.candidates
        let stages = [
            (labels.applied, candidates.applied), (labels.candidatesPreselected, candidates.preselected),
            (labels.interviewed, candidates.interviewed), (labels.selected, candidates.selected),
            (labels.joined, candidates.joined),
        ]
        return funnel(
            id: "funnel-candidates-\(edition.edition.rawValue)", title: labels.candidateFunnelTitle(fullName(edition)),
            stages: stages, others: [(labels.left, candidates.left)], stageName: labels.selectionStages,
            otherName: labels.departures, shareColumn: labels.shareOfApplications)
    }

    /// A funnel as stacked horizontal bars with one non-zero series each; its table gives each
    /// count and its share of the first stage.
    private func funnel(
        id: String, title: String, stages: [(String, Int)], others: [(String, Int)], stageName: String,
        otherName: String, shareColumn: String
    ) -> ChartFigure {
        let first = stages.first?.1 ?? 0
        let categories =
            stages.map { BarChart.Category(label: $0.0, values: [Double($0.1), 0]) }
            + others.map { BarChart.Category(label: $0.0, values: [0, Double($0.1)]) }
        let chart = BarChart(
            id: id, title: title, layout: .horizontal, stacking: .stacked,
            series: [
                .init(name: stageName, color: ChartPalette.blue), .init(name: otherName, color: ChartPalette.unknown),
            ],
            categories: categories, format: countFormat)
        let rows = (stages + others).map { name, count in
            [name, labels.integer(count), first > 0 ? labels.percent(count, of: first) : "–"]
        }
        return ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title), columns: [labels.stage, labels.count, shareColumn], rows: rows))
    }
}
