import Testing

@testable import OperatorCLI

struct CommandContextTests {
    @Test func theStoreIsTheOptionElseTheEnvironmentElseEventLog() {
        #expect(
            CLIHarness.echo(["--store", "/srv/eig"], environment: ["EIG_STORE": "/env"]).echoed("store")
                == "/srv/eig option")
        #expect(CLIHarness.echo([], environment: ["EIG_STORE": "/env/eig"]).echoed("store") == "/env/eig environment")
        #expect(
            CLIHarness.echo([], environment: ["EIG_STORE": ""]).echoed("store") == "/home/alice/EventLog defaultPath")
        #expect(CLIHarness.echo([]).echoed("store") == "/home/alice/EventLog defaultPath")
    }

    @Test func relativeStorePathsAreResolvedAgainstTheWorkingDirectory() {
        #expect(CLIHarness.echo(["--store", "data/../stores/./a"]).echoed("store") == "/home/alice/stores/a option")
        #expect(StoreLocation.absolute("../../..", from: "/a") == "/")
    }

    @Test func theActorIsTheAccountRunningTheCommand() {
        let outcome = CLIHarness.echo(["--json"])
        #expect(outcome.echoed("format") == "json actor=alice")
        #expect(SystemFacts.accountName(of: 0) == "root")
        #expect(SystemFacts.accountName(of: 4_000_000_000) == "uid:4000000000")
    }

    @Test func recordingOptionsAreReadOnce() {
        let outcome = CLIHarness.echo([
            "--command-id", "import-2021:17", "--on-behalf-of", "Jury chair", "--at", "2021-04-07T18:00",
            "--reason", "Paper form received late",
        ])
        #expect(outcome.code == .success)
        #expect(outcome.echoed("command-id") == "import-2021:17 on-behalf-of=Jury chair")
        #expect(outcome.echoed("at") == "2021-04-07T16:00:00Z reason=Paper form received late")
    }

    @Test func atNeedsAReasonAndAReasonNeedsAt() {
        let noReason = CLIHarness.echo(["--at", "2021-04-07"])
        #expect(noReason.code == .usage)
        #expect(noReason.stderr.hasPrefix("eig: --at needs --reason TEXT, saying why the event is recorded late\n"))
        let noAt = CLIHarness.echo(["--reason", "late"])
        #expect(noAt.code == .usage)
        #expect(noAt.stderr.hasPrefix("eig: --reason goes with --at: it says why an event is recorded late\n"))
    }

    @Test func atMayNotBeInTheFuture() {
        let outcome = CLIHarness.echo(["--at", "2021-06-01T14:00:01", "--reason", "x"])
        #expect(outcome.code == .usage)
        #expect(outcome.stderr.hasPrefix("eig: --at 2021-06-01T12:00:01Z is in the future"))
        #expect(CLIHarness.echo(["--at", "2021-06-01T14:00", "--reason", "x"]).code == .success)
        #expect(CLIHarness.echo(["--at", "2021-06-01", "--reason", "x"]).code == .success)
    }

    @Test func aCommandsOwnReasonAlsoExplainsAt() throws {
        let withdraw = Command(
            name: "withdraw", summary: "Withdraw.",
            options: [
                Option("reason", valueName: "TEXT", help: "Why.", parser: ValueParser<String>.text(maxLength: 50))
            ],
            groups: [.recording],
            run: { invocation in
                invocation.console.printLine(invocation.context.recording.backdating?.reason ?? "now")
            }
        )
        let root = Command(group: "eig", summary: "Test.", subcommands: [withdraw])
        #expect(CLIHarness.run(["withdraw", "--reason", "No budget"], root: root).stdout == "now\n")
        let late = CLIHarness.run(["withdraw", "--reason", "No budget", "--at", "2021-05-01"], root: root)
        #expect(late.stdout == "No budget\n")
        #expect(withdraw.allOptions.filter { $0.name == "reason" }.count == 1)
    }
}
