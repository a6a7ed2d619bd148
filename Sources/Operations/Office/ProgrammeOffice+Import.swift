internal import EventStore
internal import Programme

extension ProgrammeOffice {
    /// Why imported events carry business times in the past (their causation id).
    public static let importReason = "import of historical data"

    /// Imports the published défis from a CSV file (the format of `ShippedData.defisFile()`).
    ///
    /// For each row: the edition if missing, an accepted dossier, its défi with the requested
    /// profiles and its anonymous entrepreneurs, dated in the row's year. Every command has a
    /// fixed command id derived from the file's rows, and all are appended in one batch: a
    /// second import of the same file writes nothing, and an import either records everything
    /// new or nothing.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file's name, recorded in the events.
    /// - Throws: `invalidInput` with the line and column of the file's first problem (nothing
    ///   written); `rejected` when the store holds records that contradict the file.
    public func importDefis(csv bytes: [UInt8], source: String, recording: Recording = .now) throws(OperationsError)
        -> ImportReport
    {
        let plan: ImportPlan
        do {
            plan = try DefisImport.plan(csv: bytes, source: source, now: clock())
        } catch {
            throw OperationsError(.invalidInput, "\(source): \(error.description)", csvError: error)
        }
        let outcome = try run(
            plan.commands.map(ScheduledCommand.init), recording: recording, reason: Self.importReason, correlationID: "import-defis",
            skipping: [.editionAlreadyOpen(EditionKey(number: 1))])
        return ImportReport(
            editions: plan.editions, challenges: plan.challenges, entrepreneurs: plan.entrepreneurs,
            recordedCommands: outcome.recorded, skippedCommands: outcome.skipped, positions: outcome.positions)
    }

    /// What a batch of planned commands did.
    struct BatchOutcome {
        var recorded: Int
        var skipped: Int
        var positions: ClosedRange<UInt64>?
    }

    /// Decides planned commands in order on one working set and appends them in one batch;
    /// commands already in the log are skipped, and so are refusals whose code is among
    /// `skipping`'s (an edition already open). On a lost race, starts again on fresh state.
    func run(
        _ commands: [ScheduledCommand], recording: Recording, reason: String, correlationID: String,
        skipping: [Rejection] = [], people: PeopleResolver? = nil
    ) throws(OperationsError) -> BatchOutcome {
        let skippable = Set(skipping.map(\.code))
        let causation = try Backdating(occurredAt: clock(), reason: reason).causationID()
        var peopleSaved = people?.isEmpty ?? true
        for _ in 1...Self.maximumAttempts {
            try refresh()
            var batch = CommandBatch(log: log)
            var skipped = 0
            for planned in commands {
                if try earlierResult(of: planned.commandID) != nil {
                    skipped += 1
                    continue
                }
                let metadata = CommandMetadata(
                    commandID: planned.commandID, actor: actor, onBehalfOf: recording.onBehalfOf,
                    correlationID: correlationID, causationID: causation)
                do {
                    try batch.decide(planned.command, at: planned.occurredAt, metadata: metadata)
                } catch where error.rejection.map({ skippable.contains($0.code) }) ?? false {
                    skipped += 1
                }
            }
            if !peopleSaved, !batch.requests.isEmpty, let people {
                guard try people.commit() else {
                    throw OperationsError(
                        .busy, "another command registered one of the same people at the same time; try again")
                }
                peopleSaved = true
            }
            do {
                let results = try batch.append().filter { !$0.isDuplicate }
                let first = results.first?.positions.lowerBound
                let last = results.last?.positions.upperBound
                return BatchOutcome(
                    recorded: results.count, skipped: skipped + batch.requests.count - results.count,
                    positions: first.flatMap { first in last.map { first...$0 } })
            } catch where error.code == .versionConflict {
                continue
            } catch {
                throw .store(error)
            }
        }
        throw OperationsError(
            .busy, "other commands kept changing the streams this batch reads; nothing was written: try again")
    }
}
