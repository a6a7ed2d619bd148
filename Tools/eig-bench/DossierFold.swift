import EventStore

/// One dossier's state folded from its own stream: what the load phase rebuilds per stream,
/// as a command handler does before deciding.
struct DossierFold {
    var status = DossierStatus.none
    var administration: String?
    var scoreSum = 0
    var scoreCount = 0
    var events = 0

    @inline(__always)
    mutating func apply(_ record: borrowing RecordView, tape: inout JSONTape) throws {
        events += 1
        try tape.parse(record.payloadBytes)
        switch EventKind(typeBytes: record.typeBytes) {
        case .dossierSubmitted:
            administration = tape.root["administration"]?.string
            status = .submitted
        case .reviewerAssigned:
            if status == .submitted { status = .inReview }
        case .reviewScored:
            guard let score = tape.root["score"]?.int else {
                throw PayloadError(position: record.position, field: "score")
            }
            scoreSum += Int(score)
            scoreCount += 1
        case let kind:
            if let final = kind.finalStatus { status = final }
        }
    }
}
