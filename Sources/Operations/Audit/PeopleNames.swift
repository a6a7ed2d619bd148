public import Programme

/// How people are shown to one reader: by name when the reader's role may see personal data
/// and the vault still holds it, as erased once their data was erased, by id otherwise.
///
/// Built for the people one output names, so the vault is read once per person.
public struct PeopleNames: Sendable {
    /// What is known of one person, for this reader.
    public enum Entry: Sendable, Hashable {
        case name(String)
        /// `eig forget` or retention erased the person's data.
        case erased
        /// The reader may not see personal data, or the vault never held any (anonymous
        /// entrepreneurs of the published history).
        case hidden
    }

    private var entries: [PersonID: Entry] = [:]

    public init(entries: [PersonID: Entry]) {
        self.entries = entries
    }

    public func entry(_ person: PersonID) -> Entry {
        entries[person] ?? .hidden
    }

    /// `Claire Dubois`, `person-3fa… (erased)`, or `person-3fa…`.
    public func label(_ person: PersonID) -> String {
        switch entry(person) {
        case .name(let name): name
        case .erased: "\(person) (erased)"
        case .hidden: person.rawValue
        }
    }

    /// The name, or nil: what `--json` shows next to the id.
    public func name(_ person: PersonID) -> String? {
        if case .name(let name) = entry(person) { name } else { nil }
    }

    public func isErased(_ person: PersonID) -> Bool {
        entry(person) == .erased
    }
}

extension ProgrammeOffice {
    /// The names of `people` for a reader who may (`revealing`) or may not see personal data.
    ///
    /// An erased person is shown as erased to every reader, from the log's erasure events (a
    /// vault entry that is simply missing is not called erased; one the erasure has not yet
    /// removed, after a crash, is not shown).
    public func names(of people: some Sequence<PersonID>, revealing: Bool) throws(OperationsError) -> PeopleNames {
        let erased = try erasures()
        var entries: [PersonID: PeopleNames.Entry] = [:]
        for person in people where entries[person] == nil {
            if erased[person] != nil {
                entries[person] = .erased
            } else if revealing, let record = try vault.record(of: person) {
                entries[person] = .name(record.name)
            } else {
                entries[person] = .hidden
            }
        }
        return PeopleNames(entries: entries)
    }
}
