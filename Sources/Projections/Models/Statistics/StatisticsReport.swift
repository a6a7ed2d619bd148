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
        self.init(histogram: Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +))
    }

    /// From how many values there are of each.
    init?(histogram: [Int: Int]) {
        let counted = histogram.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        count = counted.reduce(0) { $0 + $1.value }
        guard count > 0 else { return nil }
        /// The value of rank `rank` (from 1) in sorted order.
        func value(atRank rank: Int) -> Int {
            var seen = 0
            for (value, times) in counted {
                seen += times
                if seen >= rank { return value }
            }
            return counted.last!.key
        }
        let middle = count / 2
        median =
            count % 2 == 1
            ? Double(value(atRank: middle + 1)) : Double(value(atRank: middle) + value(atRank: middle + 1)) / 2
        p90 = value(atRank: (count * 9 + 9) / 10)
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

    public init() {}

    /// The mean score on `criterion`, nil when no evaluation scored it.
    public func mean(_ criterion: Criterion) -> Double? {
        let index = CriterionScores.index(of: criterion)
        return counts[index] == 0 ? nil : Double(sums[index]) / Double(counts[index])
    }

    /// Adds (`sign` 1) or takes away (-1) the evaluations of one dossier.
    mutating func add(_ evaluations: [JurorScores], sign: Int = 1) {
        dossiers += sign
        for evaluation in evaluations {
            for index in 0..<sums.count {
                if let score = evaluation.scores[index: index] {
                    sums[index] += sign * score
                    counts[index] += sign
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
