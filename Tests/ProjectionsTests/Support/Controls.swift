import EventStore
import Programme

@testable import Projections

/// Shared examples so every test speaks of the same edition, dossier and candidature:
/// edition 5 (2021) with its published calendar, dossier P5-003, candidature C5-0042.
enum Controls {
    static let edition = EditionKey(number: 5)
    static let dossier = DossierID(edition: edition, number: 3)
    static let challenge = dossier.challenge
    static let otherDossier = DossierID(edition: edition, number: 4)
    static let candidature = CandidatureID(edition: edition, number: 42)

    static let mentor = person("person-mentor")
    static let juror = person("person-juror")
    static let otherJuror = person("person-juror-2")
    static let candidate = person("person-candidate")

    static func person(_ text: String) -> PersonID { try! PersonID(parsing: text) }
    static func date(_ text: String) -> BusinessDate { try! BusinessDate(parsing: text) }
    static func span(_ text: String) -> DateSpan { try! DateSpan(parsing: text) }
    static func paris(_ text: String, _ hour: Int = 12) -> BusinessInstant {
        BusinessInstant(paris: date(text), hour: hour, minute: 0)!
    }

    static let settings = EditionSettings(
        key: edition, year: 2021,
        projectCall: span("2021-02-01..2021-04-07"),
        candidateCall: span("2021-03-01..2021-05-02"),
        promotion: span("2021-09-01..2022-06-30"))

    static let inProjectCall = paris("2021-02-15")
    static let inCandidateCall = paris("2021-03-15")
    static let afterCalls = paris("2021-06-15")

    static let details = DossierDetails(
        title: "Signaux faibles", host: "Direction générale des entreprises", funding: "DINUM",
        partners: ["Urssaf"], entrepreneurs: 2, profiles: [.datascience, .dev], mentors: [mentor],
        town: "Paris", summary: "Détecter les entreprises en difficulté.")

    static let scores: [Criterion: Int] = [.need: 4, .definition: 3, .commitment: 4, .transformation: 3, .openness: 2]

    static func opened(_ settings: EditionSettings = settings) -> ProgrammeEvent {
        .editionOpened(EditionOpened(settings: settings))
    }

    static func drafted(_ id: DossierID = dossier, _ details: DossierDetails = details) -> ProgrammeEvent {
        .dossierDrafted(DossierDrafted(dossier: id, details: details))
    }

    static func evaluated(_ id: DossierID = dossier, by juror: PersonID = juror, _ scores: [Criterion: Int] = scores)
        -> ProgrammeEvent
    {
        .dossierEvaluated(
            DossierEvaluated(
                dossier: id, evaluation: JuryEvaluation(juror: juror, scores: scores), replacesEarlier: false))
    }

    static func accepted(_ id: DossierID = dossier, entrepreneurs: Int = 2) -> ProgrammeEvent {
        .dossierAccepted(
            DossierAccepted(
                dossier: id, challenge: id.challenge, profiles: [.datascience, .dev], entrepreneurs: entrepreneurs,
                durationMonths: 10))
    }

    static func applied(_ id: CandidatureID = candidature, person: PersonID = candidate, profile: Profile = .dev)
        -> ProgrammeEvent
    {
        .candidatureApplied(
            CandidatureApplied(
                candidature: id, application: CandidateApplication(person: person, profile: profile, experienceYears: 5)
            ))
    }

    static func interviewed(
        _ id: CandidatureID = candidature, for challenge: ChallengeID = challenge, by juror: PersonID = juror,
        scores: [Int] = [4, 3, 4, 3, 4]
    ) -> ProgrammeEvent {
        .candidateInterviewed(
            CandidateInterviewed(
                candidature: id, interview: CandidateInterview(challenge: challenge, juror: juror, scores: scores),
                replacesEarlier: false))
    }

    static func selected(
        _ id: CandidatureID = candidature, person: PersonID = candidate, challenge: ChallengeID = challenge,
        profile: Profile = .dev
    ) -> ProgrammeEvent {
        .candidateSelected(
            CandidateSelected(
                edition: id.edition, candidature: id, person: person, challenge: challenge, profile: profile))
    }

    /// An event context at `position`, on the Paris day `day`.
    static func context(_ position: UInt64 = 1, on day: String = "2021-03-15") -> EventContext {
        EventContext(
            position: position,
            occurredAt: Timestamp(microsecondsSinceEpoch: paris(day).microsecondsSinceEpoch))
    }

    /// Folds domain events into a read model in memory, each on its own day in order.
    static func fold<Model: ReadModel>(
        _ model: Model.Type, _ events: [(ProgrammeEvent, String)]
    ) -> ModelState<Model> {
        Model.fold(
            events.enumerated().map { index, item in
                DecodedEvent(
                    edition: item.0.edition, event: ProjectionEvent(item.0),
                    context: context(UInt64(index + 1), on: item.1))
            })
    }
}
