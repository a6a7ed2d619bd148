#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command reads standard input from (a CSV piped in as `-`): the process's file
/// descriptor 0, or bytes given by a test.
public enum StandardInput: Sendable {
    /// The process's standard input.
    case process
    /// Fixed bytes, for tests.
    case bytes([UInt8])

    /// Reads everything, up to `limit` bytes (a bigger input is refused, not truncated).
    func readAll(limit: Int) throws(CLIError) -> [UInt8] {
        switch self {
        case .bytes(let bytes):
            guard bytes.count <= limit else { throw Self.tooLarge(limit) }
            return bytes
        case .process:
            var result: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw CLIError(.ioError, "cannot read standard input: \(String(cString: strerror(errno)))")
                }
                if count == 0 { return result }
                result.append(contentsOf: chunk[..<count])
                guard result.count <= limit else { throw Self.tooLarge(limit) }
            }
        }
    }

    static func tooLarge(_ limit: Int) -> CLIError {
        CLIError(.dataError, "standard input is larger than the limit of \(limit) bytes")
    }
}
