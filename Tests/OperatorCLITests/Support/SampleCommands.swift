import Programme

@testable import OperatorCLI

/// A small command tree that uses every kind of value, shared by the kit's tests: `eig dossier
/// echo` prints back what the kit parsed, `eig dossier fail` throws the error it is asked for.
enum SampleCommands {
    static let id = Argument("ID", help: "The dossier.", parser: ValueParser<String>.identifier())
    static let extras = Argument("N", help: "Extra numbers.", parser: ValueParser<Int>.integer(), count: 0...2)
    static let year = Option(
        "year", valueName: "Y", help: "The edition's year.", parser: ValueParser<Int>.integer(in: 2015...2100),
        isRequired: true
    )
    static let eigs = Option(
        "eigs", valueName: "MIN..MAX", help: "Entrepreneurs per défi.",
        parser: ValueParser<ClosedRange<Int>>.integerRange(within: 1...3)
    )
    static let window = Option(
        "window", valueName: "FROM..TO", help: "The call.", parser: ValueParser<DateSpan>.days)
    static let profiles = Option(
        "profiles", valueName: "LIST", help: "Profiles.",
        parser: ValueParser<[String]>.list(of: .choice(["dev", "design", "datascience"]), count: 1...3)
    )
    static let title = Option(
        "title", valueName: "TEXT", help: "The title.", parser: ValueParser<String>.text(maxLength: 20))
    static let tag = Option(
        "tag", valueName: "TAG", help: "A tag.", parser: ValueParser<String>.identifier(), isRepeatable: true
    )
    static let favourable = Flag("favourable", help: "A favourable opinion.")
    static let unfavourable = Flag("unfavourable", help: "An unfavourable opinion.")

    static let echo = Command(
        name: "echo",
        summary: "Print back what was parsed.",
        discussion: "A command for the kit's tests: every kind of value, printed back one per line.",
        arguments: [id, extras],
        options: [year, eigs, window, profiles, title, tag, favourable, unfavourable],
        groups: [.store, .jsonOrCSV, .recording],
        exclusive: [["favourable", "unfavourable"]],
        examples: [Example("eig dossier echo P5-003 --year 2021", "Echo a dossier.")],
        run: { invocation in
            var lines = ["id=\(try invocation.argument(id))"]
            lines.append("extras=\(invocation.arguments(extras).map(String.init).joined(separator: ","))")
            lines.append("year=\(try invocation.required(year))")
            if let eigs = invocation.value(of: eigs) { lines.append("eigs=\(eigs.lowerBound)-\(eigs.upperBound)") }
            if let window = invocation.value(of: window) { lines.append("window=\(window.opensAt)/\(window.closesAt)") }
            if let profiles = invocation.value(of: profiles) {
                lines.append("profiles=\(profiles.joined(separator: ","))")
            }
            if let title = invocation.value(of: title) { lines.append("title=\(title)") }
            lines.append("tags=\(invocation.values(of: tag).joined(separator: ","))")
            lines.append("favourable=\(invocation.isSet(favourable)) unfavourable=\(invocation.isSet(unfavourable))")
            let context = invocation.context
            lines.append("store=\(context.store.path) \(context.store.source)")
            lines.append("format=\(context.format) actor=\(context.actor)")
            let recording = context.recording
            lines.append("command-id=\(recording.commandID ?? "-") on-behalf-of=\(recording.onBehalfOf ?? "-")")
            if let late = recording.backdating {
                lines.append("at=\(CommandContext.shown(late.occurredAt)) reason=\(late.reason)")
            }
            for line in lines { invocation.console.printLine(line) }
        }
    )

    static let code = Argument("CODE", help: "The exit code to fail with.", parser: ValueParser<Int>.integer())

    /// Throws a `CLIError` with the exit code given, or, for `70`, an error nobody anticipated.
    static let fail = Command(
        name: "fail", summary: "Fail with an exit code.", arguments: [code],
        run: { invocation in
            let number = try invocation.argument(code)
            guard let exit = ExitCode(rawValue: Int32(number)), exit != .internalError else {
                throw UnexpectedError()
            }
            invocation.console.printLine("partial output")
            throw CLIError(exit, "failing with \(number)")
        }
    )

    struct UnexpectedError: Error {}

    static let root = Command(
        group: "eig",
        summary: "Test tree.",
        subcommands: [
            Command(group: "dossier", summary: "Project dossiers.", subcommands: [echo, fail]),
            Command(name: "stats", summary: "Top-level verb.", groups: [.json], run: { $0.console.printLine("stats") }),
        ]
    )
}
