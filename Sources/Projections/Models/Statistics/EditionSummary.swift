internal import Programme

/// One edition's figures, kept up to date as events are folded: each dossier and candidature
/// contributes to them, and a change replaces its old contribution by its new one.
struct EditionSummary: Sendable, Equatable {
    var projects = ProjectFunnel()
    var candidates = CandidateFunnel()
    var challenges = 0
    var entrepreneurs = 0
    /// Entrepreneurs by the profile of their seat, in `Profile.allCases` order.
    var profiles = [Int](repeating: 0, count: Profile.allCases.count)
    var unspecifiedProfiles = 0
    /// Each host administration as written, with how many défis of the promotion it hosts.
    var hosts: [String: Int] = [:]
    /// Days from submission to decision, with how many dossiers took them.
    var decisionDays: [Int: Int] = [:]
    var jury = JuryFigures()

    /// What one dossier adds to the figures.
    struct DossierContribution: Equatable {
        var reached: StatisticsModel.DossierStages
        var status: DossierStatus
        /// Its host, while its défi is in the promotion.
        var host: String?
        var days: Int?
        var evaluations: [JurorScores]
    }

    mutating func replace(_ before: DossierContribution?, with after: DossierContribution?) {
        guard before != after else { return }
        if let before { add(before, sign: -1) }
        if let after { add(after, sign: 1) }
    }

    mutating func replace(_ before: StatisticsModel.CandidatureFacts, with after: StatisticsModel.CandidatureFacts) {
        guard before != after else { return }
        add(before, sign: -1)
        add(after, sign: 1)
    }

    /// Counts a dossier newly reaching `stages` (none of which it had reached).
    mutating func addReached(_ stages: StatisticsModel.DossierStages) {
        if stages.contains(.filed) { projects.filed += 1 }
        if stages.contains(.preselected) { projects.preselected += 1 }
        if stages.contains(.auditioned) { projects.auditioned += 1 }
    }

    mutating func addImportedEntrepreneur() {
        entrepreneurs += 1
        unspecifiedProfiles += 1
    }

    private mutating func add(_ dossier: DossierContribution, sign: Int) {
        if dossier.reached.contains(.filed) { projects.filed += sign }
        if dossier.reached.contains(.preselected) { projects.preselected += sign }
        if dossier.reached.contains(.auditioned) { projects.auditioned += sign }
        switch dossier.status {
        case .accepted:
            projects.accepted += sign
            jury.accepted.add(dossier.evaluations, sign: sign)
        case .refused:
            projects.refused += sign
            jury.refused.add(dossier.evaluations, sign: sign)
        case .closedWithoutFollowUp: projects.closed += sign
        case .withdrawn: projects.withdrawn += sign
        default: break
        }
        if let host = dossier.host {
            challenges += sign
            let count = hosts[host, default: 0] + sign
            hosts[host] = count == 0 ? nil : count
        }
        if let days = dossier.days {
            let count = decisionDays[days, default: 0] + sign
            decisionDays[days] = count == 0 ? nil : count
        }
    }

    private mutating func add(_ candidature: StatisticsModel.CandidatureFacts, sign: Int) {
        let reached = candidature.reached
        guard reached.contains(.applied) else { return }
        candidates.applied += sign
        if reached.contains(.preselected) { candidates.preselected += sign }
        if reached.contains(.interviewed) { candidates.interviewed += sign }
        if reached.contains(.selected) { candidates.selected += sign }
        if reached.contains(.left) { candidates.left += sign }
        if reached.contains(.joined) {
            candidates.joined += sign
            entrepreneurs += sign
            if candidature.seatProfile > 0 {
                profiles[Int(candidature.seatProfile) - 1] += sign
            } else {
                unspecifiedProfiles += sign
            }
        }
    }
}

extension StatisticsModel.Partition {
    /// What dossier `number` contributes to the figures now; nil when there is no such dossier.
    func contribution(ofDossier number: Int) -> EditionSummary.DossierContribution? {
        guard number >= 1, number <= facts.dossiers.count, let dossier = facts.dossiers[number - 1] else { return nil }
        var host: String?
        if dossier.status == .accepted, let challenge = dossier.challenge,
            !facts.withdrawnChallenges.contains(challenge)
        {
            host = dossier.host
        }
        var days: Int?
        if dossier.status.isDecided, let submitted = dossier.submittedOn, let decided = dossier.decidedOn {
            days = StatisticsReport.dayNumber(decided) - StatisticsReport.dayNumber(submitted)
        }
        let isJudged = dossier.status == .accepted || dossier.status == .refused
        return EditionSummary.DossierContribution(
            reached: dossier.reached, status: dossier.status, host: host, days: days,
            evaluations: isJudged ? dossier.evaluations : [])
    }

    /// Changes the facts, keeping the figures in step with what dossier `number` (if any)
    /// contributes to them.
    mutating func changeDossier(_ number: Int?, _ change: (inout StatisticsModel.Facts) -> Void) {
        let before = number.flatMap { contribution(ofDossier: $0) }
        change(&facts)
        summary.replace(before, with: number.flatMap { contribution(ofDossier: $0) })
    }

    /// Decodes the facts read from the file, before an event changes them.
    mutating func decodePendingFacts() {
        guard let bytes = pendingFacts else { return }
        pendingFacts = nil
        var reader = BinaryReader(Array(bytes))
        do {
            facts = try StatisticsModel.decodeFacts(edition: edition, from: &reader)
        } catch {
            // The file's checksum matched and this version of the code wrote it.
            preconditionFailure("the statistics facts of edition \(edition) cannot be decoded: \(error)")
        }
    }
}
