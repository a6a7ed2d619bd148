import Operations
import Programme

/// Names of the people a record mentions, read from the vault for display: an operator reads
/// "Claire Dubois (person-3f…)", a script gets both. An erased person shows as erased.
struct PeopleDirectory {
    private var names: [PersonID: String?] = [:]

    init(office: ProgrammeOffice, people: [PersonID]) throws(OperationsError) {
        for person in people where names[person] == nil {
            names[person] = try office.person(person)?.name
        }
    }

    /// `Claire Dubois (person-3f…)`, or `(erased or anonymous) person-…`.
    func label(_ person: PersonID) -> String {
        if let name = names[person] ?? nil { return "\(name) (\(person))" }
        return "\(person) (no name in the vault)"
    }

    /// The name alone, or the id when the vault has no name: for labels in a list.
    func name(_ person: PersonID) -> String {
        (names[person] ?? nil) ?? person.rawValue
    }

    /// `{"person-…": "Claire Dubois", "anon-…": null}`, in the order given.
    func json(_ people: [PersonID]) -> JSONValue {
        var object = JSONObject()
        for person in people { object[person.rawValue] = JSONValue(names[person] ?? nil) }
        return .object(object)
    }
}

extension JSONValue {
    /// A list of ids or names as a JSON array of strings.
    static func strings(_ values: [some CustomStringConvertible]) -> JSONValue {
        .array(values.map { .string($0.description) })
    }
}
