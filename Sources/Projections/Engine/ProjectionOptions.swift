public import EventStore
internal import Glibc

/// How the read side works on a store: how long to wait for its lock, the clock, and the
/// system calls (tests inject failures there).
public struct ProjectionOptions: Sendable {
    /// How long a catch-up, rebuild or snapshot waits for another one to finish before failing
    /// with `.busy`.
    public var lockTimeout: Duration = .seconds(5)
    /// How long a query waits for the lock before folding the missing events in memory instead.
    public var queryLockTimeout: Duration = .milliseconds(200)
    /// The wall clock, for the commit times shown by `eig projections status`.
    public var clock: @Sendable () -> Timestamp = { Timestamp.now() }
    /// How many events apart the progress callback is called.
    public var progressInterval: UInt64 = 1 << 16
    /// How many threads decode the log while the calling thread folds (and decodes when it
    /// can), for walks of at least `parallelThreshold` events; 0 decodes on the calling thread.
    /// Each holds a log of its own, with its index in memory. Default: one per processor
    /// besides the calling thread's.
    public var decodingThreads: Int = ProjectionOptions.processorCount - 1
    public var parallelThreshold: UInt64 = 50_000
    /// How many log positions a decoding thread takes at a time.
    public var decodingChunk: UInt64 = 8_192
    package var systemCalls: SystemCalls = .live

    public init() {}

    /// The processors online.
    public static var processorCount: Int { max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1) }
}
