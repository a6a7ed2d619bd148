import EventStore
import Operations
import Programme

/// `eig replay [--as-at POSITION|DATETIME] [--as-of DATE] QUERY…`: a query as the log knew it
/// then (bitemporal replay, DESIGN §6).
enum ReplayCommands {
    static let asAt = Option(
        "as-at", valueName: "POSITION|DATETIME",
        help: "Stop at this log position, or at the last event recorded by this time (a bare date: "
            + "by the end of that day, Europe/Paris).",
        parser: ReplayPointArgument.parser, defaultDescription: "the log's head")
    static let asOf = Option(
        "as-of", valueName: "DATE",
        help: "Fold only the events that had occurred by this business date or time (a bare date: "
            + "its whole day, Europe/Paris).",
        parser: ValueParser<BusinessInstant>.dateOrDateTime(bareDate: .endOfDay), defaultDescription: "every event")

    static let group = Command(
        group: "replay", summary: "Run a query on the state the log held at a past position or time.",
        discussion: "eig replay --as-at POSITION|DATETIME [--as-of DATE] QUERY: the query (dossier "
            + "list|show, candidate list|show, promotion show|list, stats) on read models folded in "
            + "memory from the log's first event up to that position, or up to the last event recorded "
            + "by that time: what the system knew then. With --as-of, only the events that had "
            + "occurred by that business date count (an event recorded late, with --at, counts from its "
            + "occurred-at). Nothing is written; the persisted read models are not used. The output "
            + "says which position it stands on (standard error for --json and --csv). --as-at and "
            + "--as-of may come before or after the query's words.",
        subcommands: [
            Command(
                group: "dossier", summary: "Dossiers as they were.",
                subcommands: [replayed(DossierListCommand.command), replayed(showing: DossierShowCommand.command)],
                leadingOptions: [asAt, asOf]),
            Command(
                group: "candidate", summary: "Candidatures as they were.",
                subcommands: [
                    replayed(CandidateListCommand.command), replayed(showing: CandidateShowCommand.command),
                ],
                leadingOptions: [asAt, asOf]),
            Command(
                group: "promotion", summary: "Promotions as they were.",
                subcommands: [replayed(PromotionShowCommand.command), replayed(PromotionListCommand.command)],
                leadingOptions: [asAt, asOf]),
            replayed(StatsCommand.command),
        ],
        leadingOptions: [asAt, asOf])

    /// A read-side query command, run on the replayed read models.
    static func replayed(_ query: Command) -> Command {
        var command = query
        command.options += [asAt.declaration, asOf.declaration]
        command.examples = []
        let run = query.run
        command.run = { invocation in
            var invocation = invocation
            invocation.context.replay = request(invocation)
            try run?(invocation)
        }
        return command
    }

    /// `dossier show` or `candidate show`, on the aggregate folded up to the replay's point.
    static func replayed(showing query: Command) -> Command {
        var command = query
        command.options += [asAt.declaration, asOf.declaration]
        command.examples = []
        command.run = { invocation in try ReplayShow.run(invocation, noun: invocation.commandPath.dropLast().last ?? "")
        }
        return command
    }

    /// The replay the options ask for.
    static func request(_ invocation: Invocation) -> ReplayRequest {
        ReplayRequest(
            point: invocation.value(of: asAt) ?? .head,
            occurredBefore: invocation.value(of: asOf)?.adding(microseconds: 1))
    }
}

extension Invocation {
    /// The read models folded in memory as the replay request says.
    func openReplay(_ request: ReplayRequest) throws(CLIError) -> Replay {
        let point: Replay.Point =
            switch request.point {
            case .head: .head
            case .position(let position): .position(position)
            case .recordedBefore(let instant):
                .recordedAt(Timestamp(microsecondsSinceEpoch: instant.microsecondsSinceEpoch - 1))
            }
        do {
            let replay = try Replay(
                store: context.store.path, at: point,
                occurredBefore: request.occurredBefore)
            if context.format == .human {
                console.printLine("Replay " + replay.description + ".")
            } else {
                console.note("replay " + replay.description)
            }
            return replay
        } catch  where error.code == .notFound {
            throw CLIError(.notFound, "no store \(context.store.described)", cause: error)
        } catch {
            throw CLIError(operations: error)
        }
    }
}
