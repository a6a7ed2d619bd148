import Programme

@testable import OperatorCLI

/// What one run of the CLI produced.
struct Outcome {
    var code: ExitCode
    var stdout: String
    var stderr: String
}

/// Runs a command line in process, as `main.swift` would, with a fixed actor, directory and
/// clock.
enum CLIHarness {
    /// 2021-06-01T12:00:00Z.
    static let now = BusinessInstant(microsecondsSinceEpoch: 1_622_548_800_000_000)

    static func system(actor: String = "alice", directory: String = "/home/alice", terminal: Bool = false)
        -> SystemFacts
    {
        var system = SystemFacts(actor: actor, currentDirectory: directory, isStandardErrorTerminal: terminal)
        system.now = { now }
        return system
    }

    static func run(
        _ arguments: [String],
        environment: [String: String] = [:],
        root: Command = SampleCommands.root,
        system: SystemFacts = system()
    ) -> Outcome {
        var stdout = ""
        var stderr = ""
        let code = CLI.run(
            arguments: arguments, environment: environment, stdout: &stdout, stderr: &stderr,
            stdin: .bytes([]), system: system, root: root
        )
        return Outcome(code: code, stdout: stdout, stderr: stderr)
    }

    /// The sample `echo` command with its required arguments, plus `extra`.
    static func echo(_ extra: [String], environment: [String: String] = [:]) -> Outcome {
        run(["dossier", "echo", "P5-003", "--year", "2021"] + extra, environment: environment)
    }
}

extension Outcome {
    /// The `key=value` line the echo command printed for `key`.
    func echoed(_ key: String) -> String? {
        stdout.split(separator: "\n").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }
}
