extension Edition {
    /// Decides an edition command.
    ///
    /// - Parameters:
    ///   - key: the edition the command is for.
    ///   - state: the edition folded from its stream; nil if it was never opened.
    ///   - challenges: the accepted défis the command names, loaded from their dossiers.
    ///   - now: when the command happens (business time).
    /// - Returns: the events to append to `edition-<key>`.
    public static func decide(
        _ command: EditionCommand,
        for key: EditionKey,
        state: Edition?,
        challenges: [ChallengeID: Challenge],
        now: BusinessInstant
    ) throws(Rejection) -> [ProgrammeEvent] {
        if case .open(let settings) = command {
            guard state == nil else { throw .editionAlreadyOpen(key) }
            guard settings.key == key else {
                throw .invalidSettings(key, problem: "its settings are those of edition \(settings.key)")
            }
            try settings.validate()
            return [.editionOpened(EditionOpened(settings: settings))]
        }
        guard let edition = state else { throw .editionUnknown(key) }
        return try edition.decide(command, challenges: challenges)
    }

    private func decide(
        _ command: EditionCommand, challenges: [ChallengeID: Challenge]
    ) throws(Rejection) -> [ProgrammeEvent] {
        switch command {
        case .open:
            throw .editionAlreadyOpen(key)
        case .announcePromotion:
            try requirePromotion([.planned], toBe: "be announced")
            return [.promotionAnnounced(PromotionAnnounced(edition: key, dates: settings.promotion))]
        case .startPromotion:
            try requirePromotion([.announced], toBe: "be started")
            return [.promotionStarted(PromotionStarted(edition: key))]
        case .endPromotion:
            try requirePromotion([.started], toBe: "be ended")
            let completions = seats.filter { $0.status == .joined }.map {
                ProgrammeEvent.candidateCompleted(
                    CandidateCompleted(
                        edition: key, person: $0.person, candidature: $0.candidature, challenge: $0.challenge))
            }
            return completions + [.promotionEnded(PromotionEnded(edition: key))]
        case .withdrawChallenge(let id, let reason):
            try TextRule.reason.check(reason)
            let challenge = try openChallenge(id, in: challenges, subject: id.rawValue, action: "be withdrawn")
            let members = team(of: challenge.id).count
            guard members == 0 else {
                throw .challengeHasTeam(
                    subject: id.rawValue, action: "be withdrawn from the promotion", challenge: id, members: members)
            }
            return [.challengeWithdrawn(ChallengeWithdrawn(edition: key, challenge: id, reason: reason))]
        case .importEntrepreneurs(let id, let people, let source):
            return try importEntrepreneurs(id, people: people, source: source, challenges: challenges)
        }
    }

    private func importEntrepreneurs(
        _ id: ChallengeID, people: [PersonID], source: String, challenges: [ChallengeID: Challenge]
    ) throws(Rejection) -> [ProgrammeEvent] {
        try TextRule.source.check(source)
        let subject = "the entrepreneurs of \(id)"
        guard promotion == .started else {
            throw .promotionNotStarted(subject: subject, action: "be imported", edition: key, status: promotion)
        }
        let challenge = try openChallenge(id, in: challenges, subject: subject, action: "be imported")
        guard team(of: id).count + people.count <= challenge.entrepreneurs else {
            throw .teamFull(id, requested: challenge.entrepreneurs)
        }
        var seen: Set<PersonID> = []
        for person in people {
            if let seat = seat(of: person) {
                throw .personAlreadyInPromotion(
                    subject: subject, person: person, challenge: seat.challenge, edition: key)
            }
            guard seen.insert(person).inserted else {
                throw .personAlreadyInPromotion(subject: subject, person: person, challenge: id, edition: key)
            }
        }
        return people.map {
            .entrepreneurImported(EntrepreneurImported(edition: key, person: $0, challenge: id, source: source))
        }
    }

    /// The accepted défi `id` of this edition, still in the promotion, which is not over.
    func openChallenge(
        _ id: ChallengeID, in challenges: [ChallengeID: Challenge], subject: String, action: String
    ) throws(Rejection) -> Challenge {
        guard id.edition == key else { throw .challengeOfOtherEdition(id, edition: key) }
        guard let challenge = challenges[id] else { throw .challengeNotAccepted(id) }
        guard !isWithdrawn(id) else { throw .challengeWithdrawn(id) }
        guard promotion != .ended else { throw .promotionEnded(subject: subject, action: action, edition: key) }
        return challenge
    }

    func requirePromotion(_ allowed: [PromotionStatus], toBe action: String) throws(Rejection) {
        guard allowed.contains(promotion) else {
            throw .promotionTransition(key, action: action, status: promotion, allowed: allowed)
        }
    }
}
