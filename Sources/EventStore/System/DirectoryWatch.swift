import Dispatch
import Glibc

/// Tells a writer, for the price of one `read` on an inotify descriptor, whether any entry of
/// the store's directory was created, removed or renamed since it last asked.
///
/// Why: before each append the writer must know whether another writer started a segment, or
/// a crashed one left a stray segment where this append will write (FORMAT.md §8). Asking the
/// file system by name costs a failing `stat` per name, a path walk each: two per durable
/// append, about as much CPU as planning and encoding it. With a watch, the names are listed
/// once and listed again only after the directory changed. A writer makes one after its first
/// appends only (``EventLog/checksBeforeWatching``): a watch costs the kernel up to 20 ms to
/// retire, more than a one-command process would save.
///
/// Sound because inotify queues an event before the call that changed the directory returns,
/// and every writer changes segment files only under the writer lock: when this writer holds
/// the lock, every change another made is already queued. Where inotify is unavailable (too
/// many instances, a file system that does not report changes) there is no watch, and the
/// writer asks by name as before. A store shared between machines over a network file system
/// is not supported in any case (FORMAT.md §9): the lock would not hold either.
///
/// A class because it owns its descriptor.
final class DirectoryWatch {
    private let fd: Int32
    private let calls: SystemCalls
    /// Set once the watch can no longer vouch for anything: the directory was removed or
    /// moved, or reading the events failed.
    private(set) var isBroken = false

    /// A watch on `path`, or nil when the system cannot give one.
    init?(_ path: String, calls: SystemCalls) {
        let fd = calls.watchDirectory(path)
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.calls = calls
    }

    /// Closes the descriptor on another thread: closing one that had a watch waits for the
    /// kernel to retire the watch (`synchronize_srcu`), 10 to 20 ms at times.
    deinit {
        let (fd, calls) = (fd, calls)
        DispatchQueue.global(qos: .utility).async { _ = calls.close(fd) }
    }

    /// Whether the directory may have changed since the last call (or since the watch began):
    /// reads every pending event. False only when none is pending and the watch still holds.
    func sawChanges() -> Bool {
        guard !isBroken else { return true }
        var changed = false
        withUnsafeTemporaryAllocation(byteCount: Self.bufferBytes, alignment: 8) { buffer in
            while true {
                let count = calls.readWatch(fd, buffer.baseAddress!, buffer.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    if errno != EAGAIN { isBroken = true }
                    return
                }
                guard count > 0 else {
                    isBroken = true
                    return
                }
                changed = true
                if endsWatch(buffer.prefix(count)) { isBroken = true }
            }
        }
        return changed || isBroken
    }

    /// Whether the events in `bytes` include one after which nothing more is reported: the
    /// queue overflowed (events were lost), the directory went away, or the watch was removed.
    private func endsWatch(_ bytes: UnsafeMutableRawBufferPointer.SubSequence) -> Bool {
        let ending = UInt32(IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)
        var offset = bytes.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.endIndex {
            let mask = bytes.base.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            if mask & ending != 0 { return true }
            let nameLength = Int(bytes.base.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            offset += header + nameLength
        }
        return false
    }

    /// Room for many events: one `read` normally drains them all.
    private static let bufferBytes = 4096
}
