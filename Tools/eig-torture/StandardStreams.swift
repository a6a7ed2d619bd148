import Glibc

/// Unbuffered output: each line is one `write(2)`, so a line on the pipe means the append
/// before it returned, and a SIGKILL never leaves a line half-buffered in the process.
enum StandardStreams {
    /// Writes `text` to standard output (the ACK lines the tests read).
    static func line(_ text: String) {
        write(text + "\n", to: 1)
    }

    /// Writes `text` to standard error.
    static func error(_ text: String) {
        write(text, to: 2)
    }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    // The reader is gone (the test ended): nothing left to report to.
                    _exit(70)
                }
                done += written
            }
        }
    }
}
