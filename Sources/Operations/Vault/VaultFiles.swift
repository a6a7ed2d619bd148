import Glibc

/// The few file operations the vault needs, each named after what it guarantees: private
/// modes (0600 files, 0700 directories), atomic replacement, durable directory entries.
///
/// Errors are `OperationsError(.storage)` naming the path and the system's reason. A failed
/// `fsync` is reported, never retried: the data may not be on disk.
struct VaultFiles {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    static func failure(_ what: String, _ path: String, errno code: Int32 = Glibc.errno) -> OperationsError {
        OperationsError(.storage, "\(what) \(path): \(String(cString: strerror(code)))")
    }

    /// Makes `path` a private directory if it is missing; returns whether it made it.
    @discardableResult
    static func makeDirectory(_ path: String) throws(OperationsError) -> Bool {
        if mkdir(path, directoryMode) == 0 {
            guard chmod(path, directoryMode) == 0 else { throw failure("cannot set the permissions of", path) }
            return true
        }
        guard errno == EEXIST else { throw failure("cannot create the directory", path) }
        return false
    }

    /// The whole content of `path`, or nil when it does not exist.
    static func read(_ path: String, limit: Int = 1 << 20) throws(OperationsError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw failure("cannot open", path)
        }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read", path)
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[..<count])
            guard result.count <= limit else {
                throw OperationsError(.storage, "\(path) is larger than \(limit) bytes: it is not a vault file")
            }
        }
    }

    /// Writes `bytes` to a new private file at `path` and syncs it; fails if it exists.
    static func createSynced(_ path: String, _ bytes: [UInt8]) throws(OperationsError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw failure("cannot create", path) }
        var closed = false
        defer { if !closed { close(fd) } }
        guard fchmod(fd, fileMode) == 0 else { throw failure("cannot set the permissions of", path) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                unlink(path)
                throw failure("cannot write", path)
            }
            written += count
        }
        guard fsync(fd) == 0 else {
            unlink(path)
            throw failure("cannot sync", path)
        }
        closed = true
        guard close(fd) == 0 else { throw failure("cannot close", path) }
    }

    /// Replaces `path` with `bytes` atomically: a temporary file, synced, renamed over it.
    /// The caller syncs the directory (once for many files).
    static func replace(_ path: String, with bytes: [UInt8], temporary: String) throws(OperationsError) {
        try createSynced(temporary, bytes)
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot rename \(temporary) to", path)
            unlink(temporary)
            throw error
        }
    }

    /// Makes `path` a second name of `existing`; false when `path` already exists (another
    /// writer got there first): the race-free way to claim a name.
    static func link(_ existing: String, as path: String) throws(OperationsError) -> Bool {
        if Glibc.link(existing, path) == 0 { return true }
        if errno == EEXIST { return false }
        throw failure("cannot link \(existing) as", path)
    }

    static func remove(_ path: String) throws(OperationsError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw failure("cannot remove", path) }
    }

    /// Makes the directory's entries (new, renamed, removed files) durable.
    static func syncDirectory(_ path: String) throws(OperationsError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("cannot open the directory", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("cannot sync the directory", path) }
    }

    /// A name for a temporary file that no other process picks.
    static func temporaryName(in directory: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let suffix = String(generator.next() as UInt64, radix: 16)
        return "\(directory)/.tmp-\(getpid())-\(suffix)"
    }
}
