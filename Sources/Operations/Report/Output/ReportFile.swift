internal import EventStore
internal import Glibc

/// Writes a report to a file atomically: a temporary file beside it, written and synced, then
/// renamed over the target and the directory synced. A reader sees the old file or the new
/// one, never half of one; a failure leaves the old file (or none) and no temporary file.
///
/// Every system call goes through ``SystemCalls`` so that tests can make them fail.
struct ReportFile {
    /// The target's absolute path.
    let path: String
    let calls: SystemCalls

    /// The directory the file goes in.
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    var name: String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Checks that the file can go where asked: into an existing directory, not over a
    /// directory. Nothing is written.
    ///
    /// - Throws: `cannotCreate` naming what is wrong.
    func checkDestination() throws(OperationsError) {
        guard !name.isEmpty, name != ".", name != ".." else {
            throw OperationsError(.cannotCreate, "\(path) names a directory, not a file to write the report to")
        }
        let directoryFD = calls.open(directory, O_RDONLY | O_DIRECTORY, 0)
        guard directoryFD >= 0 else { throw failure("cannot write the report into the directory \(directory)") }
        _ = calls.close(directoryFD)
        let targetFD = calls.open(path, O_RDONLY | O_DIRECTORY, 0)
        if targetFD >= 0 {
            _ = calls.close(targetFD)
            throw OperationsError(.cannotCreate, "\(path) is a directory: give the path of a file to write")
        }
    }

    /// Replaces the file with `bytes`.
    ///
    /// - Throws: `cannotCreate` when the directory is missing or not writable; `storage` when
    ///   writing or syncing fails (nothing replaced, the temporary file removed).
    func write(_ bytes: [UInt8]) throws(OperationsError) {
        try checkDestination()
        let directoryFD = calls.open(directory, O_RDONLY | O_DIRECTORY, 0)
        guard directoryFD >= 0 else { throw failure("cannot write the report into the directory \(directory)") }
        defer { _ = calls.close(directoryFD) }
        var random = SystemRandomNumberGenerator()
        let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(String(random.next() as UInt64, radix: 16))"
        let fd = calls.open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw failure("cannot create a file in \(directory)") }
        var isOpen = true
        do throws(OperationsError) {
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes {
                    calls.pwrite(fd, $0.baseAddress! + written, $0.count - written, Int64(written))
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write \(temporary)", code: .storage)
                }
                written += count
            }
            guard calls.fsync(fd) == 0 else { throw failure("cannot sync \(temporary)", code: .storage) }
            isOpen = false
            guard calls.close(fd) == 0 else { throw failure("cannot close \(temporary)", code: .storage) }
            guard calls.rename(temporary, path) == 0 else {
                throw failure("cannot rename \(temporary) to \(path)", code: .storage)
            }
        } catch {
            if isOpen { _ = calls.close(fd) }
            _ = calls.unlink(temporary)
            throw error
        }
        guard calls.fsync(directoryFD) == 0 else {
            throw failure("the report was written but the directory \(directory) could not be synced", code: .storage)
        }
    }

    /// An error with the system's reason for the last call.
    private func failure(_ what: String, code: OperationsError.Code = .cannotCreate) -> OperationsError {
        OperationsError(code, "\(what): \(String(cString: strerror(errno)))")
    }
}
