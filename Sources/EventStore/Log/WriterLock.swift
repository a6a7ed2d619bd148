import Glibc

/// The exclusive lock that lets one process at a time append: `flock(LOCK_EX)` on
/// `<store>/lock`, polled with a short backoff until a timeout, held only around an append.
///
/// A class because it owns the lock file's descriptor (a `flock` belongs to the open file, so
/// two logs opened in one process exclude each other like two processes do).
final class WriterLock {
    let path: String
    private let fd: Int32
    private let files: FileOperations
    private(set) var isHeld = false

    init(directory: String, files: FileOperations) throws(StoreError) {
        path = directory + "/lock"
        self.files = files
        let existing = files.calls.open(path, O_RDWR, files.permissions.fileMode)
        if existing >= 0 {
            fd = existing
        } else if Glibc.errno == ENOENT {
            do throws(StoreError) {
                fd = try files.open(path, writable: true, create: true)
            } catch  where error.errno == EEXIST {
                fd = try files.open(path, writable: true)
            }
            try files.syncDirectory(directory)
        } else {
            throw FileOperations.ioError("cannot open the lock file \(path)", path: path)
        }
    }

    deinit {
        if isHeld { _ = files.calls.flock(fd, LOCK_UN) }
        files.close(fd)
    }

    /// Takes the lock, waiting at most `timeout`; `.busy` if another writer keeps it.
    func acquire(timeout: Duration) throws(StoreError) {
        precondition(!isHeld, "the writer lock is not reentrant")
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause: Duration = .microseconds(50)
        while true {
            if files.calls.flock(fd, LOCK_EX | LOCK_NB) == 0 {
                isHeld = true
                return
            }
            let code = Glibc.errno
            guard code == EWOULDBLOCK || code == EINTR else {
                throw FileOperations.ioError("cannot lock \(path)", path: path, errno: code)
            }
            let now = clock.now
            if now >= deadline {
                throw StoreError(
                    .busy,
                    "another process is writing to the store (its lock \(path) was held for more than \(timeout)); "
                        + "try again later",
                    path: path)
            }
            let sleep = min(pause, deadline - now)
            let (seconds, attoseconds) = sleep.components
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
            _ = nanosleep(&request, nil)
            pause = min(pause * 2, .milliseconds(5))
        }
    }

    /// Releases the lock.
    func release() {
        guard isHeld else { return }
        _ = files.calls.flock(fd, LOCK_UN)
        isHeld = false
    }
}
