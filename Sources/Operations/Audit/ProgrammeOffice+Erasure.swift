internal import EventStore
public import Programme

/// What erasing personal data did.
public struct ErasureOutcome: Sendable, Hashable {
    /// The people whose erasure was recorded now.
    public let erased: [PersonID]
    /// Where the `PersonErased` events are; nil when nothing was recorded.
    public let positions: ClosedRange<UInt64>?
    /// People whose erasure was recorded before (their vault leftovers, if any, are gone now).
    public let alreadyErased: [PersonID]
    /// Positions of records whose free text (a reason, an on-behalf-of) holds an erased name or
    /// e-mail: the log is never rewritten, so these are reported for the operator to review.
    public let residue: [UInt64]
    /// Of `erased`, the people whose vault record no event named (retention's orphan sweep).
    public var orphans: [PersonID] = []
}

extension ProgrammeOffice {
    /// The longest reason an erasure records.
    public static let maximumErasureReason = 500

    /// Erases `person`'s personal data: records a `PersonErased` event in `$people` (the
    /// person's id, the basis and the reason: nothing personal), then deletes their vault
    /// record, their name index entry and any temporary copy. The log is not touched otherwise:
    /// its chain still verifies, and every output shows the person as erased from then on.
    ///
    /// The reason may not contain the person's name or e-mail. Forgetting someone already
    /// erased records nothing (and finishes an erasure a crash interrupted).
    ///
    /// - Throws: `invalidInput` for a bad reason, `notFound` when the vault never held anything
    ///   about the person.
    public func forget(_ person: PersonID, reason: String, recording: Recording = .now) throws(OperationsError)
        -> ErasureOutcome
    {
        let reason = try Self.erasureReason(reason)
        let record = try vault.record(of: person)
        if let record {
            for secret in [record.name] + (record.email.map { [$0] } ?? [])
            where NameKey.normalized(reason).contains(NameKey.normalized(secret)) {
                throw OperationsError(
                    .invalidInput,
                    "the reason may not contain the person's name or e-mail: it is kept in the log, which is never erased"
                )
            }
        }
        return try erase([(person, record)], basis: .request, recording: recording) { _ in reason }
    }

    /// Records the erasures of `people` not yet erased, in one command, then deletes their
    /// vault entries.
    func erase(
        _ people: [(person: PersonID, record: PersonRecord?)], basis: ErasureBasis, recording: Recording,
        reason: (PersonID) -> String
    ) throws(OperationsError) -> ErasureOutcome {
        let before = try erasures()
        let known = people.filter { $0.record != nil || before[$0.person] != nil }
        if let unknown = people.first(where: { $0.record == nil && before[$0.person] == nil }) {
            throw OperationsError(.notFound, "the vault holds nothing about \(unknown.person) and it was never erased")
        }
        let residue = try positionsMentioning(known.compactMap(\.record))
        var recorded: [PersonID] = []
        var positions: ClosedRange<UInt64>?
        let chunks = stride(from: 0, to: known.count, by: 1_000).map { known[$0..<min($0 + 1_000, known.count)] }
        for (number, chunk) in chunks.enumerated() {
            // One command per chunk: a given command id names the first, and `id/2`… the next.
            var recording = recording
            if number > 0, let id = recording.commandID { recording.commandID = "\(id)/\(number + 1)" }
            let outcome = try recordOffice(in: OfficeEvent.peopleStream, recording: recording) {
                (entries) throws(OperationsError) in
                let erased = Set(
                    entries.compactMap { entry -> PersonID? in
                        if case .office(.personErased(let erasure)) = entry.event { erasure.person } else { nil }
                    })
                return chunk.filter { !erased.contains($0.person) }.map {
                    .personErased(PersonErased(person: $0.person, basis: basis, reason: reason($0.person)))
                }
            }
            for case .personErased(let erasure) in outcome.events { recorded.append(erasure.person) }
            if let range = outcome.positions, !outcome.isDuplicate {
                positions = (positions?.lowerBound ?? range.lowerBound)...range.upperBound
            }
        }
        for (person, _) in known { try vault.erase(person) }
        return ErasureOutcome(
            erased: recorded, positions: positions,
            alreadyErased: known.map(\.person).filter { before[$0] != nil }, residue: residue)
    }

    /// A reason on one line, 1 to ``maximumErasureReason`` characters, without control characters.
    static func erasureReason(_ text: String) throws(OperationsError) -> String {
        let reason = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !reason.isEmpty, reason.count <= maximumErasureReason,
            !reason.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw OperationsError(
                .invalidInput,
                "the reason of an erasure must have 1 to \(maximumErasureReason) characters, without control characters"
            )
        }
        return reason
    }

    /// The positions of the records holding any of these people's names or e-mails, as bytes.
    func positionsMentioning(_ records: [PersonRecord]) throws(OperationsError) -> [UInt64] {
        let needles = records.flatMap { [$0.name] + ($0.email.map { [$0] } ?? []) }.filter { $0.utf8.count >= 3 }
            .map { Array($0.utf8) }
        guard !needles.isEmpty else { return [] }
        var found: [UInt64] = []
        do {
            try log.forEachRecord { record in
                let bytes = Array(record.bytes)
                if needles.contains(where: { bytes.containsBytes($0) }) { found.append(record.position) }
            }
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw OperationsError(.internalError, "reading the log failed: \(error)")
        }
        return found
    }
}
