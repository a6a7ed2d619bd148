import Programme

extension EditionBuilder {
    /// Candidatures from application to the end of the promotion; seats within each défi's places.
    mutating func buildCandidatures() {
        let ids = (1...candidatureCount).map { CandidatureID(edition: key, number: $0) }
        var people: [CandidatureID: PersonID] = [:]
        var preselected: [CandidatureID] = []
        for id in ids.shuffled(using: &random) {
            let person = self.person("person-\(key)-\(id.number)")
            people[id] = person
            let application = CandidateApplication(
                person: person, profile: Self.profiles.randomElement(using: &random)!,
                experienceYears: Int.random(in: 0...25, using: &random))
            add(
                .candidatureApplied(CandidatureApplied(candidature: id, application: application)),
                day(3, Int.random(in: 1...31, using: &random)))
        }
        for id in ids.shuffled(using: &random) {
            if random.chance(35) {
                add(.candidaturePreselected(CandidaturePreselected(candidature: id)), day(5, 15))
                preselected.append(id)
            } else if random.chance(90) {
                add(
                    .candidatureDeclined(CandidatureDeclined(candidature: id, reason: "Profil éloigné des défis.")),
                    day(5, 16))
            }
        }
        guard !accepted.isEmpty else { return }
        var interviewed: [(CandidatureID, [ChallengeID])] = []
        for id in preselected.shuffled(using: &random) {
            let ranked = Array(
                accepted.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)).map(\.id))
            add(.preferencesGiven(PreferencesGiven(candidature: id, challenges: ranked)), day(6, 28))
            if random.chance(8) {
                add(.candidatureWithdrawn(CandidatureWithdrawn(candidature: id, reason: nil)), day(7, 1))
                continue
            }
            for challenge in ranked.prefix(Int.random(in: 1...ranked.count, using: &random)) {
                let scores = (0..<5).map { _ in Int.random(in: 1...4, using: &random) }
                let interview = CandidateInterview(
                    challenge: challenge, juror: person("juror-\(key)-1"), scores: scores)
                add(
                    .candidateInterviewed(
                        CandidateInterviewed(candidature: id, interview: interview, replacesEarlier: false)), day(7, 5))
            }
            interviewed.append((id, ranked))
        }
        selectAndServe(interviewed, people: people)
    }

    private mutating func selectAndServe(
        _ interviewed: [(CandidatureID, [ChallengeID])], people: [CandidatureID: PersonID]
    ) {
        var places = Dictionary(uniqueKeysWithValues: accepted.map { ($0.id, $0.places) })
        let profiles = Dictionary(uniqueKeysWithValues: accepted.map { ($0.id, $0.profiles) })
        var seated: [(CandidatureID, ChallengeID)] = []
        for (id, ranked) in interviewed {
            guard let challenge = ranked.first(where: { places[$0, default: 0] > 0 }) else { continue }
            places[challenge, default: 0] -= 1
            add(
                .candidateSelected(
                    CandidateSelected(
                        edition: key, candidature: id, person: people[id]!, challenge: challenge,
                        profile: profiles[challenge]!.randomElement(using: &random)!)), day(7, 10))
            if random.chance(5) {
                add(
                    .selectedCandidateWithdrew(
                        SelectedCandidateWithdrew(edition: key, candidature: id, challenge: challenge, reason: nil)),
                    day(7, 20))
                places[challenge, default: 0] += 1
                continue
            }
            add(
                .selectionValidated(SelectionValidated(edition: key, candidature: id, challenge: challenge)), day(7, 15)
            )
            seated.append((id, challenge))
        }
        add(
            .promotionAnnounced(
                PromotionAnnounced(edition: key, dates: try! DateSpan(parsing: "\(year)-09-01..\(year + 1)-06-30"))),
            day(7, 25))
        add(.promotionStarted(PromotionStarted(edition: key)), day(9, 1))
        var serving: [(CandidatureID, ChallengeID)] = []
        for (id, challenge) in seated {
            add(
                .candidateJoined(
                    CandidateJoined(edition: key, candidature: id, person: people[id]!, challenge: challenge)),
                day(9, 1))
            if random.chance(4) {
                add(
                    .candidateLeft(
                        CandidateLeft(edition: key, candidature: id, challenge: challenge, reason: "Départ.")),
                    day(12, 1))
            } else {
                serving.append((id, challenge))
            }
        }
        let end = BusinessInstant(paris: BusinessDate(year: year + 1, month: 6, day: 30)!, hour: 18, minute: 0)!
        for (id, challenge) in serving {
            add(
                .candidateCompleted(
                    CandidateCompleted(edition: key, person: people[id]!, candidature: id, challenge: challenge)), end)
        }
        add(.promotionEnded(PromotionEnded(edition: key)), end)
    }
}
