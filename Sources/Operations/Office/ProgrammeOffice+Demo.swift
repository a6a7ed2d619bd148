internal import EventStore
internal import Programme

/// What `eig demo` did.
public struct DemoReport: Sendable, Hashable {
    /// The import of the published history (editions 1 to 4 and dig).
    public let history: ImportReport
    /// Commands of the simulated edition 5 recorded now, and already in the log.
    public let recordedCommands: Int
    public let skippedCommands: Int
    /// Where the log ends after the demo.
    public let headPosition: UInt64

    /// The published figures of edition 5 that the demo follows.
    public static let filedDossiers = DemoCatalogue.projects.count
    public static let acceptedDossiers = 16
    public static let candidatures = DemoPlan.candidatureCount
    public static let interviewed = DemoPlan.interviewedCount
    public static let recruited = DemoPlan.recruitedCount

    /// Nothing was written: the demo had run on this store before.
    public var changedNothing: Bool { history.changedNothing && recordedCommands == 0 }
}

extension ProgrammeOffice {
    /// Why the demo's events carry business times in the past (their causation id).
    public static let demoReason = "demo: simulated edition 5 (2021)"

    /// Fills the store with the published history of 2017-2020 and a simulated edition 5
    /// (2021) that follows the published figures: 18 project dossiers filed, 16 accepted;
    /// 471 candidatures, 96 interviewed, 39 recruited.
    ///
    /// Every command has a fixed command id and every person an id derived from it, so a
    /// second run changes nothing. The edition is appended in one batch: all or nothing.
    ///
    /// - Throws: `rejected` when edition 5 exists but was not made by the demo.
    public func runDemo() throws(OperationsError) -> DemoReport {
        let history = try importDefis(csv: try ShippedData.defisFile(), source: ShippedData.defisFileName)
        try refresh()
        let opening = "demo/edition-5/open"
        if log.streamVersion(ProgrammeStream.edition(DemoPlan.edition).name) > 0,
            try earlierResult(of: opening) == nil
        {
            throw OperationsError(
                .rejected,
                "edition 5 already exists in this store and was not made by the demo: run the demo in a new "
                    + "store (eig demo --store DIR)")
        }
        let plan = try DemoPlan.make(vault: vault)
        let outcome = try run(
            plan.commands, recording: .now, reason: Self.demoReason, correlationID: "demo", people: plan.resolver)
        return DemoReport(
            history: history, recordedCommands: outcome.recorded, skippedCommands: outcome.skipped,
            headPosition: try head.position)
    }
}
