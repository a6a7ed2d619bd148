import Glibc

/// A read-only shared memory mapping of a file, unmapped when the last user lets go of it.
///
/// A class because it owns the mapping: cursors keep the mapping they read from alive even
/// if the log maps the file again (a grown segment) while they iterate.
final class Mapping: @unchecked Sendable {
    // @unchecked: immutable after init; the mapped bytes are only read.
    let base: UnsafeRawPointer
    let length: Int
    private let calls: SystemCalls

    /// Maps `length` bytes of `fd`'s file (the length may pass the file's end: the pages there
    /// become readable as the file grows, and the store never reads past the size it knows).
    init(fd: Int32, length: Int, path: String, calls: SystemCalls) throws(StoreError) {
        let rounded = (length + Mapping.pageSize - 1) / Mapping.pageSize * Mapping.pageSize
        guard let base = calls.mmap(fd, rounded) else {
            throw FileOperations.ioError("cannot map \(path) into memory", path: path)
        }
        self.base = base
        self.length = rounded
        self.calls = calls
    }

    deinit {
        _ = calls.munmap(base, length)
    }

    /// Lets the kernel drop this process's pages of `range` (they stay in the page cache):
    /// keeps a long replay's resident memory flat.
    func dropPages(_ range: Range<Int>) {
        let start = range.lowerBound / Mapping.pageSize * Mapping.pageSize
        let end = min(range.upperBound / Mapping.pageSize * Mapping.pageSize, length)
        guard end > start else { return }
        _ = calls.dropPages(base + start, end - start)
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
}
