import Testing

@testable import OperatorCLI

struct HelpTests {
    @Test(arguments: [
        ["--help"], ["-h"], ["dossier", "--help"], ["dossier", "echo", "--help"], ["dossier", "echo", "-h"],
    ])
    func helpIsOnStandardOutputWithExitZero(arguments: [String]) {
        let outcome = CLIHarness.run(arguments)
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("OVERVIEW: "))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func theTopLevelListsCommandsEnvironmentAndExitCodes() {
        let help = CLIHarness.run(["--help"]).stdout
        #expect(help.contains("USAGE: eig <command> [arguments] [options]"))
        #expect(help.contains("  dossier                 Project dossiers.\n"))
        #expect(help.contains("  stats                   Top-level verb.\n"))
        #expect(help.contains("  --version               Print eig's version.\n"))
        #expect(help.contains("EIG_STORE"))
        for code in ExitCode.allCases {
            #expect(help.contains("\n  \(code.rawValue)"))
        }
    }

    @Test func aGroupListsItsCommands() {
        let help = CLIHarness.run(["dossier", "-h"]).stdout
        #expect(help.hasPrefix("OVERVIEW: Project dossiers.\n"))
        #expect(help.contains("USAGE: eig dossier <command> [arguments] [options]"))
        #expect(help.contains("  echo                    Print back what was parsed.\n"))
        #expect(help.contains("See 'eig dossier <command> --help' for the help of a command."))
    }

    @Test func aCommandShowsUsageArgumentsOptionsGroupsAndExamples() {
        let help = CLIHarness.run(["dossier", "echo", "--help"]).stdout
        #expect(help.contains("A command for the kit's tests"))
        #expect(help.contains("USAGE: eig dossier echo <ID> [<N>...] --year <Y> [--eigs <MIN..MAX>]"))
        #expect(help.contains("[--tag <TAG> ...]"))
        #expect(help.contains("ARGUMENTS:\n  <ID>                    The dossier. (an id of letters"))
        #expect(
            help.contains(
                "  --year <Y>              The edition's year. (an integer from 2015 to 2100;\n                          required)\n"
            ))
        #expect(help.contains("  -h, --help              Show this help.\n"))
        #expect(help.contains("STORE OPTIONS:\n  --store <DIR>"))
        #expect(help.contains("OUTPUT OPTIONS:\n  --json"))
        #expect(help.contains("RECORDING OPTIONS:\n  --command-id <ID>"))
        #expect(help.contains("EXAMPLES:\n  eig dossier echo P5-003 --year 2021\n      Echo a dossier.\n"))
    }

    @Test func helpWinsOverOtherProblemsOnTheLine() {
        let outcome = CLIHarness.run(["dossier", "echo", "--bogus", "--help"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("OVERVIEW: Print back what was parsed."))
        #expect(CLIHarness.run(["dossier", "nope", "--help"]).stdout.hasPrefix("OVERVIEW: Project dossiers."))
    }

    @Test(arguments: [["--help"], ["dossier", "--help"], ["dossier", "echo", "--help"]])
    func helpFitsIn80Columns(arguments: [String]) {
        let lines = CLIHarness.run(arguments).stdout.split(separator: "\n")
        for line in lines {
            #expect(DisplayWidth.of(String(line)) <= 80, "\(line)")
            #expect(!line.hasSuffix(" "), "trailing space: \(line)")
        }
    }

    @Test func wrappingKeepsWordsAndIndents() {
        let renderer = HelpRenderer(width: 20)
        #expect(renderer.wrap("one two three four five six", indent: 2) == "  one two three four\n  five six")
        #expect(renderer.wrap("a\n\nb", indent: 2) == "  a\n\n  b")
    }
}
