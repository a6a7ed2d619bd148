import EventStore
import Operations
import Programme
import Projections

/// `eig stats`: the programme's figures per edition and in total, from the statistics read model.
enum StatsCommand {
    static let command = Command(
        name: "stats",
        summary: "Show the statistics: funnels, défis, hosts, delays, jury.",
        discussion: "Per edition and in total: the project funnel (dossiers ever filed, "
            + "preselected, auditioned, and the decisions in force), the candidate funnel "
            + "(candidatures that ever reached each stage), défis and entrepreneurs, entrepreneurs "
            + "by profile, host administrations and how many are new to the programme, days from "
            + "submission to decision (median and 90th percentile), and the jury's mean score per "
            + "criterion for accepted and refused dossiers.",
        options: [QueryOptions.edition],
        groups: [.store, .jsonOrCSV],
        examples: [
            Example("eig stats", "Every edition, as a table."),
            Example("eig stats --edition 5 --json", "Edition 5, for a script."),
            Example("eig stats --csv > statistics.csv", "The table, for a spreadsheet."),
        ],
        run: run
    )

    static func run(_ invocation: Invocation) throws {
        let edition = invocation.value(of: QueryOptions.edition)
        let reads = try invocation.openQueries()
        let answer = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
            try reads.statistics(edition: edition, progress: progress)
        }
        invocation.tell(answer.notes)
        if let edition, answer.value.editions.isEmpty {
            throw CLIError.unknownEdition(edition)
        }
        switch invocation.context.format {
        case .json: invocation.emitJSON(json(answer.value, position: answer.position))
        case .csv: invocation.emit(table(answer.value, qualifiedLabels: true))
        case .human: invocation.emit(table(answer.value))
        }
    }

    /// `{"position": N, "editions": [...], "totals": {...}}`.
    static func json(_ report: StatisticsReport, position: UInt64) -> JSON {
        [
            "position": .integer(Int(position)),
            "editions": .array(
                report.editions.map { edition in
                    var object = JSON.object([
                        ("edition", .string(edition.edition.rawValue)), ("year", JSON(edition.year)),
                    ])
                    if case .object(let members) = figures(edition.figures) {
                        for member in members { object[member.key] = member.value }
                    }
                    return object
                }),
            "totals": figures(report.totals, isTotal: true),
        ]
    }

    static func figures(_ figures: Figures, isTotal: Bool = false) -> JSON {
        let projects = figures.projects
        let candidates = figures.candidates
        var profiles = JSON.object(Profile.allCases.map { ($0.rawValue, .integer(figures.profiles[$0] ?? 0)) })
        profiles["unspecified"] = .integer(figures.unspecifiedProfiles)
        var object = JSON.object([
            (
                "projects",
                [
                    "filed": .integer(projects.filed), "preselected": .integer(projects.preselected),
                    "auditioned": .integer(projects.auditioned), "accepted": .integer(projects.accepted),
                    "refused": .integer(projects.refused), "closed": .integer(projects.closed),
                    "withdrawn": .integer(projects.withdrawn),
                ]
            ),
            (
                "candidates",
                [
                    "applied": .integer(candidates.applied), "preselected": .integer(candidates.preselected),
                    "interviewed": .integer(candidates.interviewed), "selected": .integer(candidates.selected),
                    "joined": .integer(candidates.joined), "left": .integer(candidates.left),
                ]
            ),
            ("challenges", .integer(figures.challenges)),
            ("entrepreneurs", .integer(figures.entrepreneurs)),
            ("profiles", profiles),
            ("hosts", .integer(figures.hosts)),
        ])
        if !isTotal { object["newHosts"] = .integer(figures.newHosts) }
        object["decisionDays"] = [
            "median": figures.decisionDays.map { .double($0.median) } ?? .null,
            "p90": figures.decisionDays.map { .integer($0.p90) } ?? .null,
            "count": .integer(figures.decisionDays?.count ?? 0),
        ]
        object["jury"] = ["accepted": jury(figures.jury.accepted), "refused": jury(figures.jury.refused)]
        return object
    }

    static func jury(_ means: CriterionMeans) -> JSON {
        var object = JSON.object(Criterion.allCases.map { ($0.rawValue, QueryFormat.json(means.mean($0))) })
        object["dossiers"] = .integer(means.dossiers)
        return object
    }

    /// One line per figure, one column per edition and the total.
    ///
    /// A table indents a figure under the one it details ("  preselected" under "projects
    /// filed"); with `qualifiedLabels` (CSV, where a spreadsheet sorts and filters the lines)
    /// each label names its group instead ("projects preselected"), without commas.
    static func table(_ report: StatisticsReport, qualifiedLabels: Bool = false) -> Table {
        let columns = report.editions.map { Table.Column($0.edition.rawValue, alignment: .right) }
        var table = Table(
            columns: [Table.Column("figure", title: "")] + columns + [Table.Column("total", alignment: .right)])
        let all = report.editions.map(\.figures) + [report.totals]
        var group = ""
        func label(_ text: String) -> Table.Cell {
            guard text.hasPrefix("  ") else {
                group = groupName(of: text)
                return .text(qualifiedLabels ? String(text.filter { $0 != "," }) : text)
            }
            return .text(qualifiedLabels ? group + " " + text.dropFirst(2) : text)
        }
        func line(_ text: String, _ value: (Figures) -> Table.Cell) {
            table.append([label(text)] + all.map(value))
        }
        table.append([.text("year")] + report.editions.map { $0.year.map { .text(String($0)) } ?? .empty } + [.empty])
        line("projects filed") { .integer($0.projects.filed) }
        line("  preselected") { .integer($0.projects.preselected) }
        line("  auditioned") { .integer($0.projects.auditioned) }
        line("  accepted") { .integer($0.projects.accepted) }
        line("  refused") { .integer($0.projects.refused) }
        line("  closed") { .integer($0.projects.closed) }
        line("  withdrawn") { .integer($0.projects.withdrawn) }
        line("candidates applied") { .integer($0.candidates.applied) }
        line("  preselected") { .integer($0.candidates.preselected) }
        line("  interviewed") { .integer($0.candidates.interviewed) }
        line("  selected") { .integer($0.candidates.selected) }
        line("  joined") { .integer($0.candidates.joined) }
        line("  left") { .integer($0.candidates.left) }
        line("défis") { .integer($0.challenges) }
        line("entrepreneurs") { .integer($0.entrepreneurs) }
        for profile in Profile.allCases {
            line("  \(profile.rawValue)") { .integer($0.profiles[profile] ?? 0) }
        }
        line("  unspecified") { .integer($0.unspecifiedProfiles) }
        line("host administrations") { .integer($0.hosts) }
        table.append(
            [label("  new to the programme")] + report.editions.map { .integer($0.figures.newHosts) } + [.empty])
        line("days to decision, median") { QueryFormat.decimal($0.decisionDays?.median) }
        line("  90th percentile") { $0.decisionDays.map { .integer($0.p90) } ?? .empty }
        for criterion in Criterion.allCases {
            line("jury \(criterion.rawValue), accepted") {
                QueryFormat.decimal($0.jury.accepted.mean(criterion), digits: 2)
            }
            line("  refused") { QueryFormat.decimal($0.jury.refused.mean(criterion), digits: 2) }
        }
        return table
    }

    /// The group a figure's label opens, which the labels of its details share in CSV: the
    /// label up to its last word ("projects filed" → "projects", "days to decision, median" →
    /// "days to decision", "jury impact, accepted" → "jury impact"), or all of it.
    static func groupName(of label: String) -> String {
        if let comma = label.firstIndex(of: ",") { return String(label[..<comma]) }
        if let space = label.lastIndex(of: " "), label.hasPrefix("projects ") || label.hasPrefix("candidates ") {
            return String(label[..<space])
        }
        return label
    }
}
