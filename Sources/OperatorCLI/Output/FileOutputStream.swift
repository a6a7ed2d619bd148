#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `TextOutputStream` onto a file descriptor (the process's standard output or error), with
/// `write(2)` retried on interruption and short writes.
///
/// A failed write is remembered, not ignored: later writes are dropped and ``CLI`` reports
/// the failure with exit 74, so `eig log show > full-disk/file` does not claim success.
/// (A closed pipe, as in `eig log show | head`, ends the process by SIGPIPE as usual.)
public struct FileOutputStream: TextOutputStream, WriteFailureReporting {
    public let fileDescriptor: Int32
    /// The first error, as the system describes it; `nil` while every write succeeded.
    public private(set) var writeFailure: String?

    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    public static var standardOutput: FileOutputStream { FileOutputStream(fileDescriptor: 1) }
    public static var standardError: FileOutputStream { FileOutputStream(fileDescriptor: 2) }

    public mutating func write(_ string: String) {
        guard writeFailure == nil else { return }
        var string = string
        string.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    writeFailure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
    }
}

/// A stream that can tell, after the fact, that a write failed.
public protocol WriteFailureReporting {
    var writeFailure: String? { get }
}
