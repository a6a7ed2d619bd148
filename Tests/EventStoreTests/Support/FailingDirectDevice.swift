import Glibc
import Synchronization

@testable import EventStore

/// A disk whose next direct write (`O_DIRECT`) takes its first bytes and reports EIO, and whose
/// direct write after that fails without writing anything.
final class FailingDirectDevice: Sendable {
    private struct State {
        var directFDs: [Int32: String] = [:]
        /// Bytes the next direct write puts on disk before failing; nil: no failure planned.
        var partial: Int?
        var failuresLeft = 0
    }

    private let state = Mutex(State())

    func failNextDirectWrite(writingFirst bytes: Int) {
        state.withLock {
            $0.partial = bytes
            $0.failuresLeft = 2
        }
    }

    func calls(_ base: SystemCalls) -> SystemCalls {
        var calls = base
        calls.open = { [self] path, flags, mode in
            let fd = base.open(path, flags, mode)
            if fd >= 0, flags & __O_DIRECT != 0 { state.withLock { $0.directFDs[fd] = path } }
            return fd
        }
        calls.close = { [self] fd in
            state.withLock { $0.directFDs[fd] = nil }
            return base.close(fd)
        }
        calls.pwrite = { [self] fd, buffer, count, offset in
            let plan: (path: String, bytes: Int)? = state.withLock { state in
                guard let path = state.directFDs[fd], state.failuresLeft > 0 else { return nil }
                state.failuresLeft -= 1
                return (path, state.failuresLeft == 1 ? (state.partial ?? 0) : 0)
            }
            guard let plan else { return base.pwrite(fd, buffer, count, offset) }
            if plan.bytes > 0 { Self.putOnDisk(buffer, count: min(plan.bytes, count), at: Int(offset), of: plan.path) }
            return SystemCalls.failing(EIO, -1)
        }
        return calls
    }

    /// Changes the file's bytes as the device did, through a mapping: as with the failed
    /// `pwrite`, no `IN_MODIFY` is queued (the kernel reports a write only when it returns > 0).
    private static func putOnDisk(_ bytes: UnsafeRawPointer, count: Int, at offset: Int, of path: String) {
        let fd = Glibc.open(path, O_RDWR)
        precondition(fd >= 0, "the segment opens")
        defer { Glibc.close(fd) }
        let mapping = mmap(nil, offset + count, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
        precondition(mapping != MAP_FAILED, "the segment maps")
        (mapping! + offset).copyMemory(from: bytes, byteCount: count)
        precondition(msync(mapping, offset + count, MS_SYNC) == 0, "the bytes reach the disk")
        munmap(mapping, offset + count)
    }
}
