import EventStore
import Operations
import Programme

/// Names of the people a record mentions, for display: an operator of the programme reads
/// "Claire Dubois (person-3f…)", a script gets both; a reader whose role may not see personal
/// data (an auditor, a juror) gets the id alone, and never touches the vault. An erased person
/// shows as erased to everyone.
struct PeopleDirectory {
    let names: PeopleNames
    /// Whether the reader's role may see personal data.
    let isRevealing: Bool

    init(office: ProgrammeOffice, people: [PersonID], revealing: Bool) throws(OperationsError) {
        names = try office.names(of: people, revealing: revealing)
        isRevealing = revealing
    }

    /// `Claire Dubois (person-3f…)`, `person-3f… (erased)`, or `person-3f…`.
    func label(_ person: PersonID) -> String {
        if let name = names.name(person) { return "\(name) (\(person))" }
        return names.label(person)
    }

    /// The name alone, or the id (marked when erased): for labels in a list.
    func name(_ person: PersonID) -> String {
        names.label(person)
    }

    /// `{"person-…": "Claire Dubois", "person-…": "erased", "anon-…": null}`, in the order given.
    func json(_ people: [PersonID]) -> JSON {
        var object = JSON.object([])
        for person in people {
            object[person.rawValue] = names.isErased(person) ? "erased" : JSON(names.name(person))
        }
        return object
    }
}
