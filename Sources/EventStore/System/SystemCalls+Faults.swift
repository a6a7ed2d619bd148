import Glibc

extension SystemCalls {
    /// These calls, with `faults` deciding before each one whether it fails.
    package func injecting(_ faults: FaultInjector) -> SystemCalls {
        var calls = self
        let base = self
        calls.open = { path, flags, mode in
            if case .fail(let code) = faults.decide(.open, path: path) { return SystemCalls.failing(code, -1) }
            let fd = base.open(path, flags, mode)
            if fd >= 0 { faults.opened(fd, path: path, direct: flags & __O_DIRECT != 0) }
            return fd
        }
        calls.close = { fd in
            faults.closed(fd)
            if case .fail(let code) = faults.decide(.close, fd: fd) {
                _ = base.close(fd)
                return SystemCalls.failing(code, -1)
            }
            return base.close(fd)
        }
        calls.pread = { fd, buffer, count, offset in
            if case .fail(let code) = faults.decide(.pread, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.pread(fd, buffer, count, offset)
        }
        calls.pwrite = { fd, buffer, count, offset in
            switch faults.decide(.pwrite, fd: fd) {
            case .pass: return base.pwrite(fd, buffer, count, offset)
            case .fail(let code): return SystemCalls.failing(code, -1)
            case .shortWrite(let bytes): return base.pwrite(fd, buffer, min(bytes, count), offset)
            case .shortWriteThenDie(let bytes):
                _ = base.pwrite(fd, buffer, min(bytes, count), offset)
                Glibc.kill(getpid(), SIGKILL)
                return SystemCalls.failing(EIO, -1)
            }
        }
        calls.fdatasync = { fd in
            if case .fail(let code) = faults.decide(.fdatasync, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.fdatasync(fd)
        }
        calls.fsync = { fd in
            if case .fail(let code) = faults.decide(.fsync, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.fsync(fd)
        }
        calls.fileSize = { fd in
            if case .fail(let code) = faults.decide(.fileSize, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.fileSize(fd)
        }
        calls.pathSize = { path in
            if case .fail(let code) = faults.decide(.pathSize, path: path) { return SystemCalls.failing(code, -1) }
            return base.pathSize(path)
        }
        calls.fchmod = { fd, mode in
            if case .fail(let code) = faults.decide(.fchmod, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.fchmod(fd, mode)
        }
        calls.rename = { from, to in
            if case .fail(let code) = faults.decide(.rename, path: to) { return SystemCalls.failing(code, -1) }
            let result = base.rename(from, to)
            if result == 0 { faults.renamed(from, to: to) }
            return result
        }
        calls.unlink = { path in
            if case .fail(let code) = faults.decide(.unlink, path: path) { return SystemCalls.failing(code, -1) }
            return base.unlink(path)
        }
        calls.mkdir = { path, mode in
            if case .fail(let code) = faults.decide(.mkdir, path: path) { return SystemCalls.failing(code, -1) }
            return base.mkdir(path, mode)
        }
        calls.chmod = { path, mode in
            if case .fail(let code) = faults.decide(.chmod, path: path) { return SystemCalls.failing(code, -1) }
            return base.chmod(path, mode)
        }
        calls.flock = { fd, operation in
            if case .fail(let code) = faults.decide(.flock, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.flock(fd, operation)
        }
        calls.mmap = { fd, length in
            if case .fail(let code) = faults.decide(.mmap, fd: fd) { return SystemCalls.failing(code, nil) }
            return base.mmap(fd, length)
        }
        calls.munmap = { address, length in
            if case .fail(let code) = faults.decide(.munmap) { return SystemCalls.failing(code, -1) }
            return base.munmap(address, length)
        }
        calls.dropPages = { address, length in
            if case .fail(let code) = faults.decide(.dropPages) { return SystemCalls.failing(code, -1) }
            return base.dropPages(address, length)
        }
        calls.listDirectory = { path in
            if case .fail(let code) = faults.decide(.listDirectory, path: path) {
                return SystemCalls.failing(code, nil)
            }
            return base.listDirectory(path)
        }
        calls.watchDirectory = { path in
            if case .fail(let code) = faults.decide(.watchDirectory, path: path) {
                return SystemCalls.failing(code, -1)
            }
            return base.watchDirectory(path)
        }
        calls.readWatch = { fd, buffer, count in
            if case .fail(let code) = faults.decide(.readWatch, fd: fd) { return SystemCalls.failing(code, -1) }
            return base.readWatch(fd, buffer, count)
        }
        calls.watchFile = { fd, path in
            if case .fail(let code) = faults.decide(.watchFile, path: path) { return SystemCalls.failing(code, -1) }
            return base.watchFile(fd, path)
        }
        return calls
    }

    /// Sets `errno` and returns the failure value, as a failing C call does.
    @Sendable
    static func failing<T>(_ code: Int32, _ value: T) -> T {
        Glibc.errno = code
        return value
    }
}
