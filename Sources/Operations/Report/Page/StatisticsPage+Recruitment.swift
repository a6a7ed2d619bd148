internal import Programme
internal import Projections

/// Profiles requested vs recruited: for the défis that came through the calls (the
/// published history gives neither the profile of each entrepreneur nor what was asked of
/// each seat), how many défis asked for each profile and how many have it on their team.
extension StatisticsPage {
    /// The counts behind the chart, per profile, over the selected editions.
    struct Recruitment: Equatable {
        var requested: [Profile: Int] = [:]
        var filled: [Profile: Int] = [:]
        /// Seats asked for (the défis' requested team sizes) and team members now.
        var seatsRequested = 0
        var members = 0
        var challenges = 0
    }

    /// The défis of the selected editions recorded through the calls and not withdrawn.
    var recruitment: Recruitment {
        var result = Recruitment()
        for edition in data.selectedPromotions {
            for team in data.teams[edition.edition] ?? [] where !team.challenge.isImported && !team.isWithdrawn {
                result.challenges += 1
                result.seatsRequested += team.challenge.entrepreneurs
                result.members += team.size
                for profile in Set(team.challenge.profiles) { result.requested[profile, default: 0] += 1 }
                for profile in Set(team.recruitedProfiles) { result.filled[profile, default: 0] += 1 }
            }
        }
        return result
    }

    func requestedAndRecruited() -> HTMLNode {
        let recruitment = self.recruitment
        let profiles = Profile.allCases.filter {
            recruitment.requested[$0, default: 0] > 0 || recruitment.filled[$0, default: 0] > 0
        }
        let title = labels.recruitmentChartTitle
        let chart = BarChart(
            id: "recruitment", title: title, layout: .horizontal, stacking: .grouped,
            series: [
                .init(name: labels.requestingChallenges, color: ChartPalette.blue),
                .init(name: labels.filledChallenges, color: ChartPalette.orange),
            ],
            categories: profiles.map {
                BarChart.Category(
                    label: labels.profile($0),
                    values: [Double(recruitment.requested[$0, default: 0]), Double(recruitment.filled[$0, default: 0])])
            },
            format: countFormat)
        let rows = profiles.map {
            [
                labels.profile($0), labels.integer(recruitment.requested[$0, default: 0]),
                labels.integer(recruitment.filled[$0, default: 0]),
                labels.percent(recruitment.filled[$0, default: 0], of: recruitment.requested[$0, default: 0]),
            ]
        }
        var notes = [labels.recruitmentNote]
        if recruitment.challenges > 0 {
            notes.append(
                labels.seatsNote(
                    labels.integer(recruitment.challenges), labels.integer(recruitment.seatsRequested),
                    labels.integer(recruitment.members)))
        }
        return ChartFigure(
            chart: chart,
            table: DataTable(
                caption: labels.tableCaption(title),
                columns: [labels.profileColumn, labels.requestingChallenges, labels.filledChallenges, labels.fillRate],
                rows: rows),
            notes: notes
        ).render(labels: labels)
    }
}
