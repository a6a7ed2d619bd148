import Programme

/// Seeded random command sequences over a small world of two editions (5 and 6), each with
/// six dossiers and ten candidatures of ten people, decided through the domain: mostly
/// forward steps chosen from the current state (so walks reach accepted dossiers, teams and
/// ended promotions), and any command at all (most are refused and write nothing).
struct ProgrammeWalk {
    var generator: SeededGenerator
    let editions = [Controls.edition, EditionKey(number: 6)]
    let jurors = (1...3).map { Controls.person("juror-\($0)") }

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    static func settings(_ key: EditionKey) -> EditionSettings {
        let year = 2016 + key.number!
        return EditionSettings(
            key: key, year: year,
            projectCall: Controls.span("\(year)-02-01..\(year)-04-07"),
            candidateCall: Controls.span("\(year)-03-01..\(year)-05-02"),
            promotion: Controls.span("\(year)-09-01..\(year + 1)-06-30"), entrepreneursPerChallenge: 1...3)
    }

    /// Opens both editions, then runs `steps` commands; returns how many were accepted.
    @discardableResult
    mutating func run(steps: Int, on store: TemporaryStore, after: (Int) throws -> Void = { _ in }) throws -> Int {
        for key in editions {
            try store.run(.edition(key, .open(Self.settings(key))), at: instant(key, .projects, 0))
        }
        var accepted = 0
        for step in 0..<steps {
            let (command, now) = next(store: store, step: step, progress: Double(step) / Double(steps))
            if try store.run(command, at: now) == nil { accepted += 1 }
            try after(step)
        }
        return accepted
    }

    enum Moment { case projects, candidates, decisions }

    /// A business instant in `key`'s year: inside its project call, its candidate call, or
    /// after both (decisions), a little later at each step so delays vary.
    func instant(_ key: EditionKey, _ moment: Moment, _ step: Int) -> BusinessInstant {
        let year = 2016 + key.number!
        let (day, spread) =
            switch moment {
            case .projects: ("\(year)-02-02", 60)
            case .candidates: ("\(year)-03-02", 60)
            case .decisions: ("\(year)-04-20", 3_000)
            }
        return Controls.paris(day).adding(microseconds: Int64(step % spread) * 3_600_000_000 / 4)
    }

