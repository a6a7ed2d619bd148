public import Programme

extension StatisticsReport {
    /// The figures of the editions in `state` (all of them, or those of `editions`).
    ///
    /// New hosts are counted against every earlier edition of `state`, whatever the filter.
    public init(_ state: ModelState<StatisticsModel>, editions filter: Set<EditionKey>? = nil) {
        let partitions = state.editions.map(\.partition)
        var figures: [EditionKey: Figures] = [:]
        var hostsOf: [EditionKey: Set<String>] = [:]
        var names = HostNames()
        for partition in partitions {
            let hosts = Set(partition.summary.hosts.keys.map { names.normalized($0) })
            figures[partition.edition] = Figures(partition.summary, hosts: hosts.count)
            hostsOf[partition.edition] = hosts
        }
        // New hosts: in the order the promotions started.
        let chronological = partitions.sorted {
            ($0.opening?.year ?? Int.max, $0.promotionStart.map(Self.dayNumber) ?? Int.max, $0.edition)
                < ($1.opening?.year ?? Int.max, $1.promotionStart.map(Self.dayNumber) ?? Int.max, $1.edition)
        }
        var seen: Set<String> = []
        for partition in chronological {
            let hosts = hostsOf[partition.edition] ?? []
            figures[partition.edition]?.newHosts = hosts.subtracting(seen).count
            seen.formUnion(hosts)
        }
        let selected = partitions.filter { filter?.contains($0.edition) ?? true }
        var totals = Figures()
        var allHosts: Set<String> = []
        var allDays: [Int: Int] = [:]
        for partition in selected {
            totals.add(figures[partition.edition]!)
            allHosts.formUnion(hostsOf[partition.edition] ?? [])
            allDays.merge(partition.summary.decisionDays, uniquingKeysWith: +)
        }
        totals.hosts = allHosts.count
        totals.newHosts = allHosts.count
        totals.decisionDays = DayFigures(histogram: allDays)
        self.init(
            editions: selected.map {
                EditionFigures(edition: $0.edition, year: $0.opening?.year, figures: figures[$0.edition]!)
            },
            totals: totals)
    }

    /// A host's name for comparing: no case, no accents, single spaces.
    static func normalizedHost(_ host: String) -> String {
        TextMatch.folded(host)
    }

    /// Hosts' names for comparing (no case, no accents, single spaces), each folded once:
    /// the same few names come back on every défi.
    struct HostNames {
        private var folded: [String: String] = [:]

        mutating func normalized(_ host: String) -> String {
            if let known = folded[host] { return known }
            let name = TextMatch.folded(host)
            folded[host] = name
            return name
        }
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
    static func dayNumber(_ date: BusinessDate) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Figures {
    /// An edition's figures from its summary; `hosts` distinct host administrations.
    init(_ summary: EditionSummary, hosts: Int) {
        self.init()
        projects = summary.projects
        candidates = summary.candidates
        challenges = summary.challenges
        entrepreneurs = summary.entrepreneurs
        for (index, count) in summary.profiles.enumerated() where count != 0 {
            profiles[Profile.allCases[index]] = count
        }
        unspecifiedProfiles = summary.unspecifiedProfiles
        self.hosts = hosts
        decisionDays = DayFigures(histogram: summary.decisionDays)
        jury = summary.jury
    }

    /// Adds an edition's counts (hosts and delays are unions, done by the caller).
    mutating func add(_ other: Figures) {
        projects.filed += other.projects.filed
        projects.preselected += other.projects.preselected
        projects.auditioned += other.projects.auditioned
        projects.accepted += other.projects.accepted
        projects.refused += other.projects.refused
        projects.closed += other.projects.closed
        projects.withdrawn += other.projects.withdrawn
        candidates.applied += other.candidates.applied
        candidates.preselected += other.candidates.preselected
        candidates.interviewed += other.candidates.interviewed
        candidates.selected += other.candidates.selected
        candidates.joined += other.candidates.joined
        candidates.left += other.candidates.left
        challenges += other.challenges
        entrepreneurs += other.entrepreneurs
        profiles.merge(other.profiles, uniquingKeysWith: +)
        unspecifiedProfiles += other.unspecifiedProfiles
        jury.accepted.add(other.jury.accepted)
        jury.refused.add(other.jury.refused)
    }
}
