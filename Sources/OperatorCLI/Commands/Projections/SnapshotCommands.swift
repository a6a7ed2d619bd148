import EventStore
import Operations
import Projections

/// `eig snapshot create|list|verify|prune`: snapshots of the read models, to rebuild from.
enum SnapshotCommands {
    static let group = Command(
        group: "snapshot",
        summary: "Snapshots of the read models: create, list, verify, prune.",
        discussion: "A snapshot (<store>/snapshots/<name>-<position>.snapshot) holds a read model "
            + "as it was at a log position, stamped with its version and the log's chain hash "
            + "there. A rebuild starts from the newest one that matches; one that does not (damaged, "
            + "another version, another log) is reported and never used.",
        subcommands: [create, list, verify, prune]
    )

    static let name = Argument(
        "NAME", help: "Only this read model (dossiers, candidatures, promotions, statistics).",
        parser: .choice(of: ReadModelName.self), count: 0...1)

    static let create = Command(
        name: "create",
        summary: "Catch the read models up and take a snapshot of each.",
        arguments: [name],
        groups: [.store],
        run: { invocation in
            let store = try ProjectionsCommands.openStore(invocation)
            let names = invocation.arguments(name)
            let (snapshots, report) = try invocation.withProgress("catch-up") { (progress) throws(ProjectionError) in
                try store.createSnapshots(names.isEmpty ? ReadModelName.allCases : names, progress: progress)
            }
            ProjectionsCommands.describe(report, to: invocation)
            for snapshot in snapshots { invocation.console.printLine("created \(snapshot.path)") }
        }
    )

    static let list = Command(
        name: "list",
        summary: "List the snapshots, each checked.",
        groups: [.store, .json],
        run: { invocation in
            let store = try ProjectionsCommands.openStore(invocation)
            let snapshots = try ProjectionsCommands.withErrors { () throws(ProjectionError) in try store.snapshots() }
            emit(snapshots, to: invocation)
        }
    )

    static let verify = Command(
        name: "verify",
        summary: "Check every snapshot; exit 74 if one cannot be used.",
        discussion: "A snapshot can be used when its file's checksum matches, its version is this "
            + "build's and the log has its chain hash at its position.",
        groups: [.store, .json],
        run: { invocation in
            let store = try ProjectionsCommands.openStore(invocation)
            let snapshots = try ProjectionsCommands.withErrors { () throws(ProjectionError) in try store.snapshots() }
            emit(snapshots, to: invocation)
            let unusable = snapshots.filter { !$0.isUsable }
            if !unusable.isEmpty {
                throw CLIError(.ioError, "\(unusable.count) of \(snapshots.count) snapshots cannot be used")
            }
        }
    )

    static let keep = Option(
        "keep", valueName: "N", help: "How many of the newest usable snapshots of each read model to keep.",
        parser: .integer(in: 0...10_000), defaultDescription: "2")

    static let prune = Command(
        name: "prune",
        summary: "Remove all but the newest usable snapshots of each read model.",
        discussion: "Unusable snapshots (damaged, another version, another log) are removed too.",
        options: [keep],
        groups: [.store],
        examples: [Example("eig snapshot prune --keep 7", "A week of daily snapshots.")],
        run: { invocation in
            let store = try ProjectionsCommands.openStore(invocation)
            let count = invocation.value(of: keep) ?? 2
            let removed = try ProjectionsCommands.withErrors { () throws(ProjectionError) in
                try store.pruneSnapshots(keep: count)
            }
            for snapshot in removed { invocation.console.printLine("removed \(snapshot.path)") }
        }
    )

    static func emit(_ snapshots: [SnapshotEntry], to invocation: Invocation) {
        if invocation.context.format == .json {
            invocation.emitJSON(
                .array(
                    snapshots.map { snapshot in
                        [
                            "model": .string(snapshot.model.rawValue), "position": .integer(Int(snapshot.position)),
                            "version": JSON(snapshot.version.map(Int.init)), "bytes": .integer(Int(snapshot.size)),
                            "createdAt": JSON(snapshot.createdAt?.iso8601), "path": .string(snapshot.path),
                            "usable": .bool(snapshot.isUsable), "problem": JSON(snapshot.problem),
                        ]
                    }))
            return
        }
        var table = Table(columns: [
            Table.Column("model"), Table.Column("position", alignment: .right),
            Table.Column("version", alignment: .right),
            Table.Column("bytes", alignment: .right), Table.Column("created"), Table.Column("state", maxWidth: 60),
        ])
        for snapshot in snapshots {
            table.append([
                .text(snapshot.model.rawValue), .integer(Int(snapshot.position)),
                snapshot.version.map { .integer(Int($0)) } ?? .empty, .integer(Int(snapshot.size)),
                snapshot.createdAt.map { .text($0.iso8601) } ?? .empty, .text(snapshot.problem ?? "usable"),
            ])
        }
        invocation.emit(table)
    }
}
