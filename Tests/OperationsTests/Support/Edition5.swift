import EventStore
import Programme

@testable import Operations

/// Builders over an office: edition 5 opened, a dossier drafted or taken to acceptance, so
/// every test speaks of the same records.
enum Edition5 {
    static let key = EditionKey(number: 5)

    static func open(_ office: ProgrammeOffice) throws {
        _ = try office.execute(.edition(key, .open(Controls.settings)), recording: Controls.at(Controls.paris("2021-01-10")))
    }

    /// Drafts a dossier with a mentor and a lead named in the vault.
    static func draft(
        _ office: ProgrammeOffice, mentor: String = "Isabelle Fontaine", recording: Recording? = nil
    ) throws -> CommandOutcome {
        try office.draftDossier(
            in: key,
            naming: [PersonRequest(role: .mentor, name: mentor), PersonRequest(role: .lead, name: "Damien Carré")],
            recording: recording ?? Controls.at(Controls.inProjectCall)
        ) { people in Controls.details(mentors: [people[0]], lead: people[1]) }
    }

    static func dossierID(_ outcome: CommandOutcome) -> DossierID {
        guard case .dossier(let id) = outcome.subject else { preconditionFailure("not a dossier: \(outcome.subject)") }
        return id
    }

    /// Takes `id` from draft to preselected.
    static func preselect(_ office: ProgrammeOffice, _ id: DossierID) throws {
        for command in [DossierCommand.submit, .review, .preselect] {
            _ = try office.execute(.dossier(id, command), recording: Controls.at(Controls.inProjectCall))
        }
    }

    static func evaluate(_ office: ProgrammeOffice, _ id: DossierID, juror: String) throws -> CommandOutcome {
        try office.execute(recording: Controls.at(Controls.paris("2021-05-10")), naming: [PersonRequest(role: .juror, name: juror)]) {
            people in .dossier(id, .evaluate(JuryEvaluation(juror: people[0], scores: Controls.scores)))
        }
    }

    /// A dossier drafted and accepted: its défi is open to candidates.
    static func accepted(_ office: ProgrammeOffice) throws -> DossierID {
        let id = dossierID(try draft(office))
        try preselect(office, id)
        _ = try evaluate(office, id, juror: "Claire Dubois")
        _ = try office.execute(.dossier(id, .accept), recording: Controls.at(Controls.paris("2021-05-17")))
        return id
    }
}
