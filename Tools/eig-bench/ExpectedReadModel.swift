import EventStore

/// The replay read model of the README: dossiers per status and per administration, and the
/// average `ReviewScored.score`; built by a replay, or read from `PREFIX.expected.json`.
struct ExpectedReadModel: Equatable, CustomStringConvertible {
    var events: Int
    var dossiers: Int
    var statusCounts: [String: Int]
    var administrationCounts: [String: Int]
    var scoreCount: Int
    /// The expected file's is rounded to six decimals; a replay's is not.
    var averageScore: Double

    /// Reads `readModel` from `PREFIX.expected.json`.
    init(prefix: String) throws {
        let path = prefix + ".expected.json"
        let bytes = try Workload.readFile(path)
        let model = try JSONTape.withRoot(of: bytes) { root -> ExpectedReadModel? in
            guard let model = root["readModel"], let events = model["events"]?.int,
                let dossiers = model["dossiers"]?.int,
                let statuses = model["statusCounts"], let administrations = model["administrationCounts"],
                let scoreCount = model["scoreCount"]?.int, let average = model["averageScore"]?.double,
                let statusCounts = Self.counts(statuses), let administrationCounts = Self.counts(administrations)
            else { return nil }
            return ExpectedReadModel(
                events: Int(events), dossiers: Int(dossiers), statusCounts: statusCounts,
                administrationCounts: administrationCounts, scoreCount: Int(scoreCount), averageScore: average)
        }
        guard let model else { throw WorkloadError("\(path) has no readModel as the README describes") }
        self = model
    }

    init(
        events: Int, dossiers: Int, statusCounts: [String: Int], administrationCounts: [String: Int],
        scoreCount: Int, averageScore: Double
    ) {
        self.events = events
        self.dossiers = dossiers
        self.statusCounts = statusCounts
        self.administrationCounts = administrationCounts
        self.scoreCount = scoreCount
        self.averageScore = averageScore
    }

    private static func counts(_ object: JSONValue) -> [String: Int]? {
        var counts: [String: Int] = [:]
        for member in object.members {
            guard let key = member.key.string, let count = member.value.int else { return nil }
            counts[key] = Int(count)
        }
        return counts
    }

    /// Equal counts, and averages within the expected file's rounding to six decimals.
    static func == (left: ExpectedReadModel, right: ExpectedReadModel) -> Bool {
        left.events == right.events && left.dossiers == right.dossiers && left.statusCounts == right.statusCounts
            && left.administrationCounts == right.administrationCounts && left.scoreCount == right.scoreCount
            && abs(left.averageScore - right.averageScore) <= 5.000_001e-7
    }

    var description: String {
        "events \(events), dossiers \(dossiers), statuses \(statusCounts.sorted { $0.key < $1.key }), "
            + "administrations \(administrationCounts.count), scores \(scoreCount), average \(averageScore)"
    }
}
