extension Rejection: CustomStringConvertible {
    public var description: String { message }

    /// The sentence an operator reads: the rule and the values.
    public var message: String {
        switch self {
        case .invalidText(let field, .empty):
            return "the \(field) is empty"
        case .invalidText(let field, .tooLong(let maximum)):
            return "the \(field) is longer than \(maximum) characters"
        case .invalidText(let field, .forbiddenCharacter(let value)):
            return "the \(field) contains a control or invisible character (U+\(Self.hex(value)))"
        case .editionUnknown(let key):
            return "edition \(key) does not exist: it has not been opened"
        case .editionAlreadyOpen(let key):
            return "edition \(key) is already open"
        case .invalidSettings(let key, let problem):
            return "edition \(key) cannot be opened: \(problem)"
        case .promotionTransition(let key, let action, let status, let allowed):
            return "the promotion of edition \(key) cannot \(action): it is \(status.rawValue), "
                + "and only a promotion that is \(Self.list(allowed.map(\.rawValue))) can \(action)"
        case .promotionNotStarted(let subject, let action, let edition, let status):
            return "\(subject) cannot \(action): the promotion of edition \(edition) has not started "
                + "(it is \(status.rawValue))"
        case .promotionEnded(let subject, let action, let edition):
            return "\(subject) cannot \(action): the promotion of edition \(edition) has ended"
        case .dossierUnknown(let id):
            return "dossier \(id) does not exist"
        case .dossierAlreadyExists(let id):
            return "dossier \(id) already exists"
        case .dossierTransition(let id, let action, let status, let allowed):
            return "\(id) cannot \(action): it is \(status.rawValue), and only a dossier that is "
                + "\(Self.list(allowed.map(\.rawValue))) can \(action)"
        case .callNotOpen(let subject, let action, let call, let edition, let opens):
            return "\(subject) cannot \(action): the \(Self.name(of: call)) of edition \(edition) opens on "
                + opens.parisDescription
        case .callClosed(let subject, let action, let call, let edition, let closed):
            return "\(subject) cannot \(action): the \(Self.name(of: call)) of edition \(edition) closed on "
                + closed.parisDescription
        case .entrepreneursOutOfRange(let id, let requested, let allowed):
            return "\(id) cannot ask for \(requested) entrepreneurs: edition \(id.edition) allows "
                + "\(Self.range(allowed)) per défi"
        case .monthsOutOfRange(let id, let months, let allowed):
            return "\(id) cannot last \(months) months: défis of edition \(id.edition) last "
                + "\(Self.range(allowed)) months"
        case .profileNotOffered(let subject, let profile, let edition, let offered):
            return "\(subject): edition \(edition) does not offer the profile \(profile.rawValue) "
                + "(it offers \(offered.map(\.rawValue).joined(separator: ", ")))"
        case .noProfiles(let id):
            return "\(id) must ask for at least one profile"
        case .duplicateProfile(let id, let profile):
            return "\(id) lists the profile \(profile.rawValue) more than once"
        case .noMentor(let id):
            return "\(id) must name a senior mentor: every dossier needs one"
        case .tooManyPartners(let id, let count):
            return "\(id) lists \(count) partner administrations: at most \(DossierDetails.partnerLimit)"
        case .juryScoreOutOfRange(let id, let criterion, let score):
            return "the evaluation of \(id) gives \(score) for \(criterion.label) (\(criterion.rawValue)): "
                + "scores run from \(Criterion.scores.lowerBound) to \(Criterion.scores.upperBound)"
        case .juryCriteriaMismatch(let id, let missing, let unexpected):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing \(missing.map(\.rawValue).joined(separator: ", "))") }
            if !unexpected.isEmpty {
                parts.append("not in the grid: \(unexpected.map(\.rawValue).joined(separator: ", "))")
            }
            return "the evaluation of \(id) must score every criterion of edition \(id.edition)'s grid, "
                + "and only those (\(parts.joined(separator: "; ")))"
        case .juryRankInvalid(let id, let rank):
            return "the evaluation of \(id) gives the rank \(rank): ranks run from 1 to \(JuryEvaluation.rankLimit)"
        case .challengeHasTeam(let subject, let action, let challenge, let members):
            return "\(subject) cannot \(action): the défi \(challenge) has \(members) "
                + (members == 1 ? "entrepreneur" : "entrepreneurs") + " on its team"
        case .candidatureUnknown(let id):
            return "candidature \(id) does not exist"
        case .candidatureAlreadyExists(let id):
            return "candidature \(id) already exists"
        case .candidatureTransition(let id, let action, let status, let allowed):
            return "\(id) cannot \(action): it is \(status.rawValue), and only a candidature that is "
                + "\(Self.list(allowed.map(\.rawValue))) can \(action)"
        case .experienceOutOfRange(let id, let years):
            return "\(id) declares \(years) years of experience: expected "
                + Self.range(CandidateApplication.experienceRange)
        case .preferenceCount(let id, let count):
            return "\(id) must rank 1 to 3 défis, not \(count)"
        case .duplicatePreference(let id, let challenge):
            return "\(id) ranks the défi \(challenge) more than once"
        case .notPreferred(let id, let challenge, let preferences):
            return "\(id) cannot be interviewed for \(challenge): it is not among the défis the candidate "
                + "ranked (\(preferences.map(\.rawValue).joined(separator: ", ")))"
        case .interviewScores(let id, let scores):
            return "the interview of \(id) must give \(CandidateInterview.scoreCount) scores from "
                + "\(Self.range(CandidateInterview.scoreRange)), not \(scores.map(String.init).joined(separator: ","))"
        case .notInterviewedFor(let id, let challenge):
            return "\(id) cannot be selected for \(challenge): the candidate was not interviewed for it"
        case .challengeOfOtherEdition(let challenge, let edition):
            return "\(challenge) is a défi of edition \(challenge.edition), not of edition \(edition)"
        case .challengeNotAccepted(let challenge):
            return "\(challenge) is not an accepted défi: its dossier \(challenge.dossier) is not accepted"
        case .challengeWithdrawn(let challenge):
            return "\(challenge) was withdrawn from the promotion of edition \(challenge.edition)"
        case .profileNotRequested(let challenge, let profile, let requested):
            return "\(challenge) did not request the profile \(profile.rawValue) "
                + "(it requested \(requested.map(\.rawValue).joined(separator: ", ")))"
        case .teamFull(let challenge, let requested):
            return "the team of \(challenge) is full: it requested \(requested) "
                + (requested == 1 ? "entrepreneur" : "entrepreneurs") + " and has as many"
        case .personAlreadyInPromotion(let subject, let person, let challenge, let edition):
            return "\(subject): \(person) is already on the défi \(challenge) of the promotion of edition "
                + "\(edition), and a person joins at most one défi per promotion"
        }
    }

    private static func name(of call: Call) -> String {
        switch call {
        case .projects: "project call"
        case .candidates: "candidate call"
        }
    }

    private static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
    }

    private static func range(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
