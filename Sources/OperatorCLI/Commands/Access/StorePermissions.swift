import EventStore
import Glibc

/// How the files a command creates in a store are shared: as the store was made by
/// `eig init` (group-readable with `--group`, else private), read from `store.json`'s mode.
enum StorePermissions {
    /// `.groupReadable` when the store's manifest can be read by its group.
    static func of(_ store: String) -> FilePermissions {
        var status = stat()
        guard stat(store + "/store.json", &status) == 0 else { return .ownerOnly }
        return status.st_mode & S_IRGRP != 0 ? .groupReadable : .ownerOnly
    }

    /// The log's options for a store: its permissions, the rest by default.
    static func options(for store: String) -> EventLogOptions {
        var options = EventLogOptions()
        options.permissions = of(store)
        return options
    }

    /// Makes the new store at `path` readable by `group`: the group owns every directory and
    /// file, directories are 2750 (set-group-ID, so files created later get the group too)
    /// and files 0640. The directories the store creates later are made now, for the same
    /// reason. The vault stays private to the owner: personal data is never shared by group.
    static func share(_ path: String, with group: String) throws {
        guard let gid = groupID(group) else {
            throw CLIError(.dataError, "there is no group '\(group.prefix(64))' on this system")
        }
        for directory in ["index", "quarantine", "projections", "snapshots"] {
            let full = path + "/" + directory
            if mkdir(full, 0o750) != 0, errno != EEXIST { throw failure("cannot create", full) }
        }
        try apply(path, gid: gid, isDirectory: true)
    }

    private static func apply(_ path: String, gid: gid_t, isDirectory: Bool) throws {
        guard chown(path, uid_t.max, gid) == 0 else { throw failure("cannot give the group of", path) }
        guard chmod(path, isDirectory ? 0o2750 : 0o640) == 0 else { throw failure("cannot set the mode of", path) }
        guard isDirectory, let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name != "vault" else { continue }
            try apply(path + "/" + name, gid: gid, isDirectory: entry.pointee.d_type == DT_DIR)
        }
    }

    private static func groupID(_ name: String) -> gid_t? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getgrnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else {
            return UInt32(name).map { gid_t($0) }
        }
        return entry.gr_gid
    }

    private static func failure(_ what: String, _ path: String) -> CLIError {
        CLIError(.cannotCreate, "\(what) \(path): \(String(cString: strerror(errno)))")
    }
}
