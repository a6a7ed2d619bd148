public import Programme

/// The figures of `eig stats`: per edition and in total.
///
/// Computed from the statistics read model when asked, which is cheap: a pass over the
/// editions' dossiers and two bytes per candidature.
public struct StatisticsReport: Sendable, Hashable {
    /// Editions in key order (`1 < 2 < 10 < dig`).
    public var editions: [EditionFigures]
    public var totals: Figures

    public init(editions: [EditionFigures], totals: Figures) {
        self.editions = editions
        self.totals = totals
    }
}

/// One edition's figures.
public struct EditionFigures: Sendable, Hashable {
    public var edition: EditionKey
    /// The year the promotion starts; nil when the edition was never opened.
    public var year: Int?
    public var figures: Figures
}

/// Figures of one edition or of all of them.
public struct Figures: Sendable, Hashable {
    /// The project funnel: dossiers that were ever filed (submitted), preselected or
    /// auditioned, and the decisions in force. Imported dossiers of the published history
    /// count as accepted only: the history gives no earlier stage.
    public var projects = ProjectFunnel()
    /// The candidate funnel: candidatures that ever reached each stage.
    public var candidates = CandidateFunnel()
    /// Défis of the promotion: accepted dossiers not withdrawn from it.
    public var challenges = 0
    /// People who joined a défi (imported entrepreneurs of the published history included).
    public var entrepreneurs = 0
    /// Entrepreneurs by the profile they were selected for.
    public var profiles: [Profile: Int] = [:]
    /// Entrepreneurs whose profile is not on record (imported ones).
    public var unspecifiedProfiles = 0
    /// Distinct host administrations of the défis (names compared without case, accents or
    /// extra spaces).
    public var hosts = 0
    /// Hosts with no défi in an earlier edition (editions ordered by the promotion's start);
    /// in the totals, every distinct host.
    public var newHosts = 0
    /// Days from first submission to the decision in force (accepted, refused or closed).
    public var decisionDays: DayFigures?
    /// Mean jury score per criterion over the evaluations of accepted and refused dossiers.
    public var jury = JuryFigures()
}

public struct ProjectFunnel: Sendable, Hashable {
    public var filed = 0
    public var preselected = 0
    public var auditioned = 0
    public var accepted = 0
    public var refused = 0
    public var closed = 0
    public var withdrawn = 0
}

public struct CandidateFunnel: Sendable, Hashable {
    public var applied = 0
    public var preselected = 0
    public var interviewed = 0
    public var selected = 0
    public var joined = 0
    public var left = 0
}

/// The median and 90th percentile of a list of day counts.
public struct DayFigures: Sendable, Hashable {
    /// The middle value, or the mean of the two middle values.
    public var median: Double
    /// The nearest-rank 90th percentile: the smallest value at least 90% of the values do not exceed.
    public var p90: Int
    public var count: Int

    init?(_ values: [Int]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        median =
            sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
        let rank = (sorted.count * 9 + 9) / 10
        p90 = sorted[rank - 1]
        count = sorted.count
    }
}

/// Mean jury scores per criterion, for the dossiers accepted and for those refused.
public struct JuryFigures: Sendable, Hashable {
    public var accepted = CriterionMeans()
    public var refused = CriterionMeans()
}

/// Sums and counts of scores per criterion, and how many dossiers they come from.
public struct CriterionMeans: Sendable, Hashable {
    var sums = [Int](repeating: 0, count: Criterion.allCases.count)
    var counts = [Int](repeating: 0, count: Criterion.allCases.count)
    /// How many dossiers the evaluations are of.
    public internal(set) var dossiers = 0

    /// The mean score on `criterion`, nil when no evaluation scored it.
    public func mean(_ criterion: Criterion) -> Double? {
        let index = CriterionScores.index(of: criterion)
        return counts[index] == 0 ? nil : Double(sums[index]) / Double(counts[index])
    }

    mutating func add(_ evaluations: [JurorScores]) {
        dossiers += 1
        for evaluation in evaluations {
            for index in 0..<sums.count {
                if let score = evaluation.scores[index: index] {
                    sums[index] += score
                    counts[index] += 1
                }
            }
        }
    }

    mutating func add(_ other: CriterionMeans) {
        dossiers += other.dossiers
        for index in 0..<sums.count {
            sums[index] += other.sums[index]
            counts[index] += other.counts[index]
        }
    }
}
