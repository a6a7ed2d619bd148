import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built `eig` binary, run as a process: its real argv, streams and exit status.
struct CLIProcessTests {
    @Test func versionIsPrintedOnStandardOutput() throws {
        let result = try EigProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("eig "))
        #expect(result.stderr.isEmpty)
    }

    @Test func helpGoesToStandardOutputAndUsageErrorsToStandardError() throws {
        let help = try EigProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
        let unknown = try EigProcess.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("eig: 'frobnicate' is not a command of 'eig'"))
    }

    @Test func initLogAndVerifyWorkOnAStoreNamedByTheEnvironment() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("eig-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        let environment = ["EIG_STORE": directory.path + "/store"]
        let created = try EigProcess.run(["init"], environment: environment)
        #expect(created.status == 0)
        #expect(created.stdout.hasPrefix("Created an empty store at \(directory.path)/store; "))
        #expect(created.stdout.hasSuffix(" is its admin.\n"))
        #expect(try EigProcess.run(["init"], environment: environment).status == 73)
        let head = try EigProcess.run(["log", "head", "--json"], environment: environment)
        #expect(head.status == 0)
        #expect(head.stdout.contains("\"position\": 1,"))
        #expect(try EigProcess.run(["log", "show"], environment: environment).status == 0)
        let verified = try EigProcess.run(["verify"], environment: environment)
        #expect(verified.status == 0)
        #expect(verified.stdout.hasPrefix("sound: 1 event, 1 segment, "))
        #expect(verified.stderr.isEmpty)
    }

    @Test func anArgumentThatIsNotUTF8IsRefusedAsBadData() throws {
        let result = try EigProcess.run(bytes: [Array("verify".utf8), [0x66, 0x6F, 0xFF]])
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "eig: argument 2 is not valid UTF-8 (byte 0xFF at offset 2); eig reads its arguments as UTF-8 text\n"
        )
        #expect(result.stdout.isEmpty)
    }
}

/// Spawns the `eig` built beside the test bundle, with arguments given as raw bytes (Foundation's
/// `Process` only takes `String`s, which cannot hold invalid UTF-8).
enum EigProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return runner.appendingPathComponent("eig").path
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(bytes: arguments.map { Array($0.utf8) }, environment: environment)
    }

    static func run(bytes arguments: [[UInt8]], environment: [String: String] = [:]) throws -> Result {
        var output: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        guard pipe(&output) == 0, pipe(&errors) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, errors[0])

        let argv = ([Array(binary.utf8)] + arguments).map { bytes -> UnsafeMutablePointer<CChar>? in
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
            pointer[bytes.count] = 0
            return pointer
        }
        let environ = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { $0?.deallocate() }
            environ.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv + [nil], environ + [nil])
        close(output[1])
        close(errors[1])
        defer {
            close(output[0])
            close(errors[0])
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        let stdout = readAll(output[0])
        let stderr = readAll(errors[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(
            status: exitStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }

    static func readAll(_ descriptor: Int32) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return result }
            result.append(contentsOf: buffer[..<count])
        }
    }
}
