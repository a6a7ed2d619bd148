import Synchronization

@testable import EventStore

/// Counts the system calls a log makes that tests assert on: the `stat`s of segment file names
/// (which a watching writer stops making) and the `fdatasync`s (which a direct write needs not).
final class CallCounter: Sendable {
    private let segmentNameCount = Atomic<Int>(0)
    private let fdatasyncCount = Atomic<Int>(0)

    var segmentNames: Int { segmentNameCount.load(ordering: .relaxed) }
    var fdatasyncs: Int { fdatasyncCount.load(ordering: .relaxed) }

    func counting(_ base: SystemCalls) -> SystemCalls {
        var calls = base
        calls.pathSize = { [self] path in
            if path.contains("/" + SegmentName.prefix) { segmentNameCount.add(1, ordering: .relaxed) }
            return base.pathSize(path)
        }
        calls.fdatasync = { [self] fd in
            fdatasyncCount.add(1, ordering: .relaxed)
            return base.fdatasync(fd)
        }
        return calls
    }
}
