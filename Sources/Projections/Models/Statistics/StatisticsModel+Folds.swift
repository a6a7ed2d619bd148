internal import Programme

extension StatisticsModel {
    static func applyDossier(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition) {
        guard let id = event.dossier, id.edition == partition.edition else { return }
        if applyWhileUndecided(event, context, number: id.number, to: &partition) { return }
        partition.changeDossier(id.number) { facts in
            switch event {
            case .dossierDrafted(_, let headline):
                create(id, DossierFacts(status: .draft, host: headline.host), in: &facts)
            case .dossierImported(_, let headline, let challenge):
                create(id, DossierFacts(status: .accepted, host: headline.host, challenge: challenge), in: &facts)
            case .dossierAmended(_, let changes):
                update(id, in: &facts) { if let host = changes.host { $0.host = host } }
            case .dossierSubmitted, .dossierResubmitted:
                update(id, in: &facts) { dossier in
                    dossier.status = .submitted
                    dossier.reached.insert(.filed)
                    if dossier.submittedOn == nil { dossier.submittedOn = context.parisDate }
                }
            case .dossierCorrectionRequested:
                update(id, in: &facts) { $0.status = .correctionRequested }
            case .dossierReviewStarted:
                update(id, in: &facts) { $0.status = .inReview }
            case .dossierPreselected:
                update(id, in: &facts) { dossier in
                    dossier.status = .preselected
                    dossier.reached.insert(.preselected)
                }
            case .dossierEvaluated(_, let scores):
                update(id, in: &facts) { dossier in
                    dossier.status = .auditioned
                    dossier.reached.insert(.auditioned)
                    if let index = dossier.evaluations.firstIndex(where: { $0.juror == scores.juror }) {
                        dossier.evaluations[index] = scores
                    } else {
                        dossier.evaluations.append(scores)
                    }
                }
            case .dossierAccepted(_, let accepted):
                update(id, in: &facts) { dossier in
                    dossier.status = .accepted
                    dossier.challenge = accepted.challenge
                    dossier.decidedOn = context.parisDate
                }
            case .dossierRefused, .dossierClosed:
                update(id, in: &facts) { dossier in
                    dossier.status = event.isRefusal ? .refused : .closedWithoutFollowUp
                    dossier.decidedOn = context.parisDate
                }
            case .dossierWithdrawn:
                update(id, in: &facts) { $0.status = .withdrawn }
            case .dossierReopened:
                update(id, in: &facts) { dossier in
                    dossier.status = .inReview
                    dossier.decidedOn = nil
                    dossier.challenge = nil
                }
            default:
                break
            }
        }
    }

    /// The review's steps on a dossier that is neither decided nor withdrawn, before and
    /// after: its contribution to the figures is then only the stages it reached (its status,
    /// host, days and evaluations count only once decided), so the figures change by the stages
    /// it reaches now, without building its contribution twice as ``Partition/changeDossier(_:_:)``
    /// does (most dossier events of a log are these).
    ///
    /// - Returns: false when the event is not one of these steps or the dossier is not undecided
    ///   (or does not exist): the general path then applies it.
    private static func applyWhileUndecided(
        _ event: ProjectionEvent, _ context: EventContext, number: Int, to partition: inout Partition
    ) -> Bool {
        let status: DossierStatus
        let stage: DossierStages
        switch event {
        case .dossierSubmitted, .dossierResubmitted: (status, stage) = (.submitted, .filed)
        case .dossierCorrectionRequested: (status, stage) = (.correctionRequested, [])
        case .dossierReviewStarted: (status, stage) = (.inReview, [])
        case .dossierPreselected: (status, stage) = (.preselected, .preselected)
        case .dossierEvaluated: (status, stage) = (.auditioned, .auditioned)
        default: return false
        }
        let index = number - 1
        guard number >= 1, number <= partition.facts.dossiers.count,
            let current = partition.facts.dossiers[index]?.status, !current.countsInFigures
        else { return false }
        let isNewStage = !stage.isEmpty && !partition.facts.dossiers[index]!.reached.contains(stage)
        partition.facts.dossiers[index]!.status = status
        partition.facts.dossiers[index]!.reached.insert(stage)
        switch event {
        case .dossierSubmitted, .dossierResubmitted:
            if partition.facts.dossiers[index]!.submittedOn == nil {
                partition.facts.dossiers[index]!.submittedOn = context.parisDate
            }
        case .dossierEvaluated(_, let scores):
            if let known = partition.facts.dossiers[index]!.evaluations.firstIndex(where: { $0.juror == scores.juror })
            {
                partition.facts.dossiers[index]!.evaluations[known] = scores
            } else {
                partition.facts.dossiers[index]!.evaluations.append(scores)
            }
        default:
            break
        }
        if isNewStage { partition.summary.addReached(stage) }
        return true
    }

