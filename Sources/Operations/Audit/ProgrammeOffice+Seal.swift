internal import EventStore
internal import Programme

/// What `seal` recorded: the sealed head, and where the seal event is.
public struct SealOutcome: Sendable, Hashable {
    public let seal: LogSealed
    /// The position of the `LogSealed` event itself.
    public let sealPosition: UInt64
    /// Nothing was written: the command id was known, or the log's last event is already a
    /// seal of everything before it.
    public let isUnchanged: Bool
}

extension ProgrammeOffice {
    /// Appends a `LogSealed` event to `$seal` with the chain hash of the log's head: that hash
    /// stands for every byte of every record up to the head, so publishing it (a newspaper, a
    /// public repository, a registered letter) lets anyone prove later that the log still
    /// holds exactly that prefix (``verify(seal:progress:)``).
    ///
    /// When the last event is already a seal of everything before it, nothing is written and
    /// that seal is returned: a daily seal of an idle log adds nothing.
    ///
    /// - Throws: `rejected` for an empty log (there is nothing to seal).
    public func seal(recording: Recording = .now) throws(OperationsError) -> SealOutcome {
        var sealed: LogSealed?
        let outcome = try recordOffice(in: OfficeEvent.sealStream, recording: recording) {
            (_) throws(OperationsError) -> [OfficeEvent] in
            let head = log.head
            guard head.position > 0 else {
                throw OperationsError(.rejected, "the log is empty: there is nothing to seal")
            }
            if let last = try latestSeal(), last.position + 1 == head.position {
                sealed = last
                return []
            }
            let seal = LogSealed(position: head.position, chainHash: head.chainHash.hex, count: head.position)
            sealed = seal
            return [.logSealed(seal)]
        }
        if let positions = outcome.positions {
            guard let seal = try sealEvent(at: positions.lowerBound) else {
                throw OperationsError(
                    .rejected, "command \(outcome.commandID) was already recorded, and it was not a seal")
            }
            return SealOutcome(seal: seal, sealPosition: positions.lowerBound, isUnchanged: outcome.isDuplicate)
        }
        guard let sealed else { throw OperationsError(.internalError, "a seal was decided without a head") }
        return SealOutcome(seal: sealed, sealPosition: sealed.position + 1, isUnchanged: true)
    }

    /// The seals in the log, in order, with the position of each seal event.
    public func seals() throws(OperationsError) -> [(position: UInt64, seal: LogSealed)] {
        try refresh()
        return try entries(inStream: OfficeEvent.sealStream).compactMap { entry in
            if case .office(.logSealed(let seal)) = entry.event { (entry.position, seal) } else { nil }
        }
    }

    private func latestSeal() throws(OperationsError) -> LogSealed? {
        try seals().last?.seal
    }

    private func sealEvent(at position: UInt64) throws(OperationsError) -> LogSealed? {
        let record: RecordedEvent
        do {
            record = try log.event(at: position)
        } catch {
            throw .store(error)
        }
        if case .office(.logSealed(let seal))? = try Self.decode(record) { return seal }
        return nil
    }
}
