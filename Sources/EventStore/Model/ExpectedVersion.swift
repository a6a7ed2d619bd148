/// What a writer believes about a stream's version when it appends: the optimistic
/// concurrency check that makes a decision taken on stale state fail instead of overwrite.
public enum ExpectedVersion: Sendable, Hashable, CustomStringConvertible {
    /// No check: append whatever the stream's version.
    case any
    /// The stream must not exist yet (version 0).
    case noStream
    /// The stream must be exactly at this version (`exact(0)` is the same as `noStream`).
    case exact(UInt64)

    /// Whether a stream at `version` satisfies this expectation.
    public func isSatisfied(by version: UInt64) -> Bool {
        switch self {
        case .any: true
        case .noStream: version == 0
        case .exact(let expected): version == expected
        }
    }

    public var description: String {
        switch self {
        case .any: "any version"
        case .noStream: "no stream"
        case .exact(let version): "version \(version)"
        }
    }
}