    private static func create(_ id: DossierID, _ dossier: DossierFacts, in facts: inout Facts) {
        while facts.dossiers.count < id.number { facts.dossiers.append(nil) }
        if facts.dossiers[id.number - 1] == nil { facts.dossiers[id.number - 1] = dossier }
    }

    private static func update(_ id: DossierID, in facts: inout Facts, _ change: (inout DossierFacts) -> Void) {
        guard id.number <= facts.dossiers.count, facts.dossiers[id.number - 1] != nil else { return }
        change(&facts.dossiers[id.number - 1]!)
    }

    static func applyCandidature(_ event: ProjectionEvent, to partition: inout Partition) {
        switch event {
        case .candidatureApplied(let id, _, _, _):
            guard id.edition == partition.edition else { return }
            while partition.facts.candidatures.count < id.number {
                partition.facts.candidatures.append(CandidatureFacts())
            }
            change(id, in: &partition, existing: false) { $0.reached.insert(.applied) }
        case .candidaturePreselected(let id):
            change(id, in: &partition) { $0.reached.insert(.preselected) }
        case .candidateInterviewed(let id, _):
            change(id, in: &partition) { $0.reached.insert(.interviewed) }
        case .candidateSelected(let id, _, _, let profile):
            change(id, in: &partition) { candidature in
                candidature.reached.insert(.selected)
                candidature.seatProfile = UInt8(Profile.allCases.firstIndex(of: profile)! + 1)
            }
        case .candidateJoined(let id):
            change(id, in: &partition) { $0.reached.insert(.joined) }
        case .candidateLeft(let id):
            change(id, in: &partition) { $0.reached.insert(.left) }
        default:
            break
        }
    }

    /// Changes candidature `id` of the partition (one that applied, unless `existing` is
    /// false), keeping the figures in step.
    private static func change(
        _ id: CandidatureID, in partition: inout Partition, existing: Bool = true,
        _ change: (inout CandidatureFacts) -> Void
    ) {
        guard id.edition == partition.edition, id.number <= partition.facts.candidatures.count else { return }
        let index = id.number - 1
        let before = partition.facts.candidatures[index]
        guard !existing || before.reached.contains(.applied) else { return }
        change(&partition.facts.candidatures[index])
        partition.summary.replace(before, with: partition.facts.candidatures[index])
    }
}

extension DossierStatus {
    /// Whether a dossier in this status counts in the figures beyond the stages it reached
    /// (``EditionSummary``'s decisions, hosts, decision days and jury figures).
    fileprivate var countsInFigures: Bool {
        switch self {
        case .accepted, .refused, .closedWithoutFollowUp, .withdrawn: true
        case .draft, .submitted, .correctionRequested, .inReview, .preselected, .auditioned: false
        }
    }
}

extension ProjectionEvent {
    /// The dossier a dossier event is about.
    var dossier: DossierID? {
        switch self {
        case .dossierDrafted(let id, _), .dossierAmended(let id, _), .dossierSubmitted(let id),
            .dossierCorrectionRequested(let id), .dossierResubmitted(let id), .dossierReviewStarted(let id),
            .dossierPreselected(let id), .dossierEvaluated(let id, _), .dossierAccepted(let id, _),
            .dossierRefused(let id), .dossierClosed(let id), .dossierWithdrawn(let id), .dossierReopened(let id),
            .dossierImported(let id, _, _):
            id
        default:
            nil
        }
    }

    var isRefusal: Bool {
        if case .dossierRefused = self { true } else { false }
    }
}
