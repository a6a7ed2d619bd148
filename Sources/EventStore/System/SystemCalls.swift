/// Every system call the store makes, as replaceable closures: the one narrow layer through
/// which tests (and the torture tool) inject ENOSPC, EIO and short writes.
///
/// Each closure behaves like its libc namesake: it returns -1 (or `nil`) and leaves the
/// reason in `errno` on failure. ``live`` calls the C library; ``injecting(_:)`` wraps a set
/// of calls with a ``FaultInjector``. Paths are Swift strings; file offsets are `Int64`.
package struct SystemCalls: Sendable {
    package var open: @Sendable (_ path: String, _ flags: Int32, _ mode: UInt32) -> Int32
    package var close: @Sendable (_ fd: Int32) -> Int32
    package var pread: @Sendable (_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: Int64) -> Int
    package var pwrite: @Sendable (_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int, _ offset: Int64) -> Int
    package var fdatasync: @Sendable (_ fd: Int32) -> Int32
    package var fsync: @Sendable (_ fd: Int32) -> Int32
    /// `fstat`'s size of an open file, or -1.
    package var fileSize: @Sendable (_ fd: Int32) -> Int64
    /// `stat`'s size of a path, or -1 (`errno` ENOENT when it does not exist).
    package var pathSize: @Sendable (_ path: String) -> Int64
    package var fchmod: @Sendable (_ fd: Int32, _ mode: UInt32) -> Int32
    package var rename: @Sendable (_ from: String, _ to: String) -> Int32
    package var unlink: @Sendable (_ path: String) -> Int32
    package var mkdir: @Sendable (_ path: String, _ mode: UInt32) -> Int32
    package var chmod: @Sendable (_ path: String, _ mode: UInt32) -> Int32
    package var flock: @Sendable (_ fd: Int32, _ operation: Int32) -> Int32
    /// A read-only shared mapping of `length` bytes of the file from offset 0, or `nil`.
    package var mmap: @Sendable (_ fd: Int32, _ length: Int) -> UnsafeRawPointer?
    package var munmap: @Sendable (_ address: UnsafeRawPointer, _ length: Int) -> Int32
    /// `madvise(MADV_DONTNEED)`: drops a mapped range's pages from this process (not the file's).
    package var dropPages: @Sendable (_ address: UnsafeRawPointer, _ length: Int) -> Int32
    /// The names in a directory (without `.` and `..`), or `nil`.
    package var listDirectory: @Sendable (_ path: String) -> [String]?
    /// Whether a process with this id exists (`kill(pid, 0)` succeeds or fails with EPERM).
    package var processExists: @Sendable (_ pid: Int32) -> Bool
    /// A non-blocking inotify descriptor watching the directory's entries (created, removed,
    /// renamed in or out, the directory itself gone), or -1: see ``StoreWatch``.
    package var watchDirectory: @Sendable (_ path: String) -> Int32
    /// `read(2)` of such a descriptor: the bytes of the pending events, or -1 (EAGAIN: none).
    package var readWatch: @Sendable (_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
    /// Adds to such a descriptor a watch on a file's writes (`inotify_add_watch`, `IN_MODIFY`):
    /// the watch's number, or -1.
    package var watchFile: @Sendable (_ fd: Int32, _ path: String) -> Int32

    package init(
        open: @escaping @Sendable (String, Int32, UInt32) -> Int32,
        close: @escaping @Sendable (Int32) -> Int32,
        pread: @escaping @Sendable (Int32, UnsafeMutableRawPointer, Int, Int64) -> Int,
        pwrite: @escaping @Sendable (Int32, UnsafeRawPointer, Int, Int64) -> Int,
        fdatasync: @escaping @Sendable (Int32) -> Int32,
        fsync: @escaping @Sendable (Int32) -> Int32,
        fileSize: @escaping @Sendable (Int32) -> Int64,
        pathSize: @escaping @Sendable (String) -> Int64,
        fchmod: @escaping @Sendable (Int32, UInt32) -> Int32,
        rename: @escaping @Sendable (String, String) -> Int32,
        unlink: @escaping @Sendable (String) -> Int32,
        mkdir: @escaping @Sendable (String, UInt32) -> Int32,
        chmod: @escaping @Sendable (String, UInt32) -> Int32,
        flock: @escaping @Sendable (Int32, Int32) -> Int32,
        mmap: @escaping @Sendable (Int32, Int) -> UnsafeRawPointer?,
        munmap: @escaping @Sendable (UnsafeRawPointer, Int) -> Int32,
        dropPages: @escaping @Sendable (UnsafeRawPointer, Int) -> Int32,
        listDirectory: @escaping @Sendable (String) -> [String]?,
        processExists: @escaping @Sendable (Int32) -> Bool,
        watchDirectory: @escaping @Sendable (String) -> Int32,
        readWatch: @escaping @Sendable (Int32, UnsafeMutableRawPointer, Int) -> Int,
        watchFile: @escaping @Sendable (Int32, String) -> Int32
    ) {
        self.open = open
        self.close = close
        self.pread = pread
        self.pwrite = pwrite
        self.fdatasync = fdatasync
        self.fsync = fsync
        self.fileSize = fileSize
        self.pathSize = pathSize
        self.fchmod = fchmod
        self.rename = rename
        self.unlink = unlink
        self.mkdir = mkdir
        self.chmod = chmod
        self.flock = flock
        self.mmap = mmap
        self.munmap = munmap
        self.dropPages = dropPages
        self.listDirectory = listDirectory
        self.processExists = processExists
        self.watchDirectory = watchDirectory
        self.readWatch = readWatch
        self.watchFile = watchFile
    }
}
