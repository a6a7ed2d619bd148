import Testing

@testable import OperatorCLI

struct CommandLineParserTests {
    @Test func optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        let spaced = CLIHarness.echo(["--title", "Défi data", "--eigs", "2..3"])
        let joined = CLIHarness.echo(["--title=Défi data", "--eigs=2..3"])
        for outcome in [spaced, joined] {
            #expect(outcome.code == .success)
            #expect(outcome.echoed("title") == "Défi data")
            #expect(outcome.echoed("eigs") == "2-3")
        }
    }

    @Test func optionsAndArgumentsMayComeInAnyOrder() {
        let outcome = CLIHarness.run(["dossier", "echo", "--year", "2021", "P5-003", "--favourable", "7"])
        #expect(outcome.code == .success)
        #expect(outcome.echoed("id") == "P5-003")
        #expect(outcome.echoed("extras") == "7")
        #expect(outcome.echoed("favourable") == "true unfavourable=false")
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() {
        let outcome = CLIHarness.echo(["--tag", "b", "--tag=a"])
        #expect(outcome.echoed("tags") == "b,a")
    }

    @Test func aSecondValueForAnOptionThatTakesOneIsRefused() {
        let outcome = CLIHarness.echo(["--title", "A", "--title", "B"])
        #expect(outcome.code == .usage)
        #expect(outcome.stderr == "eig: --title is given more than once\nRun 'eig dossier echo --help' for usage.\n")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func doubleDashEndsTheOptions() {
        let outcome = CLIHarness.run(["dossier", "echo", "--year", "2021", "--", "--json", "-4"])
        #expect(outcome.echoed("id") == "--json")
        #expect(outcome.echoed("format") == "human actor=alice")
        let help = CLIHarness.run(["dossier", "echo", "--year", "2021", "--", "--help"])
        #expect(help.echoed("id") == "--help")
        let numbers = CLIHarness.run(["dossier", "echo", "--year", "2021", "--", "P1", "-4", "5"])
        #expect(numbers.echoed("extras") == "-4,5")
    }

    @Test func negativeNumbersAreValuesNotOptions() {
        let outcome = CLIHarness.run(["dossier", "echo", "P1", "-4", "--year", "2021"])
        #expect(outcome.echoed("extras") == "-4")
    }

    @Test(arguments: [
        (["--title"], "eig: --title needs a value <TEXT>: text of 1 to 20 characters\n"),
        (
            ["--title", "--json"],
            "eig: --title needs a value <TEXT>: text of 1 to 20 characters (for a value starting with '-', write --title=VALUE)\n"
        ),
        (["--json=yes"], "eig: --json is a flag and takes no value\n"),
        (["--year", "1999"], "eig: --year is given more than once\n"),
        (["--tittle", "x"], "eig: unknown option '--tittle'; did you mean '--title'?\n"),
        (["-t", "x"], "eig: unknown option '-t'\n"),
        (["-store", "x"], "eig: unknown option '-store'; did you mean '--store'?\n"),
        (["--eigs", "2..5"], "eig: invalid --eigs: '5' is out of range: expected an integer from 1 to 3\n"),
        (["--title="], "eig: invalid --title: the text is empty\n"),
        (["1", "2", "3"], "eig: unexpected argument '3'\n"),
        (["--favourable", "--unfavourable"], "eig: --favourable and --unfavourable cannot be used together\n"),
        (["--json", "--csv"], "eig: --json and --csv cannot be used together\n"),
        (
            ["--window", "2021-02-30..2021-04-07"],
            "eig: invalid --window: '2021-02-30' is not a valid date: February 2021 has 28 days\n"
        ),
    ])
    func usageProblemsExit64WithAMessageAndAHint(extra: [String], message: String) {
        let outcome = CLIHarness.echo(extra)
        #expect(outcome.code == .usage)
        #expect(outcome.stderr == message + "Run 'eig dossier echo --help' for usage.\n")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func missingArgumentsAndRequiredOptionsAreNamed() {
        let noID = CLIHarness.run(["dossier", "echo", "--year", "2021"])
        #expect(noID.code == .usage)
        #expect(noID.stderr.hasPrefix("eig: missing argument <ID>: The dossier.\n"))
        let noYear = CLIHarness.run(["dossier", "echo", "P1"])
        #expect(noYear.code == .usage)
        #expect(noYear.stderr.hasPrefix("eig: missing option --year <Y>\n"))
    }

    @Test func anUnknownCommandSuggestsTheClosest() {
        let outcome = CLIHarness.run(["dosier", "echo"])
        #expect(outcome.code == .usage)
        #expect(
            outcome.stderr
                == "eig: 'dosier' is not a command of 'eig'; did you mean 'dossier'?\nRun 'eig --help' for usage.\n")
        let verb = CLIHarness.run(["dossier", "ehco"])
        #expect(
            verb.stderr
                == "eig: 'ehco' is not a command of 'eig dossier'; did you mean 'echo'?\nRun 'eig dossier --help' for usage.\n"
        )
        let far = CLIHarness.run(["launch"])
        #expect(far.stderr == "eig: 'launch' is not a command of 'eig'\nRun 'eig --help' for usage.\n")
    }

    @Test func aGroupWithoutACommandListsItsCommands() {
        let outcome = CLIHarness.run(["dossier"])
        #expect(outcome.code == .usage)
        #expect(
            outcome.stderr
                == "eig: missing command: 'eig dossier' needs one of: echo, fail\nRun 'eig dossier --help' for usage.\n"
        )
        #expect(CLIHarness.run([]).stderr.hasPrefix("eig: missing command: 'eig' needs one of: dossier, stats\n"))
    }

    @Test func optionsBeforeTheCommandAreRefused() {
        let outcome = CLIHarness.run(["--store", "/x", "stats"])
        #expect(outcome.code == .usage)
        #expect(
            outcome.stderr.hasPrefix(
                "eig: expected a command after 'eig', not the option '--store'; options go after the command\n"))
    }

    @Test func optionsAreOnlyThoseTheCommandDeclares() {
        let outcome = CLIHarness.run(["stats", "--csv"])
        #expect(outcome.code == .usage)
        #expect(outcome.stderr.hasPrefix("eig: unknown option '--csv'"))
        #expect(CLIHarness.run(["stats", "--json"]).code == .success)
    }

    @Test func versionIsPrintedAtTheTopOnly() {
        let outcome = CLIHarness.run(["--version"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout == "eig \(CLI.version)\n")
        #expect(CLIHarness.run(["stats", "--version"]).code == .usage)
    }

    @Test func invalidUTF8InAnArgumentIsBadData() {
        var stdout = ""
        var stderr = ""
        let code = CLI.run(
            argumentBytes: [Array("dossier".utf8), [0x50, 0x35, 0xC3, 0x28]],
            environment: [:], stdout: &stdout, stderr: &stderr, system: CLIHarness.system()
        )
        #expect(code == .dataError)
        #expect(
            stderr
                == "eig: argument 2 is not valid UTF-8 (byte 0xC3 at offset 2); eig reads its arguments as UTF-8 text\n"
        )
        #expect(stdout.isEmpty)
    }

    @Test func validUTF8ArgumentsRunNormally() {
        var stdout = ""
        var stderr = ""
        let code = CLI.run(
            argumentBytes: [Array("--version".utf8)], environment: [:], stdout: &stdout, stderr: &stderr,
            system: CLIHarness.system()
        )
        #expect(code == .success)
        #expect(stdout == "eig \(CLI.version)\n")
    }
}
