internal import EventStore
internal import Programme

extension EventDecoder {
    /// The events of `candidature-<id>`.
    mutating func candidatureEvent(_ kind: EventKind, _ reader: inout PayloadReader) -> FastEvent? {
        guard let text = reader.string("candidature"), let id = ids.candidature(text) else { return nil }
        let event: ProjectionEvent?
        switch kind {
        case .candidatureApplied:
            guard let person = reader.person("person"), let profile = reader.profile("profile"),
                let years = reader.int("experienceYears")
            else { return nil }
            event = .candidatureApplied(id, person: person, profile: profile, experienceYears: years)
        case .candidaturePreselected:
            event = .candidaturePreselected(id)
        case .candidatureDeclined:
            reader.checkString("reason")
            event = .candidatureDeclined(id)
        case .preferencesGiven:
            let challenges = reader.array("challenges") { reader, value in self.challenge(of: value, &reader) }
            event = challenges.map { .preferencesGiven(id, $0) }
        case .candidateInterviewed:
            guard let challenge = challenge(&reader), let juror = reader.person("juror"),
                let scores = reader.array("scores", { reader, value in reader.int(of: value) }),
                reader.int("total") != nil, reader.bool("replacesEarlier") != nil
            else { return nil }
            event = .candidateInterviewed(
                id, InterviewScore(challenge: challenge, juror: juror, total: scores.reduce(0, +)))
        case .candidatureWithdrawn:
            reader.checkOptionalString("reason")
            event = .candidatureWithdrawn(id)
        default:
            return nil
        }
        return event.map { FastEvent(edition: id.edition, event: $0, stream: StreamName(.candidature, text)) }
    }
}
