@testable import Programme

/// Shared examples ("controls") so every test speaks of the same edition, dossier and
/// candidature: edition 5 (2021) with its published calendar, dossier P5-003, candidature
/// C5-0042.
enum Controls {
    static let edition = EditionKey(number: 5)
    static let dossier = DossierID(edition: edition, number: 3)
    static let challenge = dossier.challenge
    static let otherDossier = DossierID(edition: edition, number: 4)
    static let candidature = CandidatureID(edition: edition, number: 42)
    static let otherCandidature = CandidatureID(edition: edition, number: 43)

    static let mentor = person("person-mentor")
    static let lead = person("person-lead")
    static let juror = person("person-juror")
    static let otherJuror = person("person-juror-2")
    static let candidate = person("person-candidate")
    static let otherCandidate = person("person-candidate-2")

    static func person(_ text: String) -> PersonID { try! PersonID(parsing: text) }
    static func date(_ text: String) -> BusinessDate { try! BusinessDate(parsing: text) }
    static func span(_ text: String) -> DateSpan { try! DateSpan(parsing: text) }
    static func paris(_ text: String, _ hour: Int = 12, _ minute: Int = 0) -> BusinessInstant {
        BusinessInstant(paris: date(text), hour: hour, minute: minute)!
    }

    /// Edition 5 as the 2021 call documents set it: projects 1 Feb – 7 Apr, candidates
    /// 1 Mar – 2 May, a promotion from September, 2 or 3 entrepreneurs per défi.
    static let settings = EditionSettings(
        key: edition, year: 2021,
        projectCall: span("2021-02-01..2021-04-07"),
        candidateCall: span("2021-03-01..2021-05-02"),
        promotion: span("2021-09-01..2022-06-30"))

    /// Inside the project call (and before the candidate call).
    static let inProjectCall = paris("2021-02-15")
    /// Inside both calls.
    static let inCandidateCall = paris("2021-03-15")
    /// After both calls, before the promotion.
    static let afterCalls = paris("2021-06-15")

    static let details = DossierDetails(
        title: "Signaux faibles", host: "Direction générale des entreprises", funding: "DINUM",
        partners: ["Urssaf", "Banque de France"], entrepreneurs: 2, profiles: [.datascience, .dev],
        mentors: [mentor], lead: lead, town: "Paris", summary: "Détecter les entreprises en difficulté.")

    static let scores: [Criterion: Int] = [.need: 4, .definition: 3, .commitment: 4, .transformation: 3, .openness: 2]
    static let evaluation = JuryEvaluation(juror: juror, scores: scores, opinion: .favourable, rank: 1)
    static let application = CandidateApplication(person: candidate, profile: .datascience, experienceYears: 6)
    static let interview = CandidateInterview(challenge: challenge, juror: juror, scores: [4, 3, 4, 3, 4])
}
