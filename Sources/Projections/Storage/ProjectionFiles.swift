internal import EventStore
internal import Glibc

/// The read side's file operations, through the store's faultable ``SystemCalls`` layer:
/// whole reads and writes, durable new files, atomic replacement, directories.
///
/// Read models are caches of the log: a failed write, even a failed fsync, is reported and
/// the previous files stay in use; nothing here needs to stop the process as the log does.
struct ProjectionFiles: Sendable {
    let calls: SystemCalls
    let fileMode: UInt32
    let directoryMode: UInt32

    init(calls: SystemCalls, groupReadable: Bool) {
        self.calls = calls
        fileMode = groupReadable ? 0o640 : 0o600
        directoryMode = groupReadable ? 0o750 : 0o700
    }

    /// The files of a store are private to their owner unless the store's directory lets its
    /// group read it: the read side follows the store's choice.
    static func isGroupReadable(_ storeDirectory: String) -> Bool {
        var info = stat()
        guard stat(storeDirectory, &info) == 0 else { return false }
        return info.st_mode & 0o050 == 0o050
    }

    func error(_ what: String, path: String, errno code: Int32 = Glibc.errno) -> ProjectionError {
        ProjectionError(.io, "\(what): \(String(cString: strerror(code)))", path: path, errno: code)
    }

    /// The whole content of `path`, or nil when it does not exist.
    func readIfPresent(_ path: String) throws(ProjectionError) -> [UInt8]? {
        try readIfPresent(path, range: nil)
    }

    /// `range.count` bytes of `path` from `range.offset` (fewer at the end of the file), or
    /// the whole file; nil when it does not exist.
    func readIfPresent(_ path: String, range: (offset: UInt64, count: UInt64)?) throws(ProjectionError) -> [UInt8]? {
        let fd = calls.open(path, O_RDONLY, 0)
        guard fd >= 0 else {
            if Glibc.errno == ENOENT { return nil }
            throw error("cannot open \(path)", path: path)
        }
        defer { _ = calls.close(fd) }
        let size = calls.fileSize(fd)
        guard size >= 0 else { throw error("cannot stat \(path)", path: path) }
        let start = Int64(range?.offset ?? 0)
        let wanted = range.map { Int(min(Int64($0.count), max(size - start, 0))) } ?? Int(size)
        var bytes = [UInt8](repeating: 0, count: wanted)
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                calls.pread(fd, $0.baseAddress! + done, $0.count - done, start + Int64(done))
            }
            if count < 0 {
                if Glibc.errno == EINTR { continue }
                throw error("cannot read \(path)", path: path)
            }
            if count == 0 { break }
            done += count
        }
        bytes.removeLast(bytes.count - done)
        return bytes
    }

    /// Writes a new file durably: create (replacing a leftover of a crashed run), write all,
    /// fsync, close. The caller syncs the directory.
    func writeDurably(_ path: String, _ bytes: [UInt8]) throws(ProjectionError) {
        try writeDurably(path, parts: [bytes][...])
    }

    /// Writes a new file of `parts`, one after the other, durably.
    func writeDurably(_ path: String, parts: ArraySlice<[UInt8]>) throws(ProjectionError) {
        try writeDurably(path, partCount: parts.count) { parts[parts.startIndex + $0] }
    }

    /// Writes a new file durably from `partCount` parts that `part` makes one at a time, in
    /// order, each written before the next is asked for (so a caller that makes them on the
    /// fly holds one in memory, not the whole file).
    func writeDurably(_ path: String, partCount: Int, part: (Int) -> [UInt8]) throws(ProjectionError) {
        let fd = calls.open(path, O_WRONLY | O_CREAT | O_TRUNC, fileMode)
        guard fd >= 0 else { throw error("cannot create \(path)", path: path) }
        var failure: ProjectionError?
        var offset: Int64 = 0
        for index in 0..<partCount where failure == nil {
            let bytes = part(index)
            bytes.withUnsafeBytes { buffer in
                var done = 0
                while done < buffer.count {
                    let count = calls.pwrite(fd, buffer.baseAddress! + done, buffer.count - done, offset + Int64(done))
                    if count < 0 {
                        if Glibc.errno == EINTR { continue }
                        failure = error("cannot write \(path)", path: path)
                        return
                    }
                    if count == 0 {
                        failure = ProjectionError(.io, "cannot write \(path): the device accepted no bytes", path: path)
                        return
                    }
                    done += count
                }
            }
            offset += Int64(bytes.count)
        }
        if failure == nil, calls.fsync(fd) != 0 { failure = error("cannot fsync \(path)", path: path) }
        _ = calls.close(fd)
        if let failure {
            _ = calls.unlink(path)
            throw failure
        }
    }

    /// Replaces `path` so that a crash leaves the old or the new content, never a mix:
    /// temporary file, fsync, rename, fsync of the directory.
    func replaceAtomically(_ path: String, with bytes: [UInt8], directory: String) throws(ProjectionError) {
        let temporary = path + ".tmp"
        try writeDurably(temporary, bytes)
        guard calls.rename(temporary, path) == 0 else {
            let failure = error("cannot rename \(temporary) to \(path)", path: path)
            _ = calls.unlink(temporary)
            throw failure
        }
        try syncDirectory(directory)
    }

    func syncDirectory(_ path: String) throws(ProjectionError) {
        let fd = calls.open(path, O_RDONLY | O_DIRECTORY, 0)
        guard fd >= 0 else { throw error("cannot open directory \(path)", path: path) }
        defer { _ = calls.close(fd) }
        guard calls.fsync(fd) == 0 else { throw error("cannot fsync directory \(path)", path: path) }
    }

    /// Makes `path` unless it exists; returns whether it was made (the caller syncs its parent).
    @discardableResult
    func makeDirectory(_ path: String) throws(ProjectionError) -> Bool {
        if calls.mkdir(path, directoryMode) == 0 { return true }
        if Glibc.errno == EEXIST { return false }
        throw error("cannot create directory \(path)", path: path)
    }

    /// The names in `path`; empty when it does not exist.
    func list(_ path: String) throws(ProjectionError) -> [String] {
        if let names = calls.listDirectory(path) { return names }
        if Glibc.errno == ENOENT { return [] }
        throw error("cannot list \(path)", path: path)
    }

    /// Removes `path`; a file already gone is not an error.
    func remove(_ path: String) throws(ProjectionError) {
        if calls.unlink(path) != 0, Glibc.errno != ENOENT { throw error("cannot remove \(path)", path: path) }
    }

    func exists(_ path: String) -> Bool {
        calls.pathSize(path) >= 0
    }
}
