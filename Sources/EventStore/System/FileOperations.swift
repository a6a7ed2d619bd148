import Glibc

/// The store's file operations on top of ``SystemCalls``: whole writes, syncs whose failure is
/// fatal, atomic replacement, directories, with errors that name the file and the reason.
struct FileOperations: Sendable {
    let calls: SystemCalls
    let permissions: FilePermissions
    let onFatalError: @Sendable (StoreError) -> Void

    init(options: EventLogOptions) {
        self.calls = options.systemCalls
        self.permissions = options.permissions
        self.onFatalError = options.onFatalError
    }

    /// An `.io` error for the call that just failed, with the system's reason.
    static func ioError(_ what: String, path: String?, errno code: Int32 = Glibc.errno) -> StoreError {
        let reason = String(cString: strerror(code))
        let code2: StoreError.Code = code == ENOENT ? .notFound : .io
        return StoreError(code2, "\(what): \(reason)", path: path, errno: code)
    }

    /// Opens `path`; with `create`, makes it (failing if it exists) with the store's file mode.
    func open(_ path: String, writable: Bool, create: Bool = false) throws(StoreError) -> Int32 {
        var flags = writable ? O_RDWR : O_RDONLY
        if create { flags |= O_CREAT | O_EXCL }
        let fd = calls.open(path, flags, permissions.fileMode)
        guard fd >= 0 else { throw Self.ioError(create ? "cannot create \(path)" : "cannot open \(path)", path: path) }
        if create, calls.fchmod(fd, permissions.fileMode) != 0 {
            let error = Self.ioError("cannot set the permissions of \(path)", path: path)
            _ = calls.close(fd)
            throw error
        }
        return fd
    }

    func close(_ fd: Int32) {
        _ = calls.close(fd)
    }

