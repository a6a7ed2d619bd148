import Operations
import Programme

/// `eig replay … dossier show ID` and `candidate show ID`: the record as it stood then,
/// printed as `show` prints it now (names from the vault as it is now: erased people show as
/// erased).
enum ReplayShow {
    static func run(_ invocation: Invocation, noun: String) throws {
        let replay = try invocation.openReplay(ReplayCommands.request(invocation))
        let office = try invocation.openOffice(for: .read)
        let revealing = try invocation.mayReadPersonalData(office)
        if noun == "dossier" {
            let id = try invocation.argument(DossierShowCommand.id)
            guard let view = try invocation.perform({ () throws(OperationsError) in try replay.dossier(id) }) else {
                throw CLIError(.notFound, "dossier \(id) did not exist yet at position \(replay.position)")
            }
            let details = view.state.details
            let people = details.mentors + (details.lead.map { [$0] } ?? []) + view.state.evaluations.map(\.juror)
            let directory = try invocation.perform { () throws(OperationsError) in
                try PeopleDirectory(office: office, people: people, revealing: revealing)
            }
            invocation.emit(
                DossierShowCommand.block(view, directory),
                json: DossierShowCommand.json(view, directory, people: people))
        } else {
            let id = try invocation.argument(CandidateCommands.id)
            guard let view = try invocation.perform({ () throws(OperationsError) in try replay.candidature(id) })
            else { throw CLIError(.notFound, "candidature \(id) did not exist yet at position \(replay.position)") }
            let person = view.state.person
            let record = try invocation.perform { () throws(OperationsError) in
                revealing ? try office.person(person) : nil
            }
            let jurors = view.state.interviews.map(\.juror)
            let directory = try invocation.perform { () throws(OperationsError) in
                try PeopleDirectory(office: office, people: [person] + jurors, revealing: revealing)
            }
            invocation.emit(
                CandidateShowCommand.block(view, record, directory),
                json: CandidateShowCommand.json(view, record, directory, jurors: jurors))
        }
    }
}
