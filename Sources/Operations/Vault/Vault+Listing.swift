internal import Glibc
internal import Programme

extension Vault {
    /// Every person the vault holds a record of, with when the record was last written
    /// (microseconds since the epoch), for the retention's orphan sweep.
    func people() throws(OperationsError) -> [(person: PersonID, writtenAt: Int64)] {
        var people: [(person: PersonID, writtenAt: Int64)] = []
        for name in VaultFiles.names(in: peopleDirectory).sorted() where name.hasSuffix(".json") {
            guard let person = try? PersonID(parsing: String(name.dropLast(".json".count))) else { continue }
            guard let written = try VaultFiles.modificationTime("\(peopleDirectory)/\(name)") else { continue }
            people.append((person, written))
        }
        return people
    }
}

extension VaultFiles {
    /// When `path` was last modified, in microseconds since the epoch; nil when it is gone.
    static func modificationTime(_ path: String) throws(OperationsError) -> Int64? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw failure("cannot read the status of", path)
        }
        return Int64(status.st_mtim.tv_sec) * 1_000_000 + Int64(status.st_mtim.tv_nsec) / 1_000
    }
}
