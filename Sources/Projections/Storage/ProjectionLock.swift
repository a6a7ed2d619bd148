internal import EventStore
internal import Glibc

/// The read side's own lock, `projections/lock`: one catch-up, rebuild or snapshot at a time
/// across processes (`flock`, released when the process dies, so a killed run never leaves
/// it held). Queries do not take it: they read committed files only.
///
/// A class because it owns the lock file's descriptor for as long as it is held.
final class ProjectionLock {
    let path: String
    private let fd: Int32
    private let calls: SystemCalls
    private var isHeld = false

    /// Opens (or creates) the lock file; `.io` when the directory cannot be written.
    init(path: String, files: ProjectionFiles) throws(ProjectionError) {
        self.path = path
        calls = files.calls
        let fd = calls.open(path, O_RDWR | O_CREAT, files.fileMode)
        guard fd >= 0 else { throw files.error("cannot open the lock file \(path)", path: path) }
        self.fd = fd
    }

    deinit {
        if isHeld { _ = calls.flock(fd, LOCK_UN) }
        _ = calls.close(fd)
    }

    /// Takes the lock, waiting at most `timeout`; `.busy` when another process keeps it.
    func acquire(timeout: Duration) throws(ProjectionError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause: Duration = .microseconds(200)
        while true {
            if calls.flock(fd, LOCK_EX | LOCK_NB) == 0 {
                isHeld = true
                return
            }
            let code = Glibc.errno
            guard code == EWOULDBLOCK || code == EINTR else {
                throw ProjectionError(
                    .io, "cannot lock \(path): \(String(cString: strerror(code)))", path: path, errno: code)
            }
            let now = clock.now
            guard now < deadline else {
                throw ProjectionError(
                    .busy,
                    "another process is updating the read models (it holds \(path)); try again later",
                    path: path)
            }
            let sleep = min(pause, deadline - now)
            let (seconds, attoseconds) = sleep.components
            var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
            _ = nanosleep(&request, nil)
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    func release() {
        guard isHeld else { return }
        _ = calls.flock(fd, LOCK_UN)
        isHeld = false
    }
}
