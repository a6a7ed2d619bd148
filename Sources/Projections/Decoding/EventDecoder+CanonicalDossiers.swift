internal import Programme

extension EventDecoder {
    /// The dossier events without a dossier's form (drafts, amendments and imports take the
    /// general path: their free texts are long and varied).
    mutating func canonicalDossier(_ kind: EventKind, _ scan: inout CanonicalScanner) -> FastEvent? {
        var accepted: AcceptedChallenge?
        if kind == .dossierAccepted {
            scan.expect(#"{"challenge":""#)
            let challenge = self.challenge(&scan)
            scan.expect(#","dossier":""#)
            guard let challenge else { return nil }
            accepted = AcceptedChallenge(challenge: challenge, profiles: [], entrepreneurs: 0, durationMonths: 0)
        } else {
            scan.expect(#"{"dossier":""#)
        }
        guard let text = scan.word(), let id = ids.dossier(text) else { return nil }
        let event: ProjectionEvent?
        switch kind {
        case .dossierSubmitted: event = .dossierSubmitted(id)
        case .dossierResubmitted: event = .dossierResubmitted(id)
        case .dossierReviewStarted: event = .dossierReviewStarted(id)
        case .dossierPreselected: event = .dossierPreselected(id)
        case .dossierRefused, .dossierClosed:
            scan.expect(#","motivation":""#)
            scan.text()
            event = kind == .dossierRefused ? .dossierRefused(id) : .dossierClosed(id)
        case .dossierWithdrawn:
            if scan.accept(#","reason":""#) { scan.text() }
            event = .dossierWithdrawn(id)
        case .dossierCorrectionRequested:
            scan.expect(#","message":""#)
            scan.text()
            scan.expect(#","reason":""#)
            guard let reason = scan.word(), Self.value(CorrectionReason.self, named: reason) != nil else { return nil }
            event = .dossierCorrectionRequested(id)
        case .dossierReopened:
            scan.expect(#","previousStatus":""#)
            guard let status = scan.word(), Self.value(DossierStatus.self, named: status) != nil else { return nil }
            scan.expect(#","reason":""#)
            scan.text()
            event = .dossierReopened(id)
        case .dossierAccepted:
            scan.expect(#","durationMonths":"#)
            let months = scan.integer()
            scan.expect(#","entrepreneurs":"#)
            let entrepreneurs = scan.integer()
            scan.expect(#","profiles":["#)
            var profiles: [Profile] = []
            if !scan.accept("]") {
                repeat {
                    scan.expect("\"")
                    guard let profile = profile(&scan) else { return nil }
                    profiles.append(profile)
                } while scan.accept(",")
                scan.expect("]")
            }
            guard var challenge = accepted, let months, let entrepreneurs else { return nil }
            challenge.profiles = profiles
            challenge.entrepreneurs = entrepreneurs
            challenge.durationMonths = months
            event = .dossierAccepted(id, challenge)
        case .dossierEvaluated:
            event = evaluation(&scan).map { .dossierEvaluated(id, $0) }
        default:
            return nil
        }
        scan.expect("}")
        guard let event else { return nil }
        return FastEvent(edition: id.edition, event: event, stream: StreamName(.dossier, bytes: text))
    }

    /// The members of `DossierEvaluated` v2 after its dossier.
    private func evaluation(_ scan: inout CanonicalScanner) -> JurorScores? {
        scan.expect(#","juror":""#)
        let juror = person(&scan)
        if scan.accept(#","opinion":""#) {
            guard let opinion = scan.word(), Self.value(JuryOpinion.self, named: opinion) != nil else { return nil }
        }
        if scan.accept(#","rank":"#) { _ = scan.integer() }
        scan.expect(#","replacesEarlier":"#)
        _ = scan.boolean()
        scan.expect(#","scores":{"#)
        var scores = CriterionScores()
        var first = true
        // Criteria in the sorted order of their names.
        for (criterion, member, next) in Self.criterionMembers {
            guard scan.accept(first ? member : next) else { continue }
            first = false
            guard let score = scan.integer() else { return nil }
            scores[criterion] = score
        }
        scan.expect("}")
        scan.expect(#","total":"#)
        _ = scan.integer()
        return juror.map { JurorScores(juror: $0, scores: scores) }
    }

    /// Each criterion with its member as the first of the object and as a later one.
    private static let criterionMembers: [(Criterion, StaticString, StaticString)] = [
        (.commitment, #""commitment":"#, #","commitment":"#),
        (.definition, #""definition":"#, #","definition":"#),
        (.need, #""need":"#, #","need":"#),
        (.openness, #""openness":"#, #","openness":"#),
        (.transformation, #""transformation":"#, #","transformation":"#),
    ]
}
