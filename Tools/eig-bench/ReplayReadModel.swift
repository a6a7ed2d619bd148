import EventStore

/// The read model a replay builds, folded one record at a time as the generator's reference
/// does: status per dossier, dossiers per administration, the mean of every review score.
///
/// The status changes are applied in batches of ``batchSize``, in order: with 100,000
/// dossiers the table of streams is larger than the caches (the records streaming through
/// evict it), and each lookup cost a miss of about 120 ns, one after the other. A batch first
/// reads the slots of all its keys, so that their misses overlap, then applies the changes.
/// ``finish()`` applies what is left.
struct ReplayReadModel {
    private var streams = ByteKeyTable(capacity: 1 << 14)
    private var statuses: [DossierStatus] = []
    /// Status changes not applied yet: the stream's key and the change.
    private var pending: [(key: ByteKeyTable.Probe, change: StatusChange)] = []
    /// The bytes ``ByteKeyTable/touch(_:)`` returned, kept so that its reads stay.
    private var touched: UInt32 = 0
    private static let batchSize = 16
    /// Administrations in order of appearance and their dossier counts: a dozen names, found
    /// by comparing the payload's string in place rather than hashing a new `String` each time,
    /// against their UTF-8 bytes kept back to back (comparing with `String`s cost a retain and a
    /// release per name tried).
    private var administrationNames: [String] = []
    private var administrationBytes: [UInt8] = []
    private var administrationRanges: [Range<Int>] = []
    private var administrationCounts: [Int] = []
    private var scoreSum = 0
    private var scoreCount = 0
    private(set) var events = 0

    /// Folds one record: the payload is parsed (validated) whatever its type, then read.
    @inline(__always)
    mutating func apply(_ record: borrowing RecordView, tape: inout JSONTape) throws {
        events += 1
        try tape.parse(record.payloadBytes)
        switch EventKind(typeBytes: record.typeBytes) {
        case .dossierSubmitted:
            guard let administration = tape.root["administration"] else {
                throw PayloadError(position: record.position, field: "administration")
            }
            try count(administration, position: record.position)
            change(.set(.submitted), of: record.streamBytes)
        case .reviewerAssigned:
            change(.review, of: record.streamBytes)
        case .reviewScored:
            guard let score = tape.root["score"]?.int else {
                throw PayloadError(position: record.position, field: "score")
            }
            scoreSum += Int(score)
            scoreCount += 1
        case let kind:
            if let status = kind.finalStatus { change(.set(status), of: record.streamBytes) }
        }
    }

    /// Applies the status changes still pending: call it after the last record.
    mutating func finish() {
        for (key, change) in pending { apply(change, to: key) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Queues `change` of the dossier `stream` (applied at once for a key longer than 16 bytes,
    /// after the queue, since the queue keeps keys in their slot's form).
    @inline(__always)
    private mutating func change(_ change: StatusChange, of stream: UnsafeRawBufferPointer) {
        let key = ByteKeyTable.Probe(stream)
        guard key.isShort else {
            finish()
            switch change {
            case .set(let status): setStatus(status, of: streams.insert(stream))
            case .review: review(streams.find(stream))
            }
            return
        }
        pending.append((key, change))
        if pending.count == Self.batchSize {
            for (key, _) in pending { touched ^= streams.touch(key) }
            finish()
        }
    }

    @inline(__always)
    private mutating func apply(_ change: StatusChange, to key: ByteKeyTable.Probe) {
        switch change {
        case .set(let status): setStatus(status, of: streams.insert(key))
        case .review: review(streams.find(key))
        }
    }

    private mutating func count(_ administration: JSONValue, position: UInt64) throws {
        let found = administrationBytes.withUnsafeBytes { bytes in
            administrationRanges.withUnsafeBufferPointer { ranges in
                ranges.firstIndex { administration.stringEquals(utf8: UnsafeRawBufferPointer(rebasing: bytes[$0])) }
            }
        }
        if let found {
            administrationCounts[found] += 1
            return
        }
        guard let name = administration.string else { throw PayloadError(position: position, field: "administration") }
        administrationNames.append(name)
        administrationRanges.append(administrationBytes.count..<(administrationBytes.count + name.utf8.count))
        administrationBytes.append(contentsOf: name.utf8)
        administrationCounts.append(1)
    }

    @inline(__always)
    private mutating func setStatus(_ status: DossierStatus, of index: Int) {
        if index == statuses.count { statuses.append(status) } else { statuses[index] = status }
    }

    /// A reviewer assigned: a submitted dossier goes in review.
    @inline(__always)
    private mutating func review(_ index: Int?) {
        if let index, statuses[index] == .submitted { statuses[index] = .inReview }
    }

    /// The model in the form of `expected.json` (after ``finish()``).
    var result: ExpectedReadModel {
        precondition(pending.isEmpty, "finish() applies the pending changes before the result")
        var counts: [String: Int] = [:]
        for status in statuses { counts[status.name, default: 0] += 1 }
        let average = scoreCount == 0 ? 0 : Double(scoreSum) / Double(scoreCount)
        let administrations = Dictionary(uniqueKeysWithValues: zip(administrationNames, administrationCounts))
        return ExpectedReadModel(
            events: events, dossiers: statuses.count, statusCounts: counts, administrationCounts: administrations,
            scoreCount: scoreCount, averageScore: average)
    }
}

/// A change of a dossier's status, queued by ``ReplayReadModel``.
enum StatusChange {
    case set(DossierStatus)
    /// A reviewer was assigned: in review if submitted.
    case review
}

/// A payload without a field the read model needs.
struct PayloadError: Error, CustomStringConvertible {
    var position: UInt64
    var field: String

    var description: String { "the payload at position \(position) has no usable '\(field)'" }
}
