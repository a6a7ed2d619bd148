internal import Foundation
public import Programme

/// The personal-data vault (DESIGN §6): names, e-mails and phone numbers, kept beside the log
/// and never in it. The log holds person ids; erasing a person here never rewrites the log.
///
/// Layout, under the store's `vault/` (directories 0700, files 0600, owner only):
/// - `people/<person>.json`: one ``PersonRecord`` per person, replaced atomically;
/// - `names/<key>`: the index by name (``NameKey``): a file holding the person id, claimed
///   with `link(2)` so that two processes naming the same new juror at once agree on one id.
///
/// A record is written before the command naming the person is appended, so an event never
/// names a person with no record. A command that then writes nothing erases the records of its
/// new candidates at once (``ProgrammeOffice/discardUnnamed(_:commandID:)``); anything left
/// (people matched by name, a crash) is erased by retention once a day old
/// (``ProgrammeOffice/orphanCases(now:)``).
public struct Vault: Sendable {
    /// `<store>/vault`.
    public let directory: String

    public init(storeDirectory: String) {
        directory = storeDirectory + "/vault"
    }

    var peopleDirectory: String { directory + "/people" }
    var namesDirectory: String { directory + "/names" }

    func recordPath(_ person: PersonID) -> String { "\(peopleDirectory)/\(person.rawValue).json" }

    /// What the vault holds about `person`; nil when it holds nothing (never registered, or erased).
    public func record(of person: PersonID) throws(OperationsError) -> PersonRecord? {
        guard let bytes = try VaultFiles.read(recordPath(person)) else { return nil }
        do {
            return try JSONDecoder().decode(PersonRecord.self, from: Data(bytes))
        } catch {
            throw OperationsError(.storage, "the vault's record \(recordPath(person)) is damaged: \(error)")
        }
    }

    /// The person the index gives for a name key, if any.
    func person(forNameKey key: String) throws(OperationsError) -> PersonID? {
        guard let bytes = try VaultFiles.read("\(namesDirectory)/\(key)", limit: 256) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            return try PersonID(parsing: text)
        } catch {
            throw OperationsError(.storage, "the vault's name index entry \(namesDirectory)/\(key) is damaged")
        }
    }

    /// Writes `records` (new or changed), then claims the index entries of `claims`.
    ///
    /// - Returns: false when another process claimed one of the names first with another id;
    ///   the records of those new people are removed again and the caller resolves anew.
    func save(_ records: [PersonRecord], claiming claims: [NameClaim]) throws(OperationsError) -> Bool {
        guard !records.isEmpty || !claims.isEmpty else { return true }
        try prepareDirectories()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        for record in records {
            let bytes: [UInt8]
            do {
                bytes = Array(try encoder.encode(record)) + [0x0A]
            } catch {
                throw OperationsError(.internalError, "cannot encode the vault record of \(record.person): \(error)")
            }
            try VaultFiles.replace(
                recordPath(record.person), with: bytes, temporary: VaultFiles.temporaryName(in: peopleDirectory))
        }
        try VaultFiles.syncDirectory(peopleDirectory)
        var lost: [PersonID] = []
        for claim in claims {
            if try !self.claim(claim) { lost.append(claim.person) }
        }
        try VaultFiles.syncDirectory(namesDirectory)
        guard lost.isEmpty else {
            for person in lost { try VaultFiles.remove(recordPath(person)) }
            try VaultFiles.syncDirectory(peopleDirectory)
            return false
        }
        return true
    }

    /// Claims one index entry; true when it now names `claim.person` (also when an earlier
    /// run of the same command had claimed it).
    private func claim(_ claim: NameClaim) throws(OperationsError) -> Bool {
        let temporary = VaultFiles.temporaryName(in: namesDirectory)
        try VaultFiles.createSynced(temporary, Array(claim.person.rawValue.utf8))
        defer { try? VaultFiles.remove(temporary) }
        if try VaultFiles.link(temporary, as: "\(namesDirectory)/\(claim.key)") { return true }
        return try person(forNameKey: claim.key) == claim.person
    }

    /// Makes `vault/`, `people/` and `names/` if missing, durably.
    private func prepareDirectories() throws(OperationsError) {
        if try VaultFiles.makeDirectory(directory) {
            try VaultFiles.syncDirectory(String(directory.dropLast("/vault".count)))
        }
        let madePeople = try VaultFiles.makeDirectory(peopleDirectory)
        let madeNames = try VaultFiles.makeDirectory(namesDirectory)
        if madePeople || madeNames { try VaultFiles.syncDirectory(directory) }
    }
}

/// A name index entry to create: this key names this person.
struct NameClaim: Sendable, Hashable {
    var key: String
    var person: PersonID
}
