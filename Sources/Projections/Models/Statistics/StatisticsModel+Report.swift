package import Programme

/// What the HTML report (`eig report`) draws beyond the counts of ``StatisticsReport``: the
/// lists behind two of them, the decision delays (for their distribution) and the host
/// administrations (by name, new ones marked).
///
/// Computed from the same partitions with the same rules as ``StatisticsReport``, so that a
/// report's histogram has as many dossiers as `eig stats` counts and its host list as many
/// names (and new names) as `hosts` and `newHosts`.
extension StatisticsModel {
    package struct ReportDetails: Sendable, Hashable {
        /// Days from first submission to the decision in force, per edition, ascending.
        package var decisionDays: [EditionKey: [Int]] = [:]
        /// The host administrations of each edition's défis (accepted, not withdrawn), by name.
        package var hosts: [EditionKey: [ReportHost]] = [:]
        /// How many accepted and refused dossiers of each edition the jury evaluated: those its
        /// averages are of (``CriterionMeans/dossiers`` also counts dossiers never evaluated,
        /// such as the imported ones).
        package var evaluated: [EditionKey: EvaluatedDossiers] = [:]
    }

    package struct EvaluatedDossiers: Sendable, Hashable {
        package var accepted = 0
        package var refused = 0

        package init(accepted: Int = 0, refused: Int = 0) {
            self.accepted = accepted
            self.refused = refused
        }
    }

    /// A host administration of an edition's défis.
    package struct ReportHost: Sendable, Hashable {
        /// As written on the edition's first défi it hosts.
        package var name: String
        /// How many of the edition's défis it hosts.
        package var challenges: Int
        /// No défi in an earlier edition (editions ordered as ``StatisticsReport`` orders them).
        package var isNew: Bool
    }

    /// The delays and hosts of every edition of `state`.
    package static func reportDetails(_ state: ModelState<StatisticsModel>) -> ReportDetails {
        var details = ReportDetails()
        var hostsOf: [EditionKey: [(key: String, name: String, challenges: Int)]] = [:]
        for (edition, stored) in state.editions {
            // The report reads the facts behind the figures: decode them (queries do not).
            var partition = stored
            partition.decodePendingFacts()
            var days: [Int] = []
            var hosts: [(key: String, name: String, challenges: Int)] = []
            var indexOf: [String: Int] = [:]
            var evaluated = EvaluatedDossiers()
            for case let facts? in partition.facts.dossiers {
                if !facts.evaluations.isEmpty {
                    if facts.status == .accepted { evaluated.accepted += 1 }
                    if facts.status == .refused { evaluated.refused += 1 }
                }
                if facts.status == .accepted, let challenge = facts.challenge,
                    !partition.facts.withdrawnChallenges.contains(challenge)
                {
                    let key = StatisticsReport.normalizedHost(facts.host)
                    if let index = indexOf[key] {
                        hosts[index].challenges += 1
                    } else {
                        indexOf[key] = hosts.count
                        hosts.append((key, facts.host, 1))
                    }
                }
                if facts.status.isDecided, let submitted = facts.submittedOn, let decided = facts.decidedOn {
                    days.append(StatisticsReport.dayNumber(decided) - StatisticsReport.dayNumber(submitted))
                }
            }
            details.decisionDays[edition] = days.sorted()
            details.evaluated[edition] = evaluated
            hostsOf[edition] = hosts
        }
        var seen: Set<String> = []
        for partition in chronological(state) {
            let hosts = hostsOf[partition.edition] ?? []
            // Sorted by the compared form: "École" beside "Ecole", not after "Z".
            details.hosts[partition.edition] = hosts.sorted { ($0.key, $0.name) < ($1.key, $1.name) }.map {
                ReportHost(name: $0.name, challenges: $0.challenges, isNew: !seen.contains($0.key))
            }
            seen.formUnion(hosts.map(\.key))
        }
        return details
    }

    /// The partitions in the order ``StatisticsReport`` counts new hosts: by year, then by the
    /// promotion's first day, then by key.
    private static func chronological(_ state: ModelState<StatisticsModel>) -> [Partition] {
        state.editions.map(\.partition).sorted {
            (
                $0.opening?.year ?? Int.max, $0.promotionStart.map(StatisticsReport.dayNumber) ?? Int.max,
                $0.edition
            ) < (
                $1.opening?.year ?? Int.max, $1.promotionStart.map(StatisticsReport.dayNumber) ?? Int.max,
                $1.edition
            )
        }
    }
}
