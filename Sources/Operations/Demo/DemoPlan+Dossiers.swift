internal import Programme

extension DemoPlan {
    /// The project dossiers: drafted and submitted during the call, a few amended or sent back
    /// for correction, reviewed, one withdrawn, seventeen preselected and auditioned by the
    /// jury in May, sixteen accepted and one refused.
    ///
    /// - Returns: the places of the accepted défis, one per entrepreneur requested.
    mutating func planDossiers() throws(OperationsError) -> [DemoSeat] {
        let corrected: Set<Int> = [3, 8, 12]
        let amended: Set<Int> = [5, 14]
        let withdrawn = 18
        let refused = 17
        var seats: [DemoSeat] = []
        for (offset, project) in DemoCatalogue.projects.enumerated() {
            let number = offset + 1
            let id = DossierID(edition: Self.edition, number: number)
            let prefix = "demo/\(id)"
            let drafted = day(from: "2021-02-01", through: "2021-03-20")
            let mentor = PersonRequest(role: .mentor, name: mentorName(number))
            let lead = PersonRequest(role: .lead, name: leadName(number))
            try add("\(prefix)/draft", at: officeHours(on: drafted), naming: [mentor, lead]) { people in
                .dossier(
                    id,
                    .draft(
                        DossierDetails(
                            title: project.title, host: project.host, entrepreneurs: project.entrepreneurs,
                            profiles: project.profiles, mentors: [people[0]], lead: people[1], town: project.town,
                            summary: project.summary)))
            }
            if amended.contains(number) {
                try add("\(prefix)/amend", at: officeHours(on: drafted.adding(days: 2))) { _ in
                    .dossier(id, .amend(DossierAmendment(funding: "Direction interministérielle du numérique")))
                }
            }
            let submitted = min(drafted.adding(days: random.int(in: 4...18)), Self.date("2021-04-07"))
            try add("\(prefix)/submit", at: officeHours(on: submitted)) { _ in .dossier(id, .submit) }
            let reviewed = day(from: "2021-04-12", through: "2021-04-15")
            try add("\(prefix)/review", at: officeHours(on: reviewed)) { _ in .dossier(id, .review) }
            if corrected.contains(number) {
                try add("\(prefix)/request-correction", at: officeHours(on: reviewed.adding(days: 1))) { _ in
                    .dossier(
                        id,
                        .requestCorrection(
                            .incomplete,
                            message: "Merci de préciser l'engagement financier de l'administration porteuse."))
                }
                try add("\(prefix)/resubmit", at: officeHours(on: reviewed.adding(days: 5))) { _ in
                    .dossier(id, .resubmit)
                }
                try add("\(prefix)/review-again", at: officeHours(on: reviewed.adding(days: 6))) { _ in
                    .dossier(id, .review)
                }
            }
            if number == withdrawn {
                try add("\(prefix)/withdraw", at: Self.paris("2021-04-20", 16, 30)) { _ in
                    .dossier(id, .withdraw(reason: "Le service porteur a revu ses priorités pour 2021."))
                }
                continue
            }
            try add("\(prefix)/preselect", at: Self.paris("2021-04-27", 11, number)) { _ in .dossier(id, .preselect) }
            try planJury(for: id, isStrong: number != refused)
            if number == refused {
                try add("\(prefix)/refuse", at: Self.paris("2021-05-17", 15, 0)) { _ in
                    .dossier(
                        id,
                        .refuse(
                            motivation: "Le besoin est réel mais les données nécessaires ne seront pas "
                                + "accessibles pendant la durée du défi."))
                }
            } else {
                try add("\(prefix)/accept", at: Self.paris("2021-05-17", 14, number)) { _ in .dossier(id, .accept) }
                for index in 0..<project.entrepreneurs {
                    seats.append(DemoSeat(challenge: id.challenge, profile: project.profiles[index]))
                }
            }
        }
        return seats
    }

    /// Each juror scores the dossier at its audition (10 or 11 May); one juror revises an
    /// evaluation the next day, which replaces the first.
    private mutating func planJury(for id: DossierID, isStrong: Bool) throws(OperationsError) {
        for (index, juror) in DemoCatalogue.dossierJury.enumerated() {
            var scores: [Criterion: Int] = [:]
            for criterion in Criterion.allCases {
                scores[criterion] = isStrong ? random.pick(weighted: [(2, 1), (3, 4), (4, 3)]) : random.int(in: 1...2)
            }
            let total = scores.values.reduce(0, +)
            let day = id.number % 2 == 0 ? "2021-05-10" : "2021-05-11"
            let evaluation = { (person: PersonID) in
                JuryEvaluation(juror: person, scores: scores, opinion: total >= 13 ? .favourable : .unfavourable)
            }
            try add(
                "demo/\(id)/evaluate/\(index + 1)", at: Self.paris(day, 9 + id.number % 8, 10 * index),
                naming: [PersonRequest(role: .juror, name: juror)]
            ) { people in .dossier(id, .evaluate(evaluation(people[0]))) }
        }
        if id.number == 2 {
            let revised: [Criterion: Int] = [.need: 4, .definition: 4, .commitment: 3, .transformation: 4, .openness: 3]
            try add(
                "demo/\(id)/evaluate/1-revised", at: Self.paris("2021-05-12", 9, 30),
                naming: [PersonRequest(role: .juror, name: DemoCatalogue.dossierJury[0])]
            ) { people in
                .dossier(id, .evaluate(JuryEvaluation(juror: people[0], scores: revised, opinion: .favourable)))
            }
        }
    }

    /// The senior mentor of dossier `number`: the two ministries with two dossiers share one.
    private func mentorName(_ number: Int) -> String {
        let names = [
            "Isabelle Fontaine", "Olivier Chevalier", "Sylvie Lemaire", "Bruno Gauthier", "Catherine Renaud",
            "Philippe Masson", "Nathalie Barbier", "Laurent Picard", "Valérie Collet", "Éric Dumas",
            "Martine Lacroix", "Isabelle Fontaine", "Gilles Brun", "Patricia Noël", "Olivier Chevalier",
            "Dominique Royer", "Christine Hubert", "Frédéric Aubert",
        ]
        return names[number - 1]
    }

    private func leadName(_ number: Int) -> String {
        let first = ["Aurélie", "Damien", "Fanny", "Grégoire", "Hélène", "Jérôme", "Karine", "Ludovic", "Maud"]
        let last = ["Besson", "Carré", "Delmas", "Esnault", "Ferrand", "Gaillard", "Hamon", "Jacquet", "Leclerc"]
        return "\(first[(number - 1) % first.count]) \(last[(number * 4 + (number - 1) / first.count) % last.count])"
    }
}
