internal import Programme
internal import Projections

/// Défis and entrepreneurs per promotion since 2017, and entrepreneurs by profile per
/// promotion: always every promotion, even in the report of one edition, since these charts
/// are about the years.
extension StatisticsPage {
    func promotionsOverTheYears() -> HTMLNode {
        let promotions = data.promotions
        let title = labels.promotionsChartTitle
        let chart = BarChart(
            id: "promotions", title: title, layout: .columns, stacking: .grouped,
            series: [
                .init(name: labels.challengesSeries, color: ChartPalette.blue),
                .init(name: labels.entrepreneursSeries, color: ChartPalette.orange),
            ],
            categories: promotions.map {
                columnLabel($0, values: [Double($0.figures.challenges), Double($0.figures.entrepreneurs)])
            },
            format: countFormat)
        let rows = promotions.map {
            [fullName($0), labels.integer($0.figures.challenges), labels.integer($0.figures.entrepreneurs)]
        }
        let footer = [
            labels.total, labels.integer(data.all.totals.challenges), labels.integer(data.all.totals.entrepreneurs),
        ]
        let figure = ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title),
                columns: [labels.promotionColumn, labels.challengesSeries, labels.entrepreneursSeries], rows: rows,
                footer: footer),
            notes: [labels.promotionsNote])
        return section("promotions", labels.promotionsTitle, [figure.render(labels: labels)])
    }

    func profiles() -> HTMLNode {
        section(
            "profiles", labels.profilesTitle, [profilesPerPromotion().render(labels: labels), requestedAndRecruited()])
    }

    /// Entrepreneurs by the profile they were recruited for, stacked per promotion; those of
    /// the published history, whose profile it does not give, in grey.
    func profilesPerPromotion() -> ChartFigure {
        let promotions = data.promotions
        let used = Profile.allCases.filter { profile in
            promotions.contains { $0.figures.profiles[profile, default: 0] > 0 }
        }
        let hasUnknown = promotions.contains { $0.figures.unspecifiedProfiles > 0 }
        var series = used.enumerated().map {
            BarChart.Series(name: labels.profile($1), color: ChartPalette.series[$0 % ChartPalette.series.count])
        }
        if hasUnknown { series.append(.init(name: labels.unspecifiedProfile, color: ChartPalette.unknown)) }
        func values(_ edition: EditionFigures) -> [Int] {
            used.map { edition.figures.profiles[$0, default: 0] }
                + (hasUnknown ? [edition.figures.unspecifiedProfiles] : [])
        }
        let title = labels.profilesChartTitle
        let chart = BarChart(
            id: "profiles", title: title, layout: .columns, stacking: .stacked, series: series,
            categories: promotions.map { columnLabel($0, values: values($0).map(Double.init)) }, format: countFormat)
        // One row per profile, one column per promotion: six promotions fit across a page,
        // eight profiles would not.
        let perPromotion = promotions.map(values)
        let rows = series.indices.map { index in
            [series[index].name] + perPromotion.map { labels.integer($0[index]) }
                + [labels.integer(perPromotion.reduce(0) { $0 + $1[index] })]
        }
        let totals = promotions.map(\.figures.entrepreneurs)
        return ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title),
                columns: [labels.profileColumn]
                    + promotions.map { labels.promotionShortName($0.edition) + ($0.year.map { "\n\($0)" } ?? "") }
                    + [labels.total],
                rows: rows, footer: [labels.total] + totals.map(labels.integer) + [labels.integer(totals.reduce(0, +))]),
            notes: hasUnknown ? [labels.unspecifiedProfilesNote] : [])
    }
}
