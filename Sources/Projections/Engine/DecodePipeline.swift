internal import Dispatch
internal import EventStore
internal import Synchronization

/// Decodes ranges of the log on worker threads while the caller folds what is decoded, in
/// order: a rebuild's reading (checksums, payloads) and its folding run on different cores.
///
/// Each worker opens its own reading `EventLog` on the store (a log is not shared between
/// threads: each has its own index in memory, so workers are few) and claims the next range;
/// no more than `window` decoded ranges wait for the caller, which bounds the memory used.
/// The caller takes range 0, then 1, and so on; while the range it needs is not ready, it
/// decodes the next unclaimed one itself with its own log (``help(with:decoder:)``), so
/// that neither core waits for the other.
final class DecodePipeline: Sendable {
    /// The decoded events of one range.
    struct Chunk: Sendable {
        var events: [DecodedEvent]
        var last: UInt64
    }

    private struct State {
        var next = 0
        var results: [Result<Chunk, ProjectionError>?]
        var isCancelled = false
    }

    private let directory: String
    private let ranges: [ClosedRange<UInt64>]
    private let workers: Int
    private let state: Mutex<State>
    /// One per range: signalled when it is decoded.
    private let ready: [DispatchSemaphore]
    /// How many more ranges may be decoded ahead of the caller.
    private let space: DispatchSemaphore
    private let group = DispatchGroup()

    /// Starts `workers` threads decoding `ranges` of the store at `directory`.
    init(directory: String, ranges: [ClosedRange<UInt64>], workers: Int, window: Int) {
        self.directory = directory
        self.ranges = ranges
        self.workers = max(workers, 1)
        state = Mutex(State(results: Array(repeating: nil, count: ranges.count)))
        ready = ranges.map { _ in DispatchSemaphore(value: 0) }
        space = DispatchSemaphore(value: max(window, 1))
        for _ in 0..<self.workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) { self.work() }
        }
    }

    /// Splits `first...last` into ranges of `size` positions.
    static func ranges(from first: UInt64, through last: UInt64, size: UInt64) -> [ClosedRange<UInt64>] {
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: Int(size)).map { $0...min($0 + size - 1, last) }
    }

    /// The next unclaimed range, counted against the window.
    private func claim() -> Int? {
        state.withLock { state -> Int? in
            guard !state.isCancelled, state.next < ranges.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    private func work() {
        var log: EventLog?
        var decoder = EventDecoder()
        while true {
            space.wait()
            guard let index = claim() else {
                space.signal()  // let the other workers see the end too
                return
            }
            let result = Result { () throws(ProjectionError) -> Chunk in
                if log == nil {
                    do throws(StoreError) {
                        log = try EventLog.open(at: directory, mode: .read)
                    } catch {
                        throw ProjectionError.log(error)
                    }
                }
                return try Self.decode(ranges[index], of: log!, with: &decoder)
            }
            state.withLock { $0.results[index] = result }
            ready[index].signal()
        }
    }

    private static func decode(
        _ range: ClosedRange<UInt64>, of log: EventLog, with decoder: inout EventDecoder
    ) throws(ProjectionError) -> Chunk {
        var events: [DecodedEvent] = []
        events.reserveCapacity(range.count)
        do {
            try log.forEachRecord(from: range.lowerBound, through: range.upperBound) { record in
                if let event = try decoder.decode(record) { events.append(event) }
            }
        } catch let error as ProjectionError {
            throw error
        } catch let error as StoreError {
            throw .log(error)
        } catch {
            throw ProjectionError(.io, "reading the log failed", cause: String(describing: error))
        }
        return Chunk(events: events, last: range.upperBound)
    }

    /// Decodes the next unclaimed range on the calling thread, if the window has room for one.
    ///
    /// - Returns: false when there is nothing to claim now (the caller then waits).
    func help(with log: EventLog, decoder: inout EventDecoder) -> Bool {
        guard space.wait(timeout: .now()) == .success else { return false }
        guard let index = claim() else {
            space.signal()
            return false
        }
        let result = Result { () throws(ProjectionError) -> Chunk in
            try Self.decode(ranges[index], of: log, with: &decoder)
        }
        state.withLock { $0.results[index] = result }
        ready[index].signal()
        return true
    }

    /// Whether range `index` is decoded.
    func isReady(_ index: Int) -> Bool {
        state.withLock { $0.results[index] != nil }
    }

    /// The decoded events of range `index`, waiting for them; ranges are taken in order.
    func take(_ index: Int) throws(ProjectionError) -> Chunk {
        ready[index].wait()
        let result = state.withLock { state in
            defer { state.results[index] = nil }
            return state.results[index]!
        }
        space.signal()
        return try result.get()
    }

    /// Stops the workers (after the range each is decoding) and waits for them.
    func finish() {
        state.withLock { $0.isCancelled = true }
        for _ in 0..<workers { space.signal() }
        group.wait()
    }
}
