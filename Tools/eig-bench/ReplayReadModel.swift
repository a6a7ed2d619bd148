import EventStore

/// The read model a replay builds, folded one record at a time as the generator's reference
/// does: status per dossier, dossiers per administration, the mean of every review score.
struct ReplayReadModel {
    private var streams = ByteKeyTable(capacity: 1 << 14)
    private var statuses: [DossierStatus] = []
    /// Administrations in order of appearance and their dossier counts: a dozen names, found
    /// by comparing the payload's string in place rather than hashing a new `String` each time.
    private var administrationNames: [String] = []
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
            setStatus(.submitted, of: record.streamBytes)
        case .reviewerAssigned:
            if let index = streams.find(record.streamBytes), statuses[index] == .submitted {
                statuses[index] = .inReview
            }
        case .reviewScored:
            guard let score = tape.root["score"]?.int else {
                throw PayloadError(position: record.position, field: "score")
            }
            scoreSum += Int(score)
            scoreCount += 1
        case let kind:
            if let status = kind.finalStatus { setStatus(status, of: record.streamBytes) }
        }
    }

    private mutating func count(_ administration: JSONValue, position: UInt64) throws {
        for index in administrationNames.indices where administration.stringEquals(administrationNames[index]) {
            administrationCounts[index] += 1
            return
        }
        guard let name = administration.string else { throw PayloadError(position: position, field: "administration") }
        administrationNames.append(name)
        administrationCounts.append(1)
    }

    @inline(__always)
    private mutating func setStatus(_ status: DossierStatus, of stream: UnsafeRawBufferPointer) {
        let index = streams.insert(stream)
        if index == statuses.count { statuses.append(status) } else { statuses[index] = status }
    }

    /// The model in the form of `expected.json`.
    var result: ExpectedReadModel {
        var counts: [String: Int] = [:]
        for status in statuses { counts[status.name, default: 0] += 1 }
        let average = scoreCount == 0 ? 0 : Double(scoreSum) / Double(scoreCount)
        let administrations = Dictionary(uniqueKeysWithValues: zip(administrationNames, administrationCounts))
        return ExpectedReadModel(
            events: events, dossiers: statuses.count, statusCounts: counts, administrationCounts: administrations,
            scoreCount: scoreCount, averageScore: average)
    }
}

/// A payload without a field the read model needs.
struct PayloadError: Error, CustomStringConvertible {
    var position: UInt64
    var field: String

    var description: String { "the payload at position \(position) has no usable '\(field)'" }
}
