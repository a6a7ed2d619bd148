import Glibc

/// The OS account that owns a store's files: who ran `eig init`.
enum StoreOwner {
    /// The name of the account owning `path` (`getpwuid_r`), `uid:N` for an account without a
    /// name, nil when the file cannot be examined.
    static func accountName(of path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return accountName(uid: status.st_uid)
    }

    /// As `SystemFacts.accountName` in the CLI, so that both name an account alike.
    static func accountName(uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name
        else { return "uid:\(uid)" }
        return String(cString: name)
    }
}
