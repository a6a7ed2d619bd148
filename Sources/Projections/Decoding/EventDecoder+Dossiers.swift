internal import EventStore
internal import Programme

extension EventDecoder {
    /// The events of `dossier-<id>`.
    mutating func dossierEvent(_ kind: EventKind, _ reader: inout PayloadReader) -> FastEvent? {
        guard let text = reader.string("dossier"), let id = ids.dossier(text) else { return nil }
        let event: ProjectionEvent?
        switch kind {
        case .dossierDrafted:
            event = reader.required("details").flatMap { headline(of: $0, &reader) }.map { .dossierDrafted(id, $0) }
        case .dossierAmended:
            event = reader.required("changes").flatMap { changes(of: $0, &reader) }.map { .dossierAmended(id, $0) }
        case .dossierSubmitted: event = .dossierSubmitted(id)
        case .dossierResubmitted: event = .dossierResubmitted(id)
        case .dossierReviewStarted: event = .dossierReviewStarted(id)
        case .dossierPreselected: event = .dossierPreselected(id)
        case .dossierCorrectionRequested:
            reader.checkString("message")
            reader.require(reader.string("reason").flatMap(CorrectionReason.init(rawValue:)) != nil)
            event = .dossierCorrectionRequested(id)
        case .dossierEvaluated:
            event = evaluation(&reader).map { .dossierEvaluated(id, $0) }
        case .dossierAccepted:
            guard let challenge = challenge(&reader), let profiles = reader.profiles("profiles"),
                let entrepreneurs = reader.int("entrepreneurs"), let months = reader.int("durationMonths")
            else { return nil }
            event = .dossierAccepted(
                id,
                AcceptedChallenge(
                    challenge: challenge, profiles: profiles, entrepreneurs: entrepreneurs, durationMonths: months))
        case .dossierRefused:
            reader.checkString("motivation")
            event = .dossierRefused(id)
        case .dossierClosed:
            reader.checkString("motivation")
            event = .dossierClosed(id)
        case .dossierWithdrawn:
            reader.checkOptionalString("reason")
            event = .dossierWithdrawn(id)
        case .dossierReopened:
            reader.checkString("reason")
            reader.require(reader.string("previousStatus").flatMap(DossierStatus.init(rawValue:)) != nil)
            event = .dossierReopened(id)
        case .dossierImported:
            reader.checkString("source")
            guard let challenge = challenge(&reader), let details = reader.required("details"),
                let headline = headline(of: details, &reader)
            else { return nil }
            event = .dossierImported(id, headline, challenge: challenge)
        default:
            return nil
        }
        return event.map { FastEvent(edition: id.edition, event: $0, stream: StreamName(.dossier, text)) }
    }

    /// A `DossierDetails` object: every field checked, the headline kept.
    private func headline(of value: JSONValue, _ outer: inout PayloadReader) -> DossierHeadline? {
        var reader = PayloadReader(value)
        guard let title = reader.string("title"), let host = reader.string("host"),
            let entrepreneurs = reader.int("entrepreneurs"), let profiles = reader.profiles("profiles")
        else {
            outer.require(false)
            return nil
        }
        let funding = reader.optionalString("funding")
        let months = reader.optionalInt("durationMonths")
        _ = reader.array("partners") { reader, value in reader.string(of: value) }
        _ = reader.array("mentors") { reader, value in reader.person(of: value) }
        _ = reader.optionalPerson("lead")
        reader.checkOptionalString("town")
        reader.checkOptionalString("summary")
        outer.require(!reader.isInvalid)
        return DossierHeadline(
            title: title, host: host, funding: funding, entrepreneurs: entrepreneurs, profiles: profiles,
            durationMonths: months)
    }

    /// A `DossierAmendment` object: every field optional.
    private func changes(of value: JSONValue, _ outer: inout PayloadReader) -> DossierHeadlineChanges? {
        var reader = PayloadReader(value)
        let changes = DossierHeadlineChanges(
            title: reader.optionalString("title"), host: reader.optionalString("host"),
            funding: reader.optionalString("funding"), entrepreneurs: reader.optionalInt("entrepreneurs"),
            profiles: reader.optionalArray("profiles") { reader, value in reader.profile(of: value) },
            durationMonths: reader.optionalInt("durationMonths"))
        _ = reader.optionalArray("partners") { reader, value in reader.string(of: value) }
        _ = reader.optionalArray("mentors") { reader, value in reader.person(of: value) }
        _ = reader.optionalPerson("lead")
        reader.checkOptionalString("town")
        reader.checkOptionalString("summary")
        outer.require(!reader.isInvalid)
        return reader.isInvalid ? nil : changes
    }

    /// The fields of `DossierEvaluated` version 2.
    private func evaluation(_ reader: inout PayloadReader) -> JurorScores? {
        guard let juror = reader.person("juror"), let object = reader.required("scores"),
            reader.int("total") != nil, reader.bool("replacesEarlier") != nil
        else { return nil }
        _ = reader.optionalInt("rank")
        if let opinion = reader.optional("opinion") {
            reader.require(opinion.string.flatMap(JuryOpinion.init(rawValue:)) != nil)
        }
        guard object.kind == .object else {
            reader.require(false)
            return nil
        }
        var scores = CriterionScores()
        var seen: Set<Criterion> = []
        for (key, value) in object.members {
            guard let name = key.string, let criterion = Criterion(rawValue: name), let score = value.int else {
                reader.require(false)
                return nil
            }
            // The first of duplicate keys wins, as in the domain's decoding.
            if seen.insert(criterion).inserted { scores[criterion] = Int(score) }
        }
        return JurorScores(juror: juror, scores: scores)
    }
}
