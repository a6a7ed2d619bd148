import EventStore
import Operations
import Programme

/// `eig demo`: a store a newcomer can explore at once.
enum DemoCommand {
    static let command = Command(
        name: "demo",
        summary: "Build a store to explore: history and a simulated 2021.",
        discussion: "Creates the store if needed (./EventLog by default), imports the published défis of "
            + "2017-2020, then simulates edition 5 (2021) along its published figures: 18 project dossiers "
            + "filed, 16 accepted; 471 candidatures, 96 interviewed, 39 recruited; with jury scores, "
            + "corrections, refusals and withdrawals, dated as they would have happened. People's names go "
            + "to the vault. Every command has a fixed id: running the demo again changes nothing.",
        groups: [.store, .json],
        examples: [
            Example("eig demo", "Build the demo store in ./EventLog."),
            Example("eig demo --store /tmp/eig-demo", "Build it in /tmp/eig-demo."),
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let context = invocation.context
        let now = context.now
        let (office, created) = try invocation.perform { () throws(OperationsError) in
            try ProgrammeOffice.openOrCreate(
                at: context.store.path, actor: context.actor,
                clock: now,
                options: StorePermissions.options(for: context.store.path))
        }
        let report = try invocation.perform { () throws(OperationsError) in try office.runDemo() }
        if context.format == .json {
            invocation.emitJSON(
                JSON.object([
                    ("store", .string(context.store.path)), ("created", .bool(created)),
                    ("changedNothing", .bool(report.changedNothing)),
                    ("recorded", .integer(report.history.recordedCommands + report.recordedCommands)),
                    ("head", .integer(Int(report.headPosition))),
                ]))
            return
        }
        let console = invocation.console
        let store = context.store.source == .defaultPath ? "" : " --store \(context.store.path)"
        console.printLine("Store \(context.store.path)\(created ? " (created)" : "")")
        console.printLine(
            "  2017-2020: \(report.history.challenges) défis and \(report.history.entrepreneurs) entrepreneurs "
                + "of editions \(report.history.editions.map(\.rawValue).joined(separator: ", "))")
        console.printLine(
            "  2021, edition 5: \(DemoReport.filedDossiers) dossiers filed, \(DemoReport.acceptedDossiers) "
                + "accepted; \(DemoReport.candidatures) candidatures, \(DemoReport.interviewed) interviewed, "
                + "\(DemoReport.recruited) recruited")
        if report.changedNothing {
            console.printLine("  Nothing new: the demo had already run on this store.")
        } else {
            let recorded = report.history.recordedCommands + report.recordedCommands
            console.printLine("  \(recorded) commands recorded; the log ends at position \(report.headPosition).")
        }
        console.printLine("")
        console.printLine("Try next:")
        for line in [
            "eig dossier list --edition 5\(store)", "eig dossier show P5-001\(store)",
            "eig candidate show C5-0001\(store)", "eig log show --limit 20\(store)", "eig verify\(store)",
        ] {
            console.printLine("  \(line)")
        }
    }
}
