/// An error of the storage engine: what went wrong, in words an operator understands, with
/// where it happened (position, file, errno) so that callers can switch on `code` and people
/// can act on `message`.
///
/// ```swift
/// do { try log.append(request) } catch where error.code == .versionConflict { /* re-decide */ }
/// ```
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure; stable, so callers (and the CLI's exit codes) can depend on it.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// Another writer held the lock for longer than `lockTimeout`: retry later.
        case busy
        /// The log's bytes are not what was written (bad checksum, broken chain, bad header).
        case corrupted
        /// The operating system refused a file operation (`errno` says why).
        case io
        /// The stream (or a condition's stream) is not at the expected version.
        case versionConflict
        /// The store, a stream or a command does not exist.
        case notFound
        /// A store already exists where one was to be created.
        case alreadyExists
        /// The request or an argument is malformed (empty stream, control characters...).
        case invalidArgument
        /// A field or the payload is larger than the format allows.
        case tooLarge
        /// The files were written by a format version this code does not know.
        case unsupportedFormat
        /// The log was opened for reading; appending needs `.write`.
        case readOnly
        /// A durability failure (fsync) stopped this log; it refuses everything until reopened.
        case fatal
    }

    public var code: Code
    public var message: String
    /// The log position concerned, when there is one.
    public var position: UInt64?
    /// The file concerned, when there is one.
    public var path: String?
    /// The operating system's error number, when a system call failed.
    public var errno: Int32?
    /// The stream concerned (version conflicts, bad stream names).
    public var stream: String?

    public init(
        _ code: Code, _ message: String, position: UInt64? = nil, path: String? = nil,
        errno: Int32? = nil, stream: String? = nil
    ) {
        self.code = code
        self.message = message
        self.position = position
        self.path = path
        self.errno = errno
        self.stream = stream
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
