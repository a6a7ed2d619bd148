internal import Glibc
internal import Programme

extension EventDecoder {
    /// The fastest path: the payload matched byte for byte in its canonical form, for the
    /// event types a log holds most of; nil hands it to the general fast path.
    mutating func canonicalDecode(_ kind: EventKind, _ payload: UnsafeRawBufferPointer) -> FastEvent? {
        var scan = CanonicalScanner(payload)
        let result: FastEvent?
        switch kind {
        case .candidatureApplied, .candidaturePreselected, .candidatureDeclined, .preferencesGiven,
            .candidateInterviewed, .candidatureWithdrawn:
            result = canonicalCandidature(kind, &scan)
        case .candidateSelected, .selectionValidated, .candidateJoined, .candidateLeft, .candidateCompleted,
            .selectedCandidateWithdrew, .challengeWithdrawn, .entrepreneurImported:
            result = canonicalSeat(kind, &scan)
        case .promotionStarted, .promotionEnded:
            scan.expect(#"{"edition":""#)
            guard let text = scan.word(), let edition = ids.edition(text) else { return nil }
            scan.expect("}")
            result = FastEvent(
                edition: edition, event: kind == .promotionStarted ? .promotionStarted : .promotionEnded,
                stream: StreamName(.edition, bytes: text))
        case .dossierSubmitted, .dossierResubmitted, .dossierReviewStarted, .dossierPreselected, .dossierEvaluated,
            .dossierAccepted, .dossierRefused, .dossierClosed, .dossierWithdrawn, .dossierCorrectionRequested,
            .dossierReopened:
            result = canonicalDossier(kind, &scan)
        default:
            return nil
        }
        return scan.isComplete ? result : nil
    }

    private mutating func canonicalCandidature(_ kind: EventKind, _ scan: inout CanonicalScanner) -> FastEvent? {
        scan.expect(#"{"candidature":""#)
        guard let text = scan.word(), let id = ids.candidature(text) else { return nil }
        let event: ProjectionEvent?
        switch kind {
        case .candidatureApplied:
            scan.expect(#","experienceYears":"#)
            let years = scan.integer()
            scan.expect(#","person":""#)
            let person = self.person(&scan)
            scan.expect(#","profile":""#)
            let profile = self.profile(&scan)
            guard let years, let person, let profile else { return nil }
            event = .candidatureApplied(id, person: person, profile: profile, experienceYears: years)
        case .candidaturePreselected:
            event = .candidaturePreselected(id)
        case .candidatureDeclined:
            scan.expect(#","reason":""#)
            scan.text()
            event = .candidatureDeclined(id)
        case .candidatureWithdrawn:
            if scan.accept(#","reason":""#) { scan.text() }
            event = .candidatureWithdrawn(id)
        case .preferencesGiven:
            scan.expect(#","challenges":["#)
            var challenges: [ChallengeID] = []
            challenges.reserveCapacity(3)  // a candidate ranks up to three défis
            if !scan.accept("]") {
                repeat {
                    scan.expect("\"")
                    guard let challenge = challenge(&scan) else { return nil }
                    challenges.append(challenge)
                } while scan.accept(",")
                scan.expect("]")
            }
            event = .preferencesGiven(id, challenges)
        case .candidateInterviewed:
            scan.expect(#","challenge":""#)
            let challenge = self.challenge(&scan)
            scan.expect(#","juror":""#)
            let juror = person(&scan)
            scan.expect(#","replacesEarlier":"#)
            _ = scan.boolean()
            scan.expect(#","scores":["#)
            var total = 0
            if !scan.accept("]") {
                repeat { total &+= scan.integer() ?? 0 } while scan.accept(",")
                scan.expect("]")
            }
            scan.expect(#","total":"#)
            _ = scan.integer()
            guard let challenge, let juror else { return nil }
            event = .candidateInterviewed(id, InterviewScore(challenge: challenge, juror: juror, total: total))
        default:
            return nil
        }
        scan.expect("}")
        guard let event else { return nil }
        return FastEvent(edition: id.edition, event: event, stream: StreamName(.candidature, bytes: text))
    }

    /// The seat events of an edition's stream (and the withdrawal of a défi): a candidature
    /// (when they name one), a défi, the edition.
    private mutating func canonicalSeat(_ kind: EventKind, _ scan: inout CanonicalScanner) -> FastEvent? {
        var candidature: CandidatureID?
        if scan.accept(#"{"candidature":""#) {
            guard let text = scan.word(), let id = ids.candidature(text) else { return nil }
            candidature = id
            scan.expect(#","challenge":""#)
        } else {
            guard [.candidateCompleted, .challengeWithdrawn, .entrepreneurImported].contains(kind) else { return nil }
            scan.expect(#"{"challenge":""#)
        }
        let challenge = self.challenge(&scan)
        scan.expect(#","edition":""#)
        guard let keyText = scan.word(), let edition = ids.edition(keyText), let challenge else { return nil }
        let event: ProjectionEvent?
        switch kind {
        case .candidateSelected:
            scan.expect(#","person":""#)
            let person = self.person(&scan)
            scan.expect(#","profile":""#)
            guard let candidature, let person, let profile = profile(&scan) else { return nil }
            event = .candidateSelected(candidature, person: person, challenge: challenge, profile: profile)
        case .selectionValidated:
            event = candidature.map { .selectionValidated($0) }
        case .candidateJoined:
            scan.expect(#","person":""#)
            guard isPerson(&scan) else { return nil }
            event = candidature.map { .candidateJoined($0) }
        case .candidateLeft:
            scan.expect(#","reason":""#)
            scan.text()
            event = candidature.map { .candidateLeft($0) }
        case .candidateCompleted:
            scan.expect(#","person":""#)
            event = person(&scan).map { .candidateCompleted(person: $0, candidature: candidature) }
        case .selectedCandidateWithdrew:
            if scan.accept(#","reason":""#) { scan.text() }
            event = candidature.map { .selectedCandidateWithdrew($0) }
        case .challengeWithdrawn:
            scan.expect(#","reason":""#)
            scan.text()
            event = candidature == nil ? .challengeWithdrawn(challenge) : nil
        case .entrepreneurImported:
            scan.expect(#","person":""#)
            let person = self.person(&scan)
            scan.expect(#","source":""#)
            scan.text()
            event = candidature == nil ? person.map { .entrepreneurImported(person: $0, challenge: challenge) } : nil
        default:
            return nil
        }
        scan.expect("}")
        guard let event else { return nil }
        return FastEvent(edition: edition, event: event, stream: StreamName(.edition, bytes: keyText))
    }

    /// The value of a string member whose opening quote was consumed: a défi id.
    mutating func challenge(_ scan: inout CanonicalScanner) -> ChallengeID? {
        guard let text = scan.word() else { return nil }
        return ids.challenge(text)
    }

    /// The value of a string member whose opening quote was consumed: a person id.
    func person(_ scan: inout CanonicalScanner) -> String? {
        guard let text = scan.word(), IdentifierText.isPerson(text) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether the value of a string member whose opening quote was consumed is a person id,
    /// for an event whose folds do not read it: no string is made.
    func isPerson(_ scan: inout CanonicalScanner) -> Bool {
        guard let text = scan.word() else { return false }
        return IdentifierText.isPerson(text)
    }

    /// The value of a string member whose opening quote was consumed: a profile's name.
    func profile(_ scan: inout CanonicalScanner) -> Profile? {
        guard let text = scan.word() else { return nil }
        return Self.profile(named: text)
    }

    /// The profile named by `bytes`, without building a string: today's profiles have names
    /// of different lengths, so the length picks the one name to compare (a profile added
    /// later is found by the loop below).
    @inline(__always)
    static func profile(named bytes: UnsafeRawBufferPointer) -> Profile? {
        let candidate: (name: StaticString, profile: Profile)? =
            switch bytes.count {
            case 3: ("dev", .dev)
            case 5: ("legal", .legal)
            case 6: ("design", .design)
            case 7: ("product", .product)
            case 10: ("geomatique", .geomatique)
            case 11: ("datascience", .datascience)
            case 15: ("dataengineering", .dataengineering)
            default: nil
            }
        if let candidate, candidate.name.utf8CodeUnitCount == bytes.count, let base = bytes.baseAddress,
            memcmp(base, candidate.name.utf8Start, bytes.count) == 0
        {
            return candidate.profile
        }
        for (name, profile) in profileNames where name.count == bytes.count {
            if name.withUnsafeBytes({ $0.elementsEqual(bytes) }) { return profile }
        }
        return nil
    }

    private static let profileNames = Profile.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The case of a string enumeration named by `bytes`, without building a string.
    static func value<T: CaseIterable & RawRepresentable>(_ type: T.Type, named bytes: UnsafeRawBufferPointer) -> T?
    where T.RawValue == String {
        T.allCases.first { $0.rawValue.utf8.elementsEqual(bytes) }
    }
}
