import EventStore
import Operations
import Projections

/// `eig projections status|catch-up|rebuild`: the read models' engine, for operators and cron.
enum ProjectionsCommands {
    static let group = Command(
        group: "projections",
        summary: "Keep the read models current: status, catch-up, rebuild.",
        discussion: "Read models (dossiers, candidatures, promotions, statistics) are folds of the "
            + "log persisted under <store>/projections, each with the log position it is at. "
            + "Queries catch them up first; cron can too, every minute (see README).",
        subcommands: [status, catchUp, rebuild]
    )

    static let status = Command(
        name: "status",
        summary: "Show each read model's version, position and lag behind the log.",
        groups: [.store, .json],
        run: { invocation in
            let store = try openStore(invocation)
            let (head, models) = try withErrors { () throws(ProjectionError) in try store.status() }
            if invocation.context.format == .json {
                invocation.emitJSON([
                    "head": .integer(Int(head.position)),
                    "models": .array(
                        models.map { model in
                            [
                                "name": .string(model.name.rawValue), "version": .integer(Int(model.version)),
                                "state": .string(model.condition.summary),
                                "position": JSON(model.position.map(Int.init)),
                                "lag": .integer(Int(model.lag)), "partitions": .integer(model.partitions),
                                "committedAt": JSON(model.committedAt?.iso8601),
                            ]
                        }),
                ])
                return
            }
            var table = Table(columns: [
                Table.Column("name"), Table.Column("version", alignment: .right),
                Table.Column("position", alignment: .right),
                Table.Column("lag", alignment: .right), Table.Column("state"), Table.Column("committed"),
            ])
            for model in models {
                table.append([
                    .text(model.name.rawValue), .integer(Int(model.version)),
                    model.position.map { .integer(Int($0)) } ?? .empty, .integer(Int(model.lag)),
                    .text(model.condition.summary), model.committedAt.map { .text($0.iso8601) } ?? .empty,
                ])
            }
            invocation.console.printLine("log head: \(head.position)")
            invocation.emit(table)
        }
    )

    static let catchUp = Command(
        name: "catch-up",
        summary: "Apply what is new in the log to every read model.",
        discussion: "Safe to run every minute from cron: it takes its own lock "
            + "(<store>/projections/lock), prints nothing and exits 0 when nothing is new, and exits "
            + "75 when another catch-up or rebuild holds the lock, 74 on an I/O error or a damaged "
            + "log, 65 when the log holds an event this build cannot read. A read model built by "
            + "another version of eig, or from another log, is rebuilt, and said so.",
        groups: [.store],
        examples: [Example("eig projections catch-up --store /srv/eig", "What cron runs.")],
        run: { invocation in
            let store = try openStore(invocation)
            let report = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
                try store.catchUp(progress: progress)
            }
            describe(report, to: invocation)
            // The read models are current up to the damage; cron must hear of it.
            try StoreAccess.requireReadToTheEnd(store.log, consequence: "the read models stop there")
        }
    )

    static let fromZero = Flag("from-zero", help: "Fold from the first event, ignoring snapshots.")
    static let name = Argument(
        "NAME", help: "The read model to rebuild (dossiers, candidatures, promotions, statistics); all by default.",
        parser: .choice(of: ReadModelName.self), count: 0...1)

    static let rebuild = Command(
        name: "rebuild",
        summary: "Fold read models again, from the newest valid snapshot or from zero.",
        discussion: "The new read model is written beside the one in use and swapped in "
            + "atomically: queries keep reading the old one until then, and a rebuild that fails "
            + "or is killed leaves it in place. Snapshots that do not match the log or this "
            + "version of eig are reported and never used. Progress is drawn on a terminal. If damage "
            + "stops the reading of the log, the read models are built up to it and the command exits 74.",
        arguments: [name],
        options: [fromZero],
        groups: [.store],
        examples: [
            Example("eig projections rebuild", "Every read model."),
            Example("eig projections rebuild statistics --from-zero", "One, from the first event."),
        ],
        run: { invocation in
            let store = try openStore(invocation)
            let names = invocation.arguments(name)
            let report = try invocation.withProgress("rebuild") { (progress) throws(ProjectionError) in
                try store.rebuild(
                    names.isEmpty ? ReadModelName.allCases : names, fromZero: invocation.isSet(fromZero),
                    progress: progress)
            }
            describe(report, to: invocation)
            try StoreAccess.requireReadToTheEnd(store.log, consequence: "the read models stop there")
        }
    )

    /// The store's read side, for the engine's commands (which write `projections/`; they
    /// report damage that stops the reading of the log themselves).
    static func openStore(_ invocation: Invocation) throws(CLIError) -> ProjectionStore {
        try invocation.openReadSide(notingDamage: false).projections
    }

    static func withErrors<T>(_ body: () throws(ProjectionError) -> T) throws(CLIError) -> T {
        do throws(ProjectionError) {
            return try body()
        } catch {
            throw CLIError(error)
        }
    }

    /// One line per read model that changed; ignored snapshots on standard error.
    static func describe(_ report: FoldReport, to invocation: Invocation) {
        for snapshot in report.ignoredSnapshots {
            invocation.console.note("ignored the snapshot \(snapshot.path): \(snapshot.problem ?? "unusable")")
        }
        for outcome in report.models {
            var line =
                "\(outcome.name.rawValue): \(outcome.events) events folded, position \(outcome.from) → \(outcome.to)"
            if let cause = outcome.cause {
                line += " (rebuilt: \(cause.summary)"
                line += outcome.snapshot.map { ", from the snapshot at \($0))" } ?? ")"
            }
            invocation.console.printLine(line)
        }
    }
}
