public import EventStore

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
    package var systemCalls: SystemCalls = .live

    public init() {}
}
