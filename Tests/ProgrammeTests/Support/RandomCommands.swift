@testable import Programme

/// Random commands over a small world (edition 5, six dossiers, twelve candidatures of ten
/// people, three jurors), mixing valid and invalid ones.
struct RandomCommands {
    var generator: SeededGenerator
    let key = Controls.edition
    let dossiers = (1...6).map { DossierID(edition: Controls.edition, number: $0) }
    let candidatures = (1...12).map { CandidatureID(edition: Controls.edition, number: $0) }
    let people = (1...10).map { Controls.person("p-\($0)") }
    let jurors = (1...3).map { Controls.person("juror-\($0)") }
    let instants = [
        Controls.paris("2021-01-15"), Controls.inProjectCall, Controls.inCandidateCall, Controls.paris("2021-04-20"),
        Controls.afterCalls,
    ]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func instant() -> BusinessInstant { instants.randomElement(using: &generator)! }

    /// A random command; the promotion may end only `late` in the walk, as it ends a life.
    mutating func next(late: Bool = true) -> ProgrammeCommand {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return .edition(key, editionCommand(late: late))
        case 1...4: return .dossier(pick(dossiers), dossierCommand())
        default:
            let id = pick(candidatures)
            return .candidature(id, candidatureCommand(person: people[(id.number - 1) % people.count]))
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &generator)! }
    private mutating func challenge() -> ChallengeID { pick(dossiers + [DossierID(edition: key, number: 9)]).challenge }
    private mutating func profile() -> Profile { pick([.dev, .design, .datascience, .legal]) }

    /// Picks one of the makers with probability proportional to its weight: forward steps
    /// are likely, the absorbing ones (withdraw, end) rare, so walks reach deep states.
    private mutating func weighted<T>(_ choices: [(Int, (inout RandomCommands) -> T)]) -> T {
        var roll = Int.random(in: 0..<choices.map(\.0).reduce(0, +), using: &generator)
        for (weight, make) in choices {
            if roll < weight { return make(&self) }
            roll -= weight
        }
        preconditionFailure("weights exhausted")
    }

    private mutating func editionCommand(late: Bool) -> EditionCommand {
        weighted([
            (6, { _ in .announcePromotion }),
            (6, { _ in .startPromotion }),
            (late ? 1 : 0, { _ in .endPromotion }),
            (2, { $0.withdrawChallengeCommand() }),
            (1, { _ in .open(Controls.settings) }),
        ])
    }

    private mutating func withdrawChallengeCommand() -> EditionCommand {
        .withdrawChallenge(challenge(), reason: "No candidate.")
    }

    private mutating func dossierCommand() -> DossierCommand {
        weighted([
            (4, { $0.draftCommand() }),
            (2, { $0.amendCommand() }),
            (6, { _ in .submit }),
            (2, { _ in .requestCorrection(.incomplete, message: "Missing budget.") }),
            (4, { _ in .resubmit }),
            (6, { _ in .review }),
            (6, { _ in .preselect }),
            (6, { $0.evaluateCommand() }),
            (8, { _ in .accept }),
            (1, { _ in .refuse(motivation: "No.") }),
            (1, { _ in .close(motivation: "Stopped.") }),
            (1, { _ in .withdraw(reason: nil) }),
            (1, { _ in .reopen(reason: "Recount.") }),
        ])
    }

    private mutating func draftCommand() -> DossierCommand {
        var details = Controls.details
        details.entrepreneurs = Int.random(in: 1...4, using: &generator)
        details.profiles = Array(Set([profile(), profile()])).sorted()
        return .draft(details)
    }

    private mutating func amendCommand() -> DossierCommand {
        .amend(DossierAmendment(entrepreneurs: Int.random(in: 1...4, using: &generator)))
    }

    private mutating func evaluateCommand() -> DossierCommand {
        let scores = Dictionary(
            uniqueKeysWithValues: Criterion.allCases.map { ($0, Int.random(in: 0...4, using: &generator)) })
        return .evaluate(JuryEvaluation(juror: pick(jurors), scores: scores))
    }

    private mutating func candidatureCommand(person: PersonID) -> CandidatureCommand {
        weighted([
            (6, { $0.applyCommand(person: person) }),
            (6, { _ in .preselect }),
            (1, { _ in .decline(reason: "No.") }),
            (6, { $0.preferCommand() }),
            (6, { $0.interviewCommand() }),
            (8, { $0.selectCommand() }),
            (6, { _ in .validate }),
            (6, { _ in .join }),
            (1, { _ in .leave(reason: "Moved.") }),
            (1, { _ in .complete }),
            (1, { _ in .withdraw(reason: nil) }),
        ])
    }

    private mutating func applyCommand(person: PersonID) -> CandidatureCommand {
        .apply(
            CandidateApplication(
                person: person, profile: profile(), experienceYears: Int.random(in: -1...30, using: &generator)))
    }

    private mutating func preferCommand() -> CandidatureCommand {
        let count = Int.random(in: 0..<10, using: &generator) == 0 ? 4 : Int.random(in: 1...3, using: &generator)
        return .prefer((0..<count).map { _ in challenge() })
    }

    private mutating func interviewCommand() -> CandidatureCommand {
        let scores = (0..<5).map { _ in Int.random(in: 0...4, using: &generator) }
        return .interview(CandidateInterview(challenge: challenge(), juror: pick(jurors), scores: scores))
    }

    private mutating func selectCommand() -> CandidatureCommand {
        .select(challenge(), profile: profile())
    }
}
