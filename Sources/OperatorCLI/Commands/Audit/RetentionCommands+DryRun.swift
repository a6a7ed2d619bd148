import EventStore
import Operations
import Programme

extension RetentionCommands {
    /// `--dry-run`: the candidates due, then the orphan records (if any) under their own
    /// heading; with `--json`, one document `{"candidates": [...], "orphans": [...]}`; with
    /// `--csv`, the candidates only (one table per document).
    static func emitDryRun(_ cases: [RetentionCase], orphans: [OrphanCase], to invocation: Invocation) {
        var table = Table(columns: [
            .init("candidature", title: "CANDIDATURE"), .init("person", title: "PERSON"),
            .init("status", title: "STATUS"), .init("periodEnded", title: "PERIOD ENDED"),
        ])
        for item in cases {
            table.append([
                .text(item.candidature.rawValue), .text(item.person.rawValue), .text(item.status.rawValue),
                .text(item.periodEnded.description),
            ])
        }
        var orphanTable = Table(columns: [
            .init("person", title: "PERSON"), .init("writtenAt", title: "WRITTEN AT (EUROPE/PARIS)"),
        ])
        for orphan in orphans {
            orphanTable.append([.text(orphan.person.rawValue), .text(orphan.writtenAt.parisDescription)])
        }
        switch invocation.context.format {
        case .json:
            invocation.emitJSON(["candidates": table.json, "orphans": orphanTable.json])
        case .csv:
            invocation.emit(table)
        case .human:
            invocation.emit(table)
            if !orphans.isEmpty {
                invocation.console.printLine()
                invocation.console.printLine("ORPHAN VAULT RECORDS (named by no event, written over 24 hours ago)")
                invocation.emit(orphanTable)
            }
            invocation.console.note(
                "dry run: \(cases.count) candidates and \(orphans.count) orphan records would be erased; "
                    + "nothing changed")
        }
    }
}
