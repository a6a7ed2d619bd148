import Glibc

extension SystemCalls {
    /// The C library's calls.
    package static let live = SystemCalls(
        open: { path, flags, mode in Glibc.open(path, flags | O_CLOEXEC, mode_t(mode)) },
        close: { fd in Glibc.close(fd) },
        pread: { fd, buffer, count, offset in Glibc.pread(fd, buffer, count, off_t(offset)) },
        pwrite: { fd, buffer, count, offset in Glibc.pwrite(fd, buffer, count, off_t(offset)) },
        fdatasync: { fd in Glibc.fdatasync(fd) },
        fsync: { fd in Glibc.fsync(fd) },
        fileSize: { fd in
            var info = stat()
            return Glibc.fstat(fd, &info) == 0 ? Int64(info.st_size) : -1
        },
        pathSize: { path in
            var info = stat()
            return statPath(path, &info) == 0 ? Int64(info.st_size) : -1
        },
        fchmod: { fd, mode in Glibc.fchmod(fd, mode_t(mode)) },
        rename: { from, to in Glibc.rename(from, to) },
        unlink: { path in Glibc.unlink(path) },
        mkdir: { path, mode in Glibc.mkdir(path, mode_t(mode)) },
        chmod: { path, mode in Glibc.chmod(path, mode_t(mode)) },
        flock: { fd, operation in lockFile(fd, operation) },
        mmap: { fd, length in
            let address = Glibc.mmap(nil, length, PROT_READ, MAP_SHARED, fd, 0)
            return address == MAP_FAILED ? nil : UnsafeRawPointer(address)
        },
        munmap: { address, length in Glibc.munmap(UnsafeMutableRawPointer(mutating: address), length) },
        dropPages: { address, length in
            Glibc.madvise(UnsafeMutableRawPointer(mutating: address), length, Int32(MADV_DONTNEED))
        },
        listDirectory: { path in
            guard let directory = opendir(path) else { return nil }
            defer { closedir(directory) }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name != "." && name != ".." { names.append(name) }
            }
            return names
        },
        processExists: { pid in Glibc.kill(pid, 0) == 0 || Glibc.errno == EPERM },
        watchDirectory: { path in
            let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard fd >= 0 else { return -1 }
            let events = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF
            guard inotify_add_watch(fd, path, UInt32(events)) >= 0 else {
                let reason = Glibc.errno
                Glibc.close(fd)
                Glibc.errno = reason
                return -1
            }
            return fd
        },
        readWatch: { fd, buffer, count in Glibc.read(fd, buffer, count) },
        watchFile: { fd, path in inotify_add_watch(fd, path, UInt32(IN_MODIFY)) }
    )
}

/// `flock(2)`: named apart because inside `SystemCalls` the name is the property's.
private func lockFile(_ fd: Int32, _ operation: Int32) -> Int32 {
    flock(fd, operation)
}

/// `stat(2)`: named apart because `Glibc.stat` is also the name of the C struct.
private func statPath(_ path: String, _ info: inout stat) -> Int32 {
    stat(path, &info)
}
