@testable import Programme

/// The forward step of a random aggregate, chosen from the current state, so that random
/// walks reach accepted dossiers, selections and joins instead of being absorbed early by
/// withdrawals. Mixed with `RandomCommands`, which explores everything else.
extension RandomCommands {
    mutating func guided(log: [ProgrammeEvent], progress: Double) -> ProgrammeCommand {
        let streams = StreamHistory(events: log)
        let edition = Edition.fold(streams[.edition(key)])
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
            switch edition?.promotion {
            case .planned?: return .edition(key, .announcePromotion)
            case .announced? where progress > 0.3: return .edition(key, .startPromotion)
            case .started? where progress > 0.95: return .edition(key, .endPromotion)
            default: return .edition(key, .announcePromotion)
            }
        case 1...4:
            let id = dossiers.randomElement(using: &generator)!
            return .dossier(id, forward(ProjectDossier.fold(streams[.dossier(id)])))
        default:
            let id = candidatures.randomElement(using: &generator)!
            let candidature = Candidature.fold(streams[.candidature(id)], editionEvents: streams[.edition(key)])
            let accepted = dossiers.compactMap { ProjectDossier.fold(streams[.dossier($0)])?.challenge }
            return .candidature(
                id, forward(candidature, person: people[(id.number - 1) % people.count], accepted: accepted))
        }
    }

    private func forward(_ dossier: ProjectDossier?) -> DossierCommand {
        switch dossier?.status {
        case nil: .draft(Controls.details)
        case .draft?, .correctionRequested?: .submit
        case .submitted?: .review
        case .inReview?: .preselect
        case .preselected?: .evaluate(Controls.evaluation)
        default: .accept
        }
    }

    private mutating func forward(_ candidature: Candidature?, person: PersonID, accepted: [Challenge])
        -> CandidatureCommand
    {
        switch candidature?.status {
        case nil: return .apply(CandidateApplication(person: person, profile: .dev, experienceYears: 3))
        case .applied?: return .preselect
        case .preselected?:
            return .prefer(Array(accepted.map(\.id).shuffled(using: &generator).prefix(3)))
        case .preferencesGiven?:
            let challenge = candidature!.preferences.randomElement(using: &generator)!
            return .interview(CandidateInterview(challenge: challenge, juror: jurors[0], scores: [3, 3, 3, 3, 3]))
        case .interviewed?:
            let interview = candidature!.interviews.randomElement(using: &generator)!
            let profiles = accepted.first { $0.id == interview.challenge }?.profiles ?? [.dev]
            return .select(interview.challenge, profile: profiles.randomElement(using: &generator)!)
        case .selected?: return .validate
        case .validated?: return .join
        default: return Bool.random(using: &generator) ? .complete : .leave(reason: "Moved.")
        }
    }
}
