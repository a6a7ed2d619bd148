/// An error of the read side: what went wrong, in words an operator understands, with where
/// (file, log position) and why (the error below), so that callers switch on `code` and the
/// CLI maps it to an exit code a monitor can read (74 I/O, 75 busy, 65 unreadable event).
public struct ProjectionError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// A file of `projections/` or `snapshots/` could not be read or written.
        case io
        /// Another process holds `projections/lock` (a catch-up or rebuild is running).
        case busy
        /// The log holds an event this build cannot read (a newer schema version, bad bytes).
        case unreadableEvent
        /// The log itself failed (corruption, I/O): its `StoreError` is the cause.
        case log
        /// A name given by the caller is not a read model (`eig projections rebuild nope`).
        case unknownModel
        /// A persisted file is not what was written (checksum, structure, format).
        case damaged
    }

    public var code: Code
    public var message: String
    /// The file concerned, when there is one.
    public var path: String?
    /// The log position concerned, when there is one.
    public var position: UInt64?
    /// The operating system's error number, when a system call failed.
    public var errno: Int32?
    /// The underlying error's description, when there was one.
    public var cause: String?

    public init(
        _ code: Code, _ message: String, path: String? = nil, position: UInt64? = nil, errno: Int32? = nil,
        cause: String? = nil
    ) {
        self.code = code
        self.message = message
        self.path = path
        self.position = position
        self.errno = errno
        self.cause = cause
    }

    public var description: String { cause.map { "\(message): \($0)" } ?? message }
}
