internal import Glibc
public import Programme

extension Vault {
    /// Deletes everything the vault holds about `person`: the record, the name index entry
    /// that points to it, and any temporary file a crashed write left with the person's data.
    ///
    /// Each removal is made durable (the directories are synced) before this returns.
    ///
    /// - Returns: whether there was anything to delete.
    @discardableResult
    public func erase(_ person: PersonID) throws(OperationsError) -> Bool {
        let record = try self.record(of: person)
        var removed = false
        if let key = record?.nameKey, try self.person(forNameKey: key) == person {
            try VaultFiles.remove("\(namesDirectory)/\(key)")
            try VaultFiles.syncDirectory(namesDirectory)
            removed = true
        }
        if record != nil {
            try VaultFiles.remove(recordPath(person))
            removed = true
        }
        let needles = [person.rawValue] + (record.map { [$0.name] + ($0.email.map { [$0] } ?? []) } ?? [])
        for directory in [peopleDirectory, namesDirectory] {
            for name in VaultFiles.names(in: directory) where name.hasPrefix(".tmp-") {
                let path = "\(directory)/\(name)"
                guard let bytes = try? VaultFiles.read(path),
                    needles.contains(where: { bytes.containsBytes(Array($0.utf8)) })
                else { continue }
                try VaultFiles.remove(path)
                removed = true
            }
        }
        if removed, VaultFiles.exists(peopleDirectory) { try VaultFiles.syncDirectory(peopleDirectory) }
        return removed
    }
}

extension VaultFiles {
    /// The names in a directory (none when it does not exist).
    static func names(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var index = 0
        while index <= count - needle.count {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