    /// Writes all of `bytes` at `offset`, continuing after short writes; on failure, reports how
    /// many bytes did reach the file so the caller can clear them.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64, path: String) -> WriteOutcome {
        var written = 0
        while written < bytes.count {
            let count = calls.pwrite(fd, bytes.baseAddress! + written, bytes.count - written, offset + Int64(written))
            if count < 0 {
                if Glibc.errno == EINTR { continue }
                return WriteOutcome(written: written, error: Self.ioError("cannot write \(path)", path: path))
            }
            if count == 0 {
                return WriteOutcome(
                    written: written,
                    error: StoreError(.io, "cannot write \(path): the device accepted no bytes", path: path))
            }
            written += count
        }
        return WriteOutcome(written: written, error: nil)
    }

    struct WriteOutcome {
        var written: Int
        var error: StoreError?
    }

    /// Writes all of `bytes` at `offset` or throws.
    func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int64, path: String) throws(StoreError) {
        let outcome = bytes.withUnsafeBytes { write(fd, $0, at: offset, path: path) }
        if let error = outcome.error { throw error }
    }

    /// Writes `count` zero bytes at `offset` (clearing, or preallocating blocks).
    func writeZeros(_ fd: Int32, count: Int, at offset: Int64, path: String) throws(StoreError) {
        let chunk = min(count, 1 << 20)
        guard chunk > 0 else { return }
        let zeros = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 4096)
        defer { zeros.deallocate() }
        zeros.initializeMemory(as: UInt8.self, repeating: 0)
        var done = 0
        while done < count {
            let part = min(chunk, count - done)
            let outcome = write(
                fd, UnsafeRawBufferPointer(rebasing: zeros[0..<part]), at: offset + Int64(done), path: path)
            if let error = outcome.error { throw error }
            done += part
        }
    }

    /// Reads exactly `count` bytes at `offset` (fewer at the end of the file).
    func read(_ fd: Int32, count: Int, at offset: Int64, path: String) throws(StoreError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes {
                calls.pread(fd, $0.baseAddress! + done, count - done, offset + Int64(done))
            }
            if got < 0 {
                if Glibc.errno == EINTR { continue }
                throw Self.ioError("cannot read \(path)", path: path)
            }
            if got == 0 { break }
            done += got
        }
        bytes.removeLast(count - done)
        return bytes
    }

    /// Makes the file's data durable; a failure is fatal (see ``EventLogOptions/onFatalError``).
    func syncData(_ fd: Int32, path: String) throws(StoreError) {
        guard calls.fdatasync(fd) == 0 else { throw fatal(Self.ioError("fdatasync of \(path) failed", path: path)) }
    }

    /// Makes the file's data and metadata durable; a failure is fatal.
    func syncFile(_ fd: Int32, path: String) throws(StoreError) {
        guard calls.fsync(fd) == 0 else { throw fatal(Self.ioError("fsync of \(path) failed", path: path)) }
    }

    /// Makes a directory's entries (new, renamed, removed files) durable; a failed fsync is fatal.
    func syncDirectory(_ path: String) throws(StoreError) {
        let fd = calls.open(path, O_RDONLY | O_DIRECTORY, 0)
        guard fd >= 0 else { throw Self.ioError("cannot open directory \(path)", path: path) }
        defer { close(fd) }
        guard calls.fsync(fd) == 0 else { throw fatal(Self.ioError("fsync of directory \(path) failed", path: path)) }
    }

    /// Reports a durability failure to the handler and returns the error that stops the log.
    func fatal(_ error: StoreError) -> StoreError {
        onFatalError(error)
        var stopped = error
        stopped.code = .fatal
        return stopped
    }

    /// Replaces `path` with `bytes` so that a crash leaves either the old or the new file:
    /// temporary file, fsync, rename, fsync of the directory.
    ///
    /// - Parameter temporary: the temporary file's path, `path` + `.tmp` by default. A writer
    ///   that does this without the store's lock (a background merge of index runs) gives a
    ///   name of its own, so that two processes never write into one temporary file.
    func replaceAtomically(
        _ path: String, with bytes: [UInt8], directory: String, temporary: String? = nil
    ) throws(StoreError) {
        let temporary = temporary ?? path + ".tmp"
        _ = calls.unlink(temporary)
        let fd = try open(temporary, writable: true, create: true)
        do throws(StoreError) {
            try writeAll(fd, bytes, at: 0, path: temporary)
            try syncFile(fd, path: temporary)
        } catch {
            close(fd)
            _ = calls.unlink(temporary)
            throw error
        }
        close(fd)
        guard calls.rename(temporary, path) == 0 else {
            let error = Self.ioError("cannot rename \(temporary) to \(path)", path: path)
            _ = calls.unlink(temporary)
            throw error
        }
        try syncDirectory(directory)
    }

    /// The names in `path`.
    func list(_ path: String) throws(StoreError) -> [String] {
        guard let names = calls.listDirectory(path) else {
            throw Self.ioError("cannot list \(path)", path: path)
        }
        return names
    }

    /// Makes directory `path` with the store's directory mode unless it exists; returns
    /// whether it was made (the caller then syncs its parent).
    @discardableResult
    func makeDirectory(_ path: String) throws(StoreError) -> Bool {
        if calls.mkdir(path, permissions.directoryMode) != 0 {
            if Glibc.errno == EEXIST { return false }
            throw Self.ioError("cannot create directory \(path)", path: path)
        }
        guard calls.chmod(path, permissions.directoryMode) == 0 else {
            throw Self.ioError("cannot set the permissions of \(path)", path: path)
        }
        return true
    }

    /// The size of an open file.
    func size(_ fd: Int32, path: String) throws(StoreError) -> Int64 {
        let size = calls.fileSize(fd)
        guard size >= 0 else { throw Self.ioError("cannot stat \(path)", path: path) }
        return size
    }

    /// Whether `path` exists (any error other than "no such file" is reported).
    func exists(_ path: String) throws(StoreError) -> Bool {
        if calls.pathSize(path) >= 0 { return true }
        if Glibc.errno == ENOENT || Glibc.errno == ENOTDIR { return false }
        throw Self.ioError("cannot stat \(path)", path: path)
    }
}
