extension Candidature {
    /// Decides the commands about the candidature's seat, recorded in the edition's stream:
    /// the promotion is where team sizes and "one défi per person" are kept.
    func decideSeat(
        _ command: CandidatureCommand, in edition: Edition, context: PromotionContext
    ) throws(Rejection) -> [ProgrammeEvent] {
        let key = edition.key
        switch command {
        case .select(let challengeID, let profile):
            try require([.interviewed], toBe: "be selected")
            let challenge = try edition.openChallenge(
                challengeID, in: context.challenges, subject: id.rawValue, action: "be selected")
            guard wasInterviewed(for: challengeID) else { throw .notInterviewedFor(id, challenge: challengeID) }
            guard challenge.profiles.contains(profile) else {
                throw .profileNotRequested(challengeID, profile: profile, requested: challenge.profiles)
            }
            guard edition.team(of: challengeID).count < challenge.entrepreneurs else {
                throw .teamFull(challengeID, requested: challenge.entrepreneurs)
            }
            if let seat = edition.seat(of: person) {
                throw .personAlreadyInPromotion(
                    subject: "\(id) cannot be selected for \(challengeID)", person: person, challenge: seat.challenge,
                    edition: key)
            }
            return [
                .candidateSelected(
                    CandidateSelected(
                        edition: key, candidature: id, person: person, challenge: challengeID, profile: profile))
            ]
        case .validate:
            try require([.selected], toBe: "be validated")
            return [.selectionValidated(SelectionValidated(edition: key, candidature: id, challenge: seatChallenge))]
        case .join:
            try require([.validated], toBe: "join")
            guard edition.promotion == .started else {
                if edition.promotion == .ended {
                    throw .promotionEnded(subject: id.rawValue, action: "join", edition: key)
                }
                throw .promotionNotStarted(
                    subject: id.rawValue, action: "join", edition: key, status: edition.promotion)
            }
            return [
                .candidateJoined(
                    CandidateJoined(edition: key, candidature: id, person: person, challenge: seatChallenge))
            ]
        case .leave(let reason):
            try require([.joined], toBe: "leave")
            try TextRule.reason.check(reason)
            return [
                .candidateLeft(CandidateLeft(edition: key, candidature: id, challenge: seatChallenge, reason: reason))
            ]
        case .complete:
            try require([.joined], toBe: "complete")
            return [
                .candidateCompleted(
                    CandidateCompleted(edition: key, person: person, candidature: id, challenge: seatChallenge))
            ]
        default:
            preconditionFailure("\(command) is not a seat command")
        }
    }

    /// The défi of the seat; called only in stages that have one.
    private var seatChallenge: ChallengeID { placement!.challenge }
}
