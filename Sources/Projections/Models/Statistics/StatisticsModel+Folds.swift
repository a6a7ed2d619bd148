internal import Programme

extension StatisticsModel {
    static func applyDossier(_ event: ProjectionEvent, _ context: EventContext, to partition: inout Partition) {
        switch event {
        case .dossierDrafted(let id, let headline):
            create(id, DossierFacts(status: .draft, host: headline.host), in: &partition)
        case .dossierImported(let id, let headline, let challenge):
            create(id, DossierFacts(status: .accepted, host: headline.host, challenge: challenge), in: &partition)
        case .dossierAmended(let id, let changes):
            update(id, in: &partition) { if let host = changes.host { $0.host = host } }
        case .dossierSubmitted(let id), .dossierResubmitted(let id):
            update(id, in: &partition) { facts in
                facts.status = .submitted
                facts.reached.insert(.filed)
                if facts.submittedOn == nil { facts.submittedOn = context.parisDate }
            }
        case .dossierCorrectionRequested(let id):
            update(id, in: &partition) { $0.status = .correctionRequested }
        case .dossierReviewStarted(let id):
            update(id, in: &partition) { $0.status = .inReview }
        case .dossierPreselected(let id):
            update(id, in: &partition) { facts in
                facts.status = .preselected
                facts.reached.insert(.preselected)
            }
        case .dossierEvaluated(let id, let scores):
            update(id, in: &partition) { facts in
                facts.status = .auditioned
                facts.reached.insert(.auditioned)
                if let index = facts.evaluations.firstIndex(where: { $0.juror == scores.juror }) {
                    facts.evaluations[index] = scores
                } else {
                    facts.evaluations.append(scores)
                }
            }
        case .dossierAccepted(let id, let accepted):
            update(id, in: &partition) { facts in
                facts.status = .accepted
                facts.challenge = accepted.challenge
                facts.decidedOn = context.parisDate
            }
        case .dossierRefused(let id):
            decide(id, .refused, context, in: &partition)
        case .dossierClosed(let id):
            decide(id, .closedWithoutFollowUp, context, in: &partition)
        case .dossierWithdrawn(let id):
            update(id, in: &partition) { $0.status = .withdrawn }
        case .dossierReopened(let id):
            update(id, in: &partition) { facts in
                facts.status = .inReview
                facts.decidedOn = nil
                facts.challenge = nil
            }
        default:
            break
        }
    }

    private static func decide(
        _ id: DossierID, _ status: DossierStatus, _ context: EventContext, in partition: inout Partition
    ) {
        update(id, in: &partition) { facts in
            facts.status = status
            facts.decidedOn = context.parisDate
        }
    }

    private static func create(_ id: DossierID, _ facts: DossierFacts, in partition: inout Partition) {
        if id.number > partition.dossiers.count {
            partition.dossiers.append(contentsOf: repeatElement(nil, count: id.number - partition.dossiers.count))
        }
        if partition.dossiers[id.number - 1] == nil { partition.dossiers[id.number - 1] = facts }
    }

    private static func update(_ id: DossierID, in partition: inout Partition, _ change: (inout DossierFacts) -> Void) {
        guard id.number <= partition.dossiers.count, partition.dossiers[id.number - 1] != nil else { return }
        change(&partition.dossiers[id.number - 1]!)
    }

    static func applyCandidature(_ event: ProjectionEvent, to partition: inout Partition) {
        switch event {
        case .candidatureApplied(let id, _, _, _):
            guard id.edition == partition.edition else { return }
            while partition.candidatures.count < id.number { partition.candidatures.append(CandidatureFacts()) }
            partition.candidatures[id.number - 1].reached.insert(.applied)
        case .candidaturePreselected(let id):
            reach(.preselected, id, in: &partition)
        case .candidateInterviewed(let id, _):
            reach(.interviewed, id, in: &partition)
        case .candidateSelected(let id, _, _, let profile):
            guard let index = existing(id, in: partition) else { return }
            partition.candidatures[index].reached.insert(.selected)
            partition.candidatures[index].seatProfile = UInt8(Profile.allCases.firstIndex(of: profile)! + 1)
        case .candidateJoined(let id):
            reach(.joined, id, in: &partition)
        case .candidateLeft(let id):
            reach(.left, id, in: &partition)
        default:
            break
        }
    }

    private static func existing(_ id: CandidatureID, in partition: Partition) -> Int? {
        guard id.edition == partition.edition, id.number <= partition.candidatures.count,
            partition.candidatures[id.number - 1].reached.contains(.applied)
        else { return nil }
        return id.number - 1
    }

    private static func reach(_ stage: CandidateStages, _ id: CandidatureID, in partition: inout Partition) {
        if let index = existing(id, in: partition) { partition.candidatures[index].reached.insert(stage) }
    }
}
