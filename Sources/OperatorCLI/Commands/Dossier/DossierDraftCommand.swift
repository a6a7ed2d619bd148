import Operations
import Programme

/// `eig dossier draft --edition E --title T --host ADMIN … --mentor NAME`: a new dossier.
enum DossierDraftCommand {
    static let edition = Option(
        "edition", valueName: "E", help: "The edition whose project call the dossier answers.", parser: .edition,
        isRequired: true)
    static let form = DossierFormOptions(required: true)

    static let command = Command(
        name: "draft",
        summary: "Draft a new project dossier; prints its id.",
        discussion: "Records an administration's dossier as a draft, with the next free number of the "
            + "edition (P5-001, P5-002…). Names given to --mentor and --lead are kept in the vault; the log "
            + "holds person ids. Submit it with 'eig dossier submit ID' while the project call is open.",
        options: [edition] + form.all,
        groups: [.store, .json, .recording],
        examples: [
            Example(
                "eig dossier draft --edition 5 --title \"Carte des friches\" --host Cerema \\\n"
                    + "      --eigs 2 --profiles geomatique,dev --mentor \"Sylvie Lemaire\"",
                "Draft a dossier for edition 5; prints its id, e.g. P5-003.")
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let key = try invocation.required(edition)
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.draftDossier(in: key, naming: form.people(in: invocation), recording: invocation.recording) {
                form.details($0, in: invocation)
            }
        }
        invocation.reportCreated(outcome)
    }
}