    mutating func next(store: TemporaryStore, step: Int, progress: Double) -> (ProgrammeCommand, BusinessInstant) {
        let key = editions.randomElement(using: &generator)!
        let dossiers = (1...6).map { DossierID(edition: key, number: $0) }
        let candidatures = (1...10).map { CandidatureID(edition: key, number: $0) }
        let guided = Int.random(in: 0..<10, using: &generator) < 7
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
            let edition = Edition.fold(store.streams[.edition(key)] ?? [])
            let command: EditionCommand =
                switch edition?.promotion {
                case .planned?: .announcePromotion
                case .announced? where progress > 0.3: .startPromotion
                case .started? where progress > 0.9: .endPromotion
                default:
                    guided || Int.random(in: 0..<4, using: &generator) > 0
                        ? .announcePromotion
                        : .withdrawChallenge(dossiers.randomElement(using: &generator)!.challenge, reason: "None.")
                }
            return (.edition(key, command), instant(key, .decisions, step))
        case 1...4:
            let id = dossiers.randomElement(using: &generator)!
            let dossier = ProjectDossier.fold(store.streams[.dossier(id)] ?? [])
            let command = guided ? forward(dossier) : anyDossierCommand()
            let moment: Moment = [.submit, .resubmit].contains(command) || dossier == nil ? .projects : .decisions
            return (.dossier(id, command), instant(key, moment, step))
        default:
            let id = candidatures.randomElement(using: &generator)!
            let person = Controls.person("p-\(key)-\((id.number - 1) % 10 + 1)")
            let state = Candidature.fold(
                store.streams[.candidature(id)] ?? [], editionEvents: store.streams[.edition(key)] ?? [])
            let accepted = dossiers.compactMap { ProjectDossier.fold(store.streams[.dossier($0)] ?? [])?.challenge }
            let command =
                guided ? forward(state, person: person, accepted: accepted) : anyCandidatureCommand(person, dossiers)
            let moment: Moment = state == nil ? .candidates : .decisions
            return (.candidature(id, command), instant(key, moment, step))
        }
    }

    private mutating func forward(_ dossier: ProjectDossier?) -> DossierCommand {
        switch dossier?.status {
        case nil:
            var details = Controls.details
            details.host = ["DGE", "Cour des comptes", "Ministère de la Culture"].randomElement(using: &generator)!
            details.entrepreneurs = Int.random(in: 1...3, using: &generator)
            return .draft(details)
        case .draft?:
            return Int.random(in: 0..<4, using: &generator) == 0 ? .amend(DossierAmendment(title: "Renamed")) : .submit
        case .correctionRequested?: return .resubmit
        case .submitted?:
            return Int.random(in: 0..<5, using: &generator) == 0
                ? .requestCorrection(.incomplete, message: "Budget?") : .review
        case .inReview?: return .preselect
        case .preselected?: return evaluate()
        case .auditioned?:
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: return .refuse(motivation: "No.")
            case 1: return evaluate()
            default: return .accept
            }
        default: return Int.random(in: 0..<8, using: &generator) == 0 ? .reopen(reason: "Recount.") : .review
        }
    }

    private mutating func evaluate() -> DossierCommand {
        let scores = Dictionary(
            uniqueKeysWithValues: Criterion.allCases.map { ($0, Int.random(in: 1...4, using: &generator)) })
        return .evaluate(JuryEvaluation(juror: jurors.randomElement(using: &generator)!, scores: scores))
    }

    private mutating func anyDossierCommand() -> DossierCommand {
        [
            .submit, .review, .preselect, .accept, .refuse(motivation: "No."), .close(motivation: "Stopped."),
            .withdraw(reason: nil), .reopen(reason: "Again."), .resubmit, evaluate(),
        ].randomElement(using: &generator)!
    }

    private mutating func forward(_ candidature: Candidature?, person: PersonID, accepted: [Challenge])
        -> CandidatureCommand
    {
        switch candidature?.status {
        case nil:
            return .apply(
                CandidateApplication(
                    person: person, profile: [.dev, .datascience, .design].randomElement(using: &generator)!,
                    experienceYears: Int.random(in: 0...20, using: &generator)))
        case .applied?: return Int.random(in: 0..<5, using: &generator) == 0 ? .decline(reason: "No.") : .preselect
        case .preselected?:
            return .prefer(Array(accepted.map(\.id).shuffled(using: &generator).prefix(3)))
        case .preferencesGiven?:
            let challenge = candidature!.preferences.randomElement(using: &generator)!
            let scores = (0..<5).map { _ in Int.random(in: 0...4, using: &generator) }
            return .interview(
                CandidateInterview(
                    challenge: challenge, juror: jurors.randomElement(using: &generator)!, scores: scores))
        case .interviewed? where Int.random(in: 0..<3, using: &generator) == 0:
            let challenge = candidature!.preferences.randomElement(using: &generator)!
            return .interview(CandidateInterview(challenge: challenge, juror: jurors[2], scores: [3, 3, 3, 3, 3]))
        case .interviewed?:
            let interview = candidature!.interviews.randomElement(using: &generator)!
            let profiles = accepted.first { $0.id == interview.challenge }?.profiles ?? [.dev]
            return .select(interview.challenge, profile: profiles.randomElement(using: &generator)!)
        case .selected?:
            return Int.random(in: 0..<6, using: &generator) == 0 ? .withdraw(reason: "Other job.") : .validate
        case .validated?: return .join
        default: return Int.random(in: 0..<4, using: &generator) == 0 ? .leave(reason: "Moved.") : .complete
        }
    }

    private mutating func anyCandidatureCommand(_ person: PersonID, _ dossiers: [DossierID]) -> CandidatureCommand {
        let challenge = dossiers.randomElement(using: &generator)!.challenge
        return [
            .preselect, .decline(reason: "No."), .prefer([challenge]), .validate, .join, .complete,
            .withdraw(reason: nil), .leave(reason: "Gone."), .select(challenge, profile: .dev),
            .interview(CandidateInterview(challenge: challenge, juror: jurors[0], scores: [2, 2, 2, 2, 2])),
            .apply(CandidateApplication(person: person, profile: .dev, experienceYears: 2)),
        ].randomElement(using: &generator)!
    }
}
