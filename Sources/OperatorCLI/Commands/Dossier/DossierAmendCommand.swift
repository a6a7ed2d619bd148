import Operations
import Programme

/// `eig dossier amend ID [any draft option]`: change a draft or a dossier sent back.
enum DossierAmendCommand {
    static let id = Argument("ID", help: "The dossier, e.g. P5-003.", parser: .dossier)
    static let form = DossierFormOptions(required: false)

    static let command = Command(
        name: "amend",
        summary: "Change fields of a draft, or of a dossier sent back for correction.",
        discussion: "Each option given replaces that field; the others stay as they are. --mentor replaces "
            + "the list of mentors. An amendment that changes nothing records nothing.",
        arguments: [id],
        options: form.all,
        groups: [.store, .json, .recording],
        examples: [Example("eig dossier amend P5-003 --eigs 3 --town Lyon", "Ask for 3 entrepreneurs, in Lyon.")],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let dossier = try invocation.argument(id)
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.execute(recording: invocation.recording, naming: form.people(in: invocation)) {
                .dossier(dossier, .amend(form.amendment($0, in: invocation)))
            }
        }
        try DossierCommands.report(outcome, dossier, office: office, invocation)
    }
}
