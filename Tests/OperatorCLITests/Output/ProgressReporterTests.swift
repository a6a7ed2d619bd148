import Programme
import Synchronization
import Testing

@testable import OperatorCLI

struct ProgressReporterTests {
    /// A clock the test moves by hand, and what the reporter wrote.
    final class Recorder: Sendable {
        let output = Mutex("")
        let time = Mutex(Int64(0))

        func reporter(total: Int?, terminal: Bool) -> ProgressReporter {
            ProgressReporter(
                label: "rebuild", total: total, isEnabled: terminal,
                write: { text in self.output.withLock { $0 += text } },
                now: { BusinessInstant(microsecondsSinceEpoch: self.time.withLock { $0 }) }
            )
        }

        func advance(milliseconds: Int64) {
            time.withLock { $0 += milliseconds * 1000 }
        }

        var text: String { output.withLock { $0 } }
    }

    @Test func nothingIsDrawnWhenStandardErrorIsNotATerminal() {
        let recorder = Recorder()
        var progress = recorder.reporter(total: 10, terminal: false)
        for step in 1...10 {
            recorder.advance(milliseconds: 500)
            progress.update(completed: step)
        }
        progress.finish()
        #expect(recorder.text.isEmpty)
    }

    @Test func onATerminalTheLineIsRedrawnAtMostEvery100Milliseconds() {
        let recorder = Recorder()
        var progress = recorder.reporter(total: 1000, terminal: true)
        progress.update(completed: 1)
        recorder.advance(milliseconds: 50)
        progress.update(completed: 450)
        recorder.advance(milliseconds: 60)
        progress.update(completed: 500)
        progress.update(completed: 1000)
        progress.finish()
        #expect(
            recorder.text == "\rrebuild: 0% (1 of 1000)\u{1B}[K" + "\rrebuild: 50% (500 of 1000)\u{1B}[K"
                + "\rrebuild: 100% (1000 of 1000)\u{1B}[K" + "\r\u{1B}[K"
        )
    }

    @Test func withoutATotalTheCountIsShown() {
        let recorder = Recorder()
        var progress = recorder.reporter(total: nil, terminal: true)
        progress.update(completed: 42)
        #expect(recorder.text == "\rrebuild: 42\u{1B}[K")
    }

    @Test func theConsoleDrawsProgressOnlyOnATerminal() {
        let command = Command(
            name: "rebuild", summary: "Rebuild.",
            run: { invocation in
                var progress = invocation.console.makeProgress("rebuild", total: 2)
                progress.update(completed: 2)
                progress.finish()
                invocation.console.printLine("done")
            }
        )
        let root = Command(group: "eig", summary: "Test.", subcommands: [command])
        let pipe = CLIHarness.run(["rebuild"], root: root)
        #expect(pipe.stderr.isEmpty)
        let terminal = CLIHarness.run(["rebuild"], root: root, system: CLIHarness.system(terminal: true))
        #expect(terminal.stderr == "\rrebuild: 100% (2 of 2)\u{1B}[K\r\u{1B}[K")
        #expect(terminal.stdout == "done\n")
    }
}
