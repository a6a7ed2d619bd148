/// The operator's command line, as a function: arguments, environment and streams in, an exit
/// code out. `main.swift` calls it with the process's own; tests call it with theirs.
public enum CLI {
    /// eig's version, printed by `eig --version`.
    public static let version = "0.1.0"

    /// Runs one command line.
    ///
    /// - Parameters:
    ///   - arguments: the arguments after the program name.
    ///   - environment: the process environment (`EIG_STORE`).
    ///   - stdout: receives the command's data.
    ///   - stderr: receives messages and progress.
    ///   - stdin: what `-` reads.
    ///   - system: who runs the command, where, on what terminal, at what time.
    /// - Returns: the exit code (DESIGN §7).
    public static func run(
        arguments: [String],
        environment: [String: String],
        stdout: inout some TextOutputStream,
        stderr: inout some TextOutputStream,
        stdin: StandardInput = .bytes([]),
        system: SystemFacts = .current
    ) -> ExitCode {
        run(
            arguments: arguments, environment: environment, stdout: &stdout, stderr: &stderr,
            stdin: stdin, system: system, root: CommandTree.root
        )
    }

    /// Runs one command line given as the bytes the kernel passed, refusing arguments that are
    /// not valid UTF-8 (exit 65) instead of letting them be silently repaired.
    public static func run(
        argumentBytes: [[UInt8]],
        environment: [String: String],
        stdout: inout some TextOutputStream,
        stderr: inout some TextOutputStream,
        stdin: StandardInput = .bytes([]),
        system: SystemFacts = .current
    ) -> ExitCode {
        let arguments: [String]
        do {
            arguments = try ArgumentDecoding.decode(argumentBytes)
        } catch {
            stderr.write(ErrorReport(for: error).text)
            return error.code
        }
        return run(
            arguments: arguments, environment: environment, stdout: &stdout, stderr: &stderr,
            stdin: stdin, system: system
        )
    }

    /// The process's arguments after the program name, as bytes: `CommandLine.arguments`
    /// replaces invalid UTF-8 with U+FFFD, which would hide bad input.
    public static func processArgumentBytes() -> [[UInt8]] {
        ArgumentDecoding.processArgumentBytes()
    }

    /// The runner behind the public entry points, for any command tree (tests give their own).
    static func run<Output: TextOutputStream, Errors: TextOutputStream>(
        arguments: [String],
        environment: [String: String],
        stdout: inout Output,
        stderr: inout Errors,
        stdin: StandardInput,
        system: SystemFacts,
        root: Command
    ) -> ExitCode {
        var pending = ""
        func writeOutput(_ text: String) {
            pending += text
            if pending.utf8.count >= 1 << 16 {
                stdout.write(pending)
                pending = ""
            }
        }
        func writeError(_ text: String) {
            if !pending.isEmpty {
                stdout.write(pending)
                pending = ""
            }
            stderr.write(text)
        }
        let code = withoutActuallyEscaping(writeOutput) { writeOutput in
            withoutActuallyEscaping(writeError) { writeError in
                let console = Console(
                    writeOutput: writeOutput, writeError: writeError,
                    isErrorTerminal: system.isStandardErrorTerminal, now: system.now
                )
                return dispatch(
                    arguments, environment: environment, console: console, stdin: stdin, system: system, root: root
                )
            }
        }
        if !pending.isEmpty {
            stdout.write(pending)
        }
        if let failure = (stdout as? any WriteFailureReporting)?.writeFailure {
            stderr.write("eig: cannot write to standard output: \(failure)\n")
            return .ioError
        }
        return code
    }

    /// Parses, then prints help or the version, or runs the command; every error ends here.
    static func dispatch(
        _ arguments: [String],
        environment: [String: String],
        console: Console,
        stdin: StandardInput,
        system: SystemFacts,
        root: Command
    ) -> ExitCode {
        do {
            switch try CommandLineParser(root: root).parse(arguments) {
            case .version:
                console.printLine("eig \(version)")
            case .help(let path, let command):
                console.write(HelpRenderer().render(command, path: path))
            case .run(let path, let command, let values):
                let context = try CommandContext(
                    values: values, command: command, path: path, environment: environment, system: system
                )
                var invocation = Invocation(
                    commandPath: path, context: context, console: console, standardInput: stdin, parsed: values
                )
                invocation.gateLog = try AccessGate.check(command, path: path, context: context)
                try command.run?(invocation)
            }
            return .success
        } catch {
            let report = ErrorReport(for: error)
            console.writeError(report.text)
            return report.code
        }
    }
}
