import Foundation
import Glibc
import Synchronization

/// One `eig-torture` child process: spawned with its standard output on a pipe that the test
/// reads line by line (the ACK lines) and its standard error in a file, then killed or waited for.
///
/// A class because it owns a process and a descriptor: releasing it kills and reaps a child
/// still running, so a failing test leaves no process appending behind it.
final class TortureChild {
    let pid: pid_t
    /// The complete lines read so far.
    private(set) var lines: [String] = []
    private let output: Int32
    private let errorPath: String
    private var pending: [UInt8] = []
    private var isAtEnd = false
    private var status: Int32?

    /// The `eig-torture` built beside the test bundle (`swift build --build-tests` and
    /// `swift test` build the package's executables into the same directory).
    static var binary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let candidate = runner.appendingPathComponent("eig-torture").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return executable.appendingPathComponent("eig-torture").path
    }

    /// Starts `eig-torture arguments…`; its standard error goes to `errorPath`.
    init(_ arguments: [String], errorPath: String) throws {
        self.errorPath = errorPath
        // Close-on-exec (set under a lock all spawns here take, since Glibc does not export
        // `pipe2`), so that children other tests spawn meanwhile do not inherit the write end
        // and keep this pipe open after this child died.
        let (pid, output) = try Self.spawning.withLock { _ in try Self.spawn(arguments, errorPath: errorPath) }
        self.pid = pid
        self.output = output
    }

    private static let spawning = Mutex(())

    private static func spawn(_ arguments: [String], errorPath: String) throws -> (pid_t, Int32) {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
        _ = fcntl(pipe[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipe[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let binary = Self.binary
        let argv = ([binary] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv + [nil], environ)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        return (pid, pipe[0])
    }

    deinit {
        if status == nil {
            Glibc.kill(pid, SIGKILL)
            _ = wait()
        }
        close(output)
    }

    /// Reads the lines the child writes until `deadline` or the end of its output.
    func readLines(until deadline: ContinuousClock.Instant) {
        while !isAtEnd {
            let left = deadline - .now
            guard left > .zero else { return }
            let (seconds, attoseconds) = left.components
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0, errno != EINTR { return }
            if ready > 0 { readAvailable() }
        }
    }

    /// Reads every line until the child's output ends (it exited or was killed).
    func readToEnd() {
        while !isAtEnd { readAvailable() }
    }

    /// Sends SIGKILL: the child stops between any two instructions, as in a power cut of the process.
    func kill() {
        Glibc.kill(pid, SIGKILL)
    }

    /// Waits for the child to end: its exit code, or 128 + the signal that ended it.
    @discardableResult
    func wait() -> Int32 {
        if let status { return status }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        let code = (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
        status = code
        return code
    }

    /// What the child wrote on its standard error.
    var standardError: String {
        (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    }

    /// The positions of an `ACK <command> <first> <last>` line's fields.
    static func positions(_ fields: [String]) -> ClosedRange<UInt64>? {
        guard fields.count == 3, let first = UInt64(fields[1]), let last = UInt64(fields[2]), first <= last else {
            return nil
        }
        return first...last
    }

    /// The lines starting with `word`, split on spaces, without the word.
    func fields(of word: String) -> [[String]] {
        lines.compactMap { line in
            let parts = line.split(separator: " ").map(String.init)
            return parts.first == word ? Array(parts.dropFirst()) : nil
        }
    }

    private func readAvailable() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return }
            isAtEnd = true
            return
        }
        if count == 0 {
            isAtEnd = true
            return
        }
        pending.append(contentsOf: buffer[..<count])
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeSubrange(...newline)
        }
    }
}
