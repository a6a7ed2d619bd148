public import EventStore

/// What checking the log against a published seal found.
///
/// The seal holds when the log verifies (checksums, chain, every rule of FORMAT.md §5.3) up
/// to the sealed position, and the record there carries the sealed chain hash: SHA-256
/// chains every record to the one before, so no byte of the prefix can have changed.
public struct SealVerification: Sendable {
    /// The published chain hash checked.
    public let hash: Digest
    /// The full verification of the store.
    public let report: VerificationReport
    /// The position the seal covers (found from the seal events, else from the records'
    /// chain hashes); nil when nothing in the readable log has that hash.
    public let position: UInt64?
    /// Why the log does not hold the sealed prefix; nil when it does.
    public let failure: String?
    /// The position the failure is at, when it has one.
    public let failurePosition: UInt64?

    /// Whether positions 1 to ``position`` are exactly what was sealed.
    public var holdsPrefix: Bool { failure == nil }

    /// A problem of the store after the sealed prefix: the seal holds, the store is still damaged.
    public var problemAfterSeal: VerificationReport.Problem? {
        guard holdsPrefix, let problem = report.problem else { return nil }
        return problem
    }
}

extension ProgrammeOffice {
    /// Checks that the log still holds exactly the prefix whose head had chain hash `hash`.
    ///
    /// The sealed position is taken from the `LogSealed` event that published `hash`; when no
    /// seal event names it (a seal event damaged or removed), from the record whose chain hash
    /// it is. Then the whole store is verified: a problem at or before that position breaks
    /// the seal and is named; the record at that position must carry `hash`.
    public func verify(seal hash: Digest, progress: ((UInt64) -> Void)? = nil) throws(OperationsError)
        -> SealVerification
    {
        try refresh()
        let report = log.verify(progress: progress)
        var position = try seals().first { $0.seal.chainHash == hash.hex }?.seal.position
        if position == nil { position = try self.position(ofChainHash: hash) }
        func result(_ failure: String?, at failurePosition: UInt64?) -> SealVerification {
            SealVerification(
                hash: hash, report: report, position: position, failure: failure, failurePosition: failurePosition)
        }
        if let problem = report.problem, position.map({ problem.position ?? 0 <= $0 }) ?? true {
            let failure =
                position.map { "the sealed positions 1-\($0) no longer verify: " }
                ?? "the log is damaged before any record carrying the sealed hash: "
            return result(failure + problem.description, at: problem.position)
        }
        guard let position else {
            let known = try seals().map { "\($0.seal.position) (\($0.seal.chainHash.prefix(12))…)" }
            return result(
                "no record of the log has the chain hash \(hash.hex): the sealed prefix is not in this log"
                    + (known.isEmpty ? "" : "; its seals are at positions " + known.joined(separator: ", ")),
                at: nil)
        }
        let found: Digest
        do {
            found = try log.event(at: position).chainHash
        } catch {
            return result("the sealed position \(position) cannot be read: \(error.message)", at: position)
        }
        guard found == hash else {
            return result(
                "the record at position \(position) has the chain hash \(found.hex), not the sealed \(hash.hex): "
                    + "the log up to it was rewritten",
                at: position)
        }
        return result(nil, at: nil)
    }

    /// The position of the record whose stored chain hash is `hash`, if any.
    private func position(ofChainHash hash: Digest) throws(OperationsError) -> UInt64? {
        var found: UInt64?
        do {
            try log.forEachRecord { record in
                if found == nil, record.chainHash == hash { found = record.position }
            }
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw OperationsError(.internalError, "reading the log failed: \(error)")
        }
        return found
    }
}
