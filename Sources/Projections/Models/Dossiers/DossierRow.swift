public import Programme

/// One project dossier as `eig dossier list` shows it.
public struct DossierRow: Sendable, Hashable {
    public let id: DossierID
    public var status: DossierStatus
    /// Title, host and funding administrations, requested profiles and count.
    public var headline: DossierHeadline
    /// The day (Paris) it was first submitted.
    public var submittedOn: BusinessDate?
    /// The day (Paris) of the decision in force: accepted, refused or closed; nil while
    /// undecided, and again after a reopening.
    public var decidedOn: BusinessDate?
    /// The défi, while the dossier is accepted.
    public var challenge: ChallengeID?
    /// Each juror's latest evaluation, in the order jurors first evaluated.
    public var evaluations: [JurorScores]
    /// Recorded from the published history rather than filed through a call.
    public var isImported: Bool

    public init(id: DossierID, status: DossierStatus, headline: DossierHeadline, isImported: Bool = false) {
        self.id = id
        self.status = status
        self.headline = headline
        self.isImported = isImported
        evaluations = []
    }

    public var edition: EditionKey { id.edition }

    /// The jury's mean score on each criterion scored (1–4), over the jurors who scored it.
    public var juryAverages: [(criterion: Criterion, average: Double)] {
        Criterion.allCases.compactMap { criterion in
            let scores = evaluations.compactMap { $0.scores[criterion] }
            guard !scores.isEmpty else { return nil }
            return (criterion, Double(scores.reduce(0, +)) / Double(scores.count))
        }
    }

    /// The mean of the jurors' totals, or nil before any evaluation.
    public var juryAverage: Double? {
        guard !evaluations.isEmpty else { return nil }
        let totals = evaluations.map { evaluation in evaluation.scores.all.reduce(0) { $0 + $1.1 } }
        return Double(totals.reduce(0, +)) / Double(totals.count)
    }
}
