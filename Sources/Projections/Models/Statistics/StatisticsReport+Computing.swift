public import Programme

extension StatisticsReport {
    /// The figures of the editions in `state` (all of them, or those of `editions`).
    ///
    /// New hosts are counted against every earlier edition of `state`, whatever the filter.
    public init(_ state: ModelState<StatisticsModel>, editions filter: Set<EditionKey>? = nil) {
        let partitions = state.editions.map(\.partition)
        var figures: [EditionKey: Figures] = [:]
        var hostsOf: [EditionKey: Set<String>] = [:]
        var decisionDays: [EditionKey: [Int]] = [:]
        for partition in partitions {
            let (edition, hosts, days) = Self.figures(of: partition)
            figures[partition.edition] = edition
            hostsOf[partition.edition] = hosts
            decisionDays[partition.edition] = days
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
        var allDays: [Int] = []
        for partition in selected {
            let edition = figures[partition.edition]!
            totals.add(edition)
            allHosts.formUnion(hostsOf[partition.edition] ?? [])
            allDays += decisionDays[partition.edition] ?? []
        }
        totals.hosts = allHosts.count
        totals.newHosts = allHosts.count
        totals.decisionDays = DayFigures(allDays)
        self.init(
            editions: selected.map {
                EditionFigures(edition: $0.edition, year: $0.opening?.year, figures: figures[$0.edition]!)
            },
            totals: totals)
    }

    /// One edition's figures (new hosts aside), its défis' hosts and its decision delays.
    private static func figures(of partition: StatisticsModel.Partition) -> (Figures, Set<String>, [Int]) {
        var figures = Figures()
        var hosts: Set<String> = []
        var days: [Int] = []
        for case let facts? in partition.dossiers {
            if facts.reached.contains(.filed) { figures.projects.filed += 1 }
            if facts.reached.contains(.preselected) { figures.projects.preselected += 1 }
            if facts.reached.contains(.auditioned) { figures.projects.auditioned += 1 }
            switch facts.status {
            case .accepted:
                figures.projects.accepted += 1
                figures.jury.accepted.add(facts.evaluations)
                if let challenge = facts.challenge, !partition.withdrawnChallenges.contains(challenge) {
                    figures.challenges += 1
                    hosts.insert(normalizedHost(facts.host))
                }
            case .refused:
                figures.projects.refused += 1
                figures.jury.refused.add(facts.evaluations)
            case .closedWithoutFollowUp: figures.projects.closed += 1
            case .withdrawn: figures.projects.withdrawn += 1
            default: break
            }
            if facts.status.isDecided, let submitted = facts.submittedOn, let decided = facts.decidedOn {
                days.append(dayNumber(decided) - dayNumber(submitted))
            }
        }
        for facts in partition.candidatures {
            let reached = facts.reached
            guard reached.contains(.applied) else { continue }
            figures.candidates.applied += 1
            if reached.contains(.preselected) { figures.candidates.preselected += 1 }
            if reached.contains(.interviewed) { figures.candidates.interviewed += 1 }
            if reached.contains(.selected) { figures.candidates.selected += 1 }
            if reached.contains(.left) { figures.candidates.left += 1 }
            if reached.contains(.joined) {
                figures.candidates.joined += 1
                figures.entrepreneurs += 1
                if facts.seatProfile > 0 {
                    figures.profiles[Profile.allCases[Int(facts.seatProfile) - 1], default: 0] += 1
                } else {
                    figures.unspecifiedProfiles += 1
                }
            }
        }
        figures.entrepreneurs += partition.importedEntrepreneurs
        figures.unspecifiedProfiles += partition.importedEntrepreneurs
        figures.hosts = hosts.count
        figures.decisionDays = DayFigures(days)
        return (figures, hosts, days)
    }

    /// A host's name for comparing: no case, no accents, single spaces.
    static func normalizedHost(_ host: String) -> String {
        TextMatch.folded(host)
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
