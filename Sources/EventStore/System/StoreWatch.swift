import Dispatch
import Glibc

/// Tells a writer, for the price of one `read` on an inotify descriptor, whether any entry of
/// the store's directory was created, removed or renamed since it last asked, and whether any
/// process wrote to the tail segment since this writer's own last write.
///
/// Why the directory: before each append the writer must know whether another writer started
/// a segment, or a crashed one left a stray segment where this append will write (FORMAT.md
/// §8). Asking the file system by name costs a failing `stat` per name, a path walk each: two
/// per durable append, about as much CPU as planning and encoding it. With a watch, the names
/// are listed once and listed again only after the directory changed.
///
/// Why the tail segment: before each append the writer also reads the bytes after its tail,
/// where another writer would have appended. A small durable append is written with
/// `O_DIRECT` (``EventLog/writeDirectly(at:in:)``), which takes the written pages out of the
/// page cache: reading the tail again would fetch a page from the disk, a wait as long as the
/// append's own. The watch says instead that nobody wrote there since this writer did
/// (``noteOwnWrite(to:)``, ``tailIsUnchanged(at:)``), and the tail needs no reading.
///
/// A writer makes one after its first appends only (``EventLog/checksBeforeWatching``): a
/// watch costs the kernel up to 20 ms to retire, more than a one-command process would save.
///
/// Sound because inotify queues an event before the call that made it returns (a `pwrite`,
/// buffered or direct, an entry created or renamed), and every writer changes segment files
/// only under the writer lock: when this writer holds the lock, every change another made is
/// already queued, and its own write's event is read before it lets the lock go. A write
/// queues its event only when it reports bytes written: a direct write that fails (-1) may
/// still have changed blocks on the disk, so one that cannot be undone is followed by zeros
/// written through the page cache, which queue it (``EventLog/writeDirectly(at:in:)``). Where inotify
/// is unavailable (too many instances or watches, a file system that does not report changes)
/// there is no watch, and the writer asks by name and reads its tail as before. A store shared
/// between machines over a network file system is not supported in any case (FORMAT.md §9):
/// the lock would not hold either.
///
/// A class because it owns its descriptor.
final class StoreWatch {
    private let fd: Int32
    private let calls: SystemCalls
    /// Set once the watch can no longer vouch for anything: the directory was removed or
    /// moved, the event queue overflowed, or reading the events failed.
    private(set) var isBroken = false
    /// An event on the directory's entries came since ``sawDirectoryChanges()`` last asked.
    private var directoryChanged = false
    /// The tail segment's file: its path and the number of its watch.
    private var tail: (path: String, watch: Int32)?
    /// Something wrote to the tail segment since ``noteOwnWrite(to:)`` (or its watch ended).
    private var tailModified = true
    /// Watches of earlier tail segments: their events are read and set aside (a sealed segment
    /// is not written to; a new tail gets a watch of its own instead of removing the old one,
    /// whose retirement would wait for the kernel).
    private var earlierFileWatches: Set<Int32> = []

    /// A watch on the directory `path`, or nil when the system cannot give one.
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
    /// reads every pending event. False only when none on the directory came and the watch
    /// still holds.
    func sawDirectoryChanges() -> Bool {
        readEvents()
        defer { directoryChanged = false }
        return directoryChanged || isBroken
    }

    /// Whether `path` is the tail segment this watch follows, nothing wrote to it since this
    /// writer's own last write (``noteOwnWrite(to:)``), and no entry of the directory changed
    /// since it was last asked (a segment file renamed over the tail's name, say, or one
    /// started after it: the writer then reads its tail as before). Reads every pending event.
    /// Asked under the writer lock, a true answer means the bytes after that write are as it
    /// left them.
    func tailIsUnchanged(at path: String) -> Bool {
        readEvents()
        return !isBroken && !tailModified && !directoryChanged && tail?.path == path
    }

    /// Whether this watch follows the segment file at `path`, so that its tail need not be read.
    func watchesTail(at path: String) -> Bool {
        !isBroken && tail?.path == path
    }

    /// Records that this writer just wrote to the segment at `path`, under the writer lock: the
    /// events its write made are read and set aside, and a segment not yet watched is watched
    /// from now on. Without the lock another writer's write could be set aside with them.
    func noteOwnWrite(to path: String) {
        if tail?.path != path {
            if let earlier = tail { earlierFileWatches.insert(earlier.watch) }
            let number = calls.watchFile(fd, path)
            tail = number >= 0 ? (path, number) : nil
        }
        readEvents()
        tailModified = tail == nil
    }

    /// Reads every pending event and records what they say.
    private func readEvents() {
        guard !isBroken else { return }
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
                record(buffer.prefix(count))
            }
        }
    }

    /// Sorts the events in `bytes` by the watch they came from. On the tail segment, any event
    /// (a write, or the watch's end) means another process may have written there. On the
    /// directory, any event is a change, and some end the watch: the queue overflowed (events
    /// were lost), the directory went away, or its watch was removed.
    private func record(_ bytes: UnsafeMutableRawBufferPointer.SubSequence) {
        let ending = UInt32(IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)
        let header = MemoryLayout<inotify_event>.size
        var offset = bytes.startIndex
        var parsed = false
        while offset + header <= bytes.endIndex {
            parsed = true
            let watch = bytes.base.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.base.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let nameLength = Int(bytes.base.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            offset += header + nameLength
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                isBroken = true
            } else if watch == tail?.watch {
                tailModified = true
                if mask & UInt32(IN_IGNORED) != 0 { tail = nil }
            } else if !earlierFileWatches.contains(watch) {
                directoryChanged = true
                if mask & ending != 0 { isBroken = true }
            }
        }
        // Bytes that are not events: nothing they say can be trusted.
        if !parsed { isBroken = true }
    }

    /// Room for many events: one `read` normally drains them all.
    private static let bufferBytes = 4096
}
