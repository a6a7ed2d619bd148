extension ProjectDossier {
    /// Decides a dossier command.
    ///
    /// - Parameters:
    ///   - id: the dossier the command is for.
    ///   - state: the dossier folded from its stream; nil if it does not exist.
    ///   - edition: the dossier's edition folded from its stream (settings, promotion, teams).
    ///   - now: when the command happens (business time: the call windows apply to it).
    /// - Returns: the events to append to `dossier-<id>`.
    public static func decide(
        _ command: DossierCommand,
        for id: DossierID,
        state: ProjectDossier?,
        edition: Edition?,
        now: BusinessInstant
    ) throws(Rejection) -> [ProgrammeEvent] {
        guard let edition, edition.key == id.edition else { throw .editionUnknown(id.edition) }
        switch command {
        case .draft(let details):
            guard state == nil else { throw .dossierAlreadyExists(id) }
            try check(details, of: id, against: edition.settings)
            return [.dossierDrafted(DossierDrafted(dossier: id, details: details))]
        case .importAccepted(var details, let source):
            guard state == nil else { throw .dossierAlreadyExists(id) }
            try TextRule.source.check(source)
            details.durationMonths = details.durationMonths ?? edition.settings.standardMonths
            try check(details, of: id, against: edition.settings)
            return [
                .dossierImported(
                    DossierImported(dossier: id, details: details, challenge: id.challenge, source: source))
            ]
        default:
            guard let dossier = state else { throw .dossierUnknown(id) }
            return try dossier.decide(command, edition: edition, now: now)
        }
    }

    private func decide(_ command: DossierCommand, edition: Edition, now: BusinessInstant) throws(Rejection)
        -> [ProgrammeEvent]
    {
        switch command {
        case .draft, .importAccepted:
            throw .dossierAlreadyExists(id)
        case .amend(let changes):
            try require([.draft, .correctionRequested], toBe: "be amended")
            guard !changes.isEmpty else { return [] }
            try Self.check(changes.applied(to: details), of: id, against: edition.settings)
            return [.dossierAmended(DossierAmended(dossier: id, changes: changes))]
        case .submit:
            try require([.draft], toBe: "be submitted")
            try edition.settings.checkInside(.projects, at: now, subject: id.rawValue, action: "be submitted")
            return [.dossierSubmitted(DossierSubmitted(dossier: id))]
        case .requestCorrection(let reason, let message):
            try require([.submitted, .inReview], toBe: "be sent back for correction")
            try TextRule.message.check(message)
            return [
                .dossierCorrectionRequested(DossierCorrectionRequested(dossier: id, reason: reason, message: message))
            ]
        case .resubmit:
            try require([.correctionRequested], toBe: "be resubmitted")
            return [.dossierResubmitted(DossierResubmitted(dossier: id))]
        case .review:
            try require([.submitted], toBe: "be taken into review")
            return [.dossierReviewStarted(DossierReviewStarted(dossier: id))]
        case .preselect:
            try require([.inReview], toBe: "be preselected")
            return [.dossierPreselected(DossierPreselected(dossier: id))]
        case .evaluate(let evaluation):
            return try evaluate(evaluation, criteria: edition.settings.criteria)
        case .accept:
            return try accept(in: edition)
        case .refuse(let motivation):
            try require([.inReview, .preselected, .auditioned], toBe: "be refused")
            try TextRule.motivation.check(motivation)
            return [.dossierRefused(DossierRefused(dossier: id, motivation: motivation))]
        case .close(let motivation):
            try require([.inReview, .preselected, .auditioned], toBe: "be closed without follow-up")
            try TextRule.motivation.check(motivation)
            return [.dossierClosed(DossierClosed(dossier: id, motivation: motivation))]
        case .withdraw(let reason):
            try require(
                [.draft, .submitted, .correctionRequested, .inReview, .preselected, .auditioned], toBe: "be withdrawn")
            try TextRule.reason.check(reason)
            return [.dossierWithdrawn(DossierWithdrawn(dossier: id, reason: reason))]
        case .reopen(let reason):
            try require([.accepted, .refused, .closedWithoutFollowUp], toBe: "be reopened")
            try TextRule.reason.check(reason)
            let members = edition.seats.filter { $0.challenge == id.challenge && $0.status != .withdrawn }.count
            guard status != .accepted || members == 0 else {
                throw .challengeHasTeam(
                    subject: id.rawValue, action: "be reopened", challenge: id.challenge, members: members)
            }
            return [.dossierReopened(DossierReopened(dossier: id, reason: reason, previousStatus: status))]
        }
    }

    private func evaluate(_ evaluation: JuryEvaluation, criteria: [Criterion]) throws(Rejection) -> [ProgrammeEvent] {
        try require([.preselected, .auditioned], toBe: "be evaluated")
        let given = Set(evaluation.scores.keys)
        let expected = Set(criteria)
        guard given == expected else {
            throw .juryCriteriaMismatch(
                id, missing: expected.subtracting(given).sorted(), unexpected: given.subtracting(expected).sorted())
        }
        for criterion in criteria {
            let score = evaluation.scores[criterion]!
            guard Criterion.scores.contains(score) else {
                throw .juryScoreOutOfRange(id, criterion: criterion, score: score)
            }
        }
        if let rank = evaluation.rank, !(1...JuryEvaluation.rankLimit).contains(rank) {
            throw .juryRankInvalid(id, rank: rank)
        }
        let replaces = evaluations.contains { $0.juror == evaluation.juror }
        return [.dossierEvaluated(DossierEvaluated(dossier: id, evaluation: evaluation, replacesEarlier: replaces))]
    }

    private func accept(in edition: Edition) throws(Rejection) -> [ProgrammeEvent] {
        try require([.auditioned], toBe: "be accepted")
        guard edition.promotion != .ended else {
            throw .promotionEnded(subject: id.rawValue, action: "be accepted", edition: edition.key)
        }
        return [
            .dossierAccepted(
                DossierAccepted(
                    dossier: id, challenge: id.challenge, profiles: details.profiles,
                    entrepreneurs: details.entrepreneurs,
                    durationMonths: details.durationMonths ?? edition.settings.standardMonths))
        ]
    }

    private func require(_ allowed: [DossierStatus], toBe action: String) throws(Rejection) {
        guard allowed.contains(status) else {
            throw .dossierTransition(id, action: action, status: status, allowed: allowed)
        }
    }
}
