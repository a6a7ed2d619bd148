internal import EventStore
internal import Programme

extension EventDecoder {
    /// The events of `edition-<key>` (but its opening and announcement, left to the domain).
    mutating func editionEvent(_ kind: EventKind, _ reader: inout PayloadReader) -> FastEvent? {
        guard let keyText = reader.string("edition"), let edition = ids.edition(keyText) else { return nil }
        let event: ProjectionEvent?
        switch kind {
        case .promotionStarted:
            event = .promotionStarted
        case .promotionEnded:
            event = .promotionEnded
        case .challengeWithdrawn:
            reader.checkString("reason")
            event = challenge(&reader).map { .challengeWithdrawn($0) }
        case .candidateSelected:
            guard let candidature = candidature(&reader), let person = reader.person("person"),
                let challenge = challenge(&reader), let profile = reader.profile("profile")
            else { return nil }
            event = .candidateSelected(candidature, person: person, challenge: challenge, profile: profile)
        case .selectionValidated:
            guard let candidature = candidature(&reader), challenge(&reader) != nil else { return nil }
            event = .selectionValidated(candidature)
        case .candidateJoined:
            guard let candidature = candidature(&reader), reader.person("person") != nil, challenge(&reader) != nil
            else { return nil }
            event = .candidateJoined(candidature)
        case .candidateLeft:
            reader.checkString("reason")
            guard let candidature = candidature(&reader), challenge(&reader) != nil else { return nil }
            event = .candidateLeft(candidature)
        case .candidateCompleted:
            guard let person = reader.person("person"), challenge(&reader) != nil else { return nil }
            var candidature: CandidatureID?
            if let text = reader.optional("candidature").flatMap({ reader.string(of: $0) }) {
                guard let id = ids.candidature(text) else { return nil }
                candidature = id
            }
            event = .candidateCompleted(person: person, candidature: candidature)
        case .selectedCandidateWithdrew:
            reader.checkOptionalString("reason")
            guard let candidature = candidature(&reader), challenge(&reader) != nil else { return nil }
            event = .selectedCandidateWithdrew(candidature)
        case .entrepreneurImported:
            reader.checkString("source")
            guard let person = reader.person("person"), let challenge = challenge(&reader) else { return nil }
            event = .entrepreneurImported(person: person, challenge: challenge)
        default:
            return nil
        }
        return event.map { FastEvent(edition: edition, event: $0, stream: StreamName(.edition, keyText)) }
    }

    /// The member `candidature`, a valid candidature id.
    mutating func candidature(_ reader: inout PayloadReader, key: StaticString = "candidature") -> CandidatureID? {
        guard let text = reader.string(key) else { return nil }
        guard let id = ids.candidature(text) else {
            reader.require(false)
            return nil
        }
        return id
    }

    /// The member `challenge`, a valid défi id.
    mutating func challenge(_ reader: inout PayloadReader) -> ChallengeID? {
        guard let value = reader.required("challenge") else { return nil }
        return challenge(of: value, &reader)
    }

    mutating func challenge(of value: JSONValue, _ reader: inout PayloadReader) -> ChallengeID? {
        guard let text = reader.string(of: value) else { return nil }
        guard let id = ids.challenge(text) else {
            reader.require(false)
            return nil
        }
        return id
    }
}
