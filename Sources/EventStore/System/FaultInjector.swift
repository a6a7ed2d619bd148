import Glibc
import Synchronization

/// Makes chosen system calls fail, for tests and the torture tool: "the 3rd `pwrite` on a
/// segment gets ENOSPC", "`fdatasync` gets EIO", "the next write is short".
///
/// ```swift
/// let faults = FaultInjector()
/// faults.add(.init(.pwrite, onCall: 1, errno: ENOSPC, pathContains: "segment-"))
/// options.systemCalls = .live.injecting(faults)
/// ```
package final class FaultInjector: Sendable {
    package enum Operation: String, Sendable, Hashable, CaseIterable {
        case open, close, pread, pwrite, fdatasync, fsync, fileSize, pathSize, fchmod, rename, unlink, mkdir
        case chmod, flock, mmap, munmap, dropPages, listDirectory, watchDirectory, readWatch, watchFile
    }

    /// One planned failure.
    package struct Fault: Sendable {
        package var operation: Operation
        /// Which matching call fails, counting from 1 at the moment the fault is added (every
        /// planned fault counts every matching call, whichever fault acts on it).
        package var onCall: Int
        /// The error the call reports.
        package var errno: Int32
        /// For `pwrite`: write only this many bytes and report success (a short write) instead of failing.
        package var shortWriteBytes: Int?
        /// For a short `pwrite`: the process then kills itself with SIGKILL, as a process killed in
        /// the middle of a large `pwrite` does (Linux may have written part of it).
        package var diesAfterShortWrite = false
        /// Whether every later matching call fails too.
        package var isPersistent: Bool
        /// Only calls on a path containing this (fd calls: the path the fd was opened with).
        package var pathContains: String?
        /// Only calls on a path ending with this: `".eig"` picks a segment's own name and not
        /// the temporary `.eig.tmp` it was written under.
        package var pathHasSuffix: String?

        package init(
            _ operation: Operation, onCall: Int = 1, errno: Int32 = EIO, shortWriteBytes: Int? = nil,
            isPersistent: Bool = false, pathContains: String? = nil, pathHasSuffix: String? = nil,
            diesAfterShortWrite: Bool = false
        ) {
            self.diesAfterShortWrite = diesAfterShortWrite
            self.operation = operation
            self.onCall = onCall
            self.errno = errno
            self.shortWriteBytes = shortWriteBytes
            self.isPersistent = isPersistent
            self.pathContains = pathContains
            self.pathHasSuffix = pathHasSuffix
        }

        /// Whether a call on `target` (nil: a call with no known path) is one this fault counts.
        func matches(_ target: String?) -> Bool {
            if let needle = pathContains, !(target?.contains(needle) ?? false) { return false }
            if let suffix = pathHasSuffix, !(target?.hasSuffix(suffix) ?? false) { return false }
            return true
        }
    }

    enum Decision: Equatable {
        case pass
        case fail(Int32)
        case shortWrite(Int)
        case shortWriteThenDie(Int)

        /// The same, a short write cut at a 4 KiB boundary: a write through an `O_DIRECT`
        /// descriptor moves whole blocks (any other length fails with EINVAL, writing nothing).
        var inWholeBlocks: Decision {
            switch self {
            case .shortWrite(let bytes): .shortWrite(bytes & ~4095)
            case .shortWriteThenDie(let bytes): .shortWriteThenDie(bytes & ~4095)
            case .pass, .fail: self
            }
        }
    }

    private struct Armed {
        var fault: Fault
        var seen = 0
    }

    private struct State {
        var armed: [Armed] = []
        var calls: [Operation: Int] = [:]
        var triggered: [Operation: Int] = [:]
        var paths: [Int32: String] = [:]
        /// Descriptors opened with `O_DIRECT`.
        var direct: Set<Int32> = []
    }

    private let state = Mutex(State())

    package init() {}

    package func add(_ fault: Fault) {
        state.withLock { $0.armed.append(Armed(fault: fault)) }
    }

    /// Removes every planned fault (counts are kept).
    package func removeAll() {
        state.withLock { $0.armed.removeAll() }
    }

    /// How many times `operation` was called through the injector.
    package func calls(of operation: Operation) -> Int {
        state.withLock { $0.calls[operation, default: 0] }
    }

    /// How many calls of `operation` were made to fail (or to be short).
    package func triggered(_ operation: Operation) -> Int {
        state.withLock { $0.triggered[operation, default: 0] }
    }

    func decide(_ operation: Operation, path: String? = nil, fd: Int32? = nil) -> Decision {
        state.withLock { state in
            state.calls[operation, default: 0] += 1
            let target = path ?? fd.flatMap { state.paths[$0] }
            var decision = Decision.pass
            for index in state.armed.indices {
                let fault = state.armed[index].fault
                guard fault.operation == operation, fault.matches(target) else { continue }
                state.armed[index].seen += 1
                let seen = state.armed[index].seen
                guard decision == .pass, seen == fault.onCall || (fault.isPersistent && seen > fault.onCall) else {
                    continue
                }
                state.triggered[operation, default: 0] += 1
                decision =
                    fault.shortWriteBytes.map { fault.diesAfterShortWrite ? .shortWriteThenDie($0) : .shortWrite($0) }
                    ?? .fail(fault.errno)
            }
            if let fd, state.direct.contains(fd) { decision = decision.inWholeBlocks }
            return decision
        }
    }

    func opened(_ fd: Int32, path: String, direct: Bool) {
        state.withLock { state in
            state.paths[fd] = path
            if direct { state.direct.insert(fd) } else { state.direct.remove(fd) }
        }
    }

    /// A descriptor follows its file through a rename, as in the kernel: a fault aimed at
    /// `segment-….eig` must hit the writes into a new segment, opened under its `.tmp` name.
    func renamed(_ from: String, to: String) {
        state.withLock { state in
            for (fd, path) in state.paths where path == from { state.paths[fd] = to }
        }
    }

    func closed(_ fd: Int32) {
        state.withLock { state in
            state.paths.removeValue(forKey: fd)
            state.direct.remove(fd)
        }
    }
}
