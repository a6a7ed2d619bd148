import Programme

/// Where a command writes: data on standard output, messages and progress on standard error
/// (DESIGN §7).
///
/// The runner builds it around the streams given to ``CLI/run(arguments:environment:stdout:stderr:stdin:system:)``,
/// so a command never touches the process's streams and tests read exactly what it wrote.
/// A `Console` lives only during one run: never keep it.
struct Console {
    let writeOutput: (String) -> Void
    let writeError: (String) -> Void
    /// Whether standard error is a terminal: progress is drawn only then.
    let isErrorTerminal: Bool
    let now: () -> BusinessInstant

    /// Writes `text` to standard output as is.
    func write(_ text: String) {
        writeOutput(text)
    }

    /// Writes one line of data to standard output.
    func printLine(_ line: String = "") {
        writeOutput(line + "\n")
    }

    /// Tells the operator something on standard error: `eig: <message>`.
    func note(_ message: String) {
        writeError("eig: \(message)\n")
    }

    /// A progress reporter for a long task, silent unless standard error is a terminal.
    func makeProgress(_ label: String, total: Int?) -> ProgressReporter {
        ProgressReporter(label: label, total: total, isEnabled: isErrorTerminal, write: writeError, now: now)
    }
}
