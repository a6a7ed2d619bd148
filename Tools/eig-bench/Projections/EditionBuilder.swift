import Programme

/// The events of one generated edition, phase after phase of its calendar.
struct EditionBuilder {
    let key: EditionKey
    let year: Int
    let dossierCount: Int
    let candidatureCount: Int
    var random: SplitMix64
    var events: [ProgrammeLogGenerator.Event] = []
    var accepted: [(id: ChallengeID, profiles: [Profile], places: Int)] = []

    static let hosts = [
        "Direction générale des entreprises", "Cour des comptes", "Ministère de la Culture", "DGFiP", "INSEE",
        "Ministère des Armées", "Agence nationale de la cohésion des territoires", "Santé publique France",
        "Direction interministérielle du numérique", "Ministère de la Justice", "Météo-France", "IGN", "CNAF",
        "Pôle emploi", "Ministère de la Transition écologique", "Cour de cassation", "ANSSI", "Etalab",
    ]
    static let profiles: [Profile] = [.dev, .datascience, .design, .dataengineering, .geomatique, .legal, .product]

    init(key: EditionKey, year: Int, dossiers: Int, candidatures: Int, random: SplitMix64) {
        self.key = key
        self.year = year
        dossierCount = dossiers
        candidatureCount = candidatures
        self.random = random
    }

    func day(_ month: Int, _ day: Int, _ minute: Int = 600) -> BusinessInstant {
        BusinessInstant(
            paris: BusinessDate(year: year, month: month, day: day)!, hour: minute / 60 % 24, minute: minute % 60)!
    }

    func person(_ text: String) -> PersonID { try! PersonID(parsing: text) }

    mutating func add(_ event: ProgrammeEvent, _ at: BusinessInstant) {
        events.append(ProgrammeLogGenerator.Event(event: event, occurredAt: at))
    }

    /// Phase after phase; within a phase, the aggregates in a shuffled order.
    mutating func build() -> [ProgrammeLogGenerator.Event] {
        let settings = EditionSettings(
            key: key, year: year,
            projectCall: try! DateSpan(parsing: "\(year)-02-01..\(year)-04-07"),
            candidateCall: try! DateSpan(parsing: "\(year)-03-01..\(year)-05-02"),
            promotion: try! DateSpan(parsing: "\(year)-09-01..\(year + 1)-06-30"))
        add(.editionOpened(EditionOpened(settings: settings)), day(1, 15))
        buildDossiers()
        buildCandidatures()
        return events
    }

    private mutating func buildDossiers() {
        let ids = (1...dossierCount).map { DossierID(edition: key, number: $0) }
        var auditioned: [DossierID] = []
        var details: [DossierID: DossierDetails] = [:]
        for id in ids.shuffled(using: &random) {
            let host = Self.hosts.randomElement(using: &random)!
            let wanted = Array(Self.profiles.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
            let form = DossierDetails(
                title: "Défi \(id.rawValue): données et services publics", host: host,
                funding: random.chance(30) ? "DINUM" : nil, partners: random.chance(40) ? ["Etalab"] : [],
                entrepreneurs: Int.random(in: 2...3, using: &random), profiles: wanted,
                mentors: [person("mentor-\(id.rawValue)")], lead: person("lead-\(id.rawValue)"),
                town: "Paris", summary: "Un défi pour ouvrir, croiser et valoriser les données de \(host).")
            details[id] = form
            add(
                .dossierDrafted(DossierDrafted(dossier: id, details: form)),
                day(2, Int.random(in: 1...20, using: &random)))
        }
        for id in ids.shuffled(using: &random) {
            if random.chance(20) {
                add(.dossierAmended(DossierAmended(dossier: id, changes: DossierAmendment(town: "Lyon"))), day(3, 1))
            }
            add(.dossierSubmitted(DossierSubmitted(dossier: id)), day(3, Int.random(in: 1...31, using: &random)))
        }
        for id in ids.shuffled(using: &random) {
            if random.chance(3) {
                add(.dossierWithdrawn(DossierWithdrawn(dossier: id, reason: nil)), day(4, 10))
                continue
            }
            add(.dossierReviewStarted(DossierReviewStarted(dossier: id)), day(4, 8))
            if random.chance(10) {
                add(
                    .dossierCorrectionRequested(
                        DossierCorrectionRequested(dossier: id, reason: .incomplete, message: "Précisez le budget.")),
                    day(4, 9))
                add(.dossierResubmitted(DossierResubmitted(dossier: id)), day(4, 12))
                add(.dossierReviewStarted(DossierReviewStarted(dossier: id)), day(4, 13))
            }
            if random.chance(25) {
                add(
                    .dossierRefused(DossierRefused(dossier: id, motivation: "Hors du périmètre du programme.")),
                    day(4, 20))
                continue
            }
            add(.dossierPreselected(DossierPreselected(dossier: id)), day(4, 22))
            auditioned.append(id)
        }
        for id in auditioned.shuffled(using: &random) {
            for juror in 1...Int.random(in: 3...5, using: &random) {
                let scores = Dictionary(
                    uniqueKeysWithValues: Criterion.allCases.map { ($0, Int.random(in: 1...4, using: &random)) })
                let evaluation = JuryEvaluation(
                    juror: person("juror-\(key)-\(juror)"), scores: scores,
                    opinion: scores.values.reduce(0, +) >= 13 ? .favourable : .unfavourable)
                add(
                    .dossierEvaluated(DossierEvaluated(dossier: id, evaluation: evaluation, replacesEarlier: false)),
                    day(5, 12))
            }
        }
        for id in auditioned.shuffled(using: &random) {
            let when = day(6, Int.random(in: 1...25, using: &random))
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<65:
                let form = details[id]!
                add(
                    .dossierAccepted(
                        DossierAccepted(
                            dossier: id, challenge: id.challenge, profiles: form.profiles,
                            entrepreneurs: form.entrepreneurs, durationMonths: 10)), when)
                accepted.append((id.challenge, form.profiles, form.entrepreneurs))
            case 65..<95:
                add(.dossierRefused(DossierRefused(dossier: id, motivation: "Le jury ne l'a pas retenu.")), when)
            default: add(.dossierClosed(DossierClosed(dossier: id, motivation: "Classé sans suite.")), when)
            }
        }
    }
}
