internal import EventStore
public import Programme

/// A candidate whose personal data the retention rule erases.
public struct RetentionCase: Sendable, Hashable {
    public let candidature: CandidatureID
    public let person: PersonID
    public let status: CandidatureStatus
    /// The day the edition's retention period ended (the promotion's start plus its
    /// `retentionMonths`).
    public let periodEnded: BusinessDate
}

extension ProgrammeOffice {
    /// Statuses of candidates who were recruited: they became entrepreneurs of the promotion,
    /// and their data is kept with the programme's records.
    public static let recruitedStatuses: Set<CandidatureStatus> = [.joined, .completed, .left]

    /// The candidates not recruited whose edition's retention period ended before `today`
    /// (default: today in Paris) and whose data the vault still holds, in id order.
    public func retentionCases(today: BusinessDate? = nil) throws(OperationsError) -> [RetentionCase] {
        let today = today ?? clock().parisDate
        var cases: [RetentionCase] = []
        for key in try editionKeys() {
            guard let edition = try edition(key)?.state, edition.settings.retentionEnds < today else { continue }
            let names = log.streamNames(withPrefix: ProgrammeStream.candidaturePrefix(of: key))
            for name in names {
                guard case .candidature(let id)? = ProgrammeStream(name: name),
                    let candidature = try candidature(id)?.state,
                    !Self.recruitedStatuses.contains(candidature.status),
                    try vault.record(of: candidature.person) != nil
                else { continue }
                cases.append(
                    RetentionCase(
                        candidature: id, person: candidature.person, status: candidature.status,
                        periodEnded: edition.settings.retentionEnds))
            }
        }
        return cases
    }

    /// Erases the personal data of every ``retentionCases(today:)`` candidate and of every
    /// ``orphanCases(now:)`` record, in one command (or a few for thousands): `PersonErased`
    /// events with the basis `retention` (for an orphan, a reason saying so: the erasure of
    /// personal data is accountable whoever it was about, and the event holds only the id).
    /// Run again, it finds nobody and writes nothing.
    public func applyRetention(
        today: BusinessDate? = nil, now: BusinessInstant? = nil, recording: Recording = .now
    ) throws(OperationsError) -> ErasureOutcome {
        let cases = try retentionCases(today: today)
        let orphans = try orphanCases(now: now)
        var people: [(person: PersonID, record: PersonRecord?)] = []
        for item in cases { people.append((item.person, try vault.record(of: item.person))) }
        for orphan in orphans { people.append((orphan.person, try vault.record(of: orphan.person))) }
        let byPerson = Dictionary(cases.map { ($0.person, $0) }, uniquingKeysWith: { first, _ in first })
        let orphanByPerson = Dictionary(orphans.map { ($0.person, $0) }, uniquingKeysWith: { first, _ in first })
        var outcome = try erase(people, basis: .retention, recording: recording) { person in
            if let orphan = orphanByPerson[person] { return Self.orphanReason(orphan) }
            guard let item = byPerson[person] else { return "retention" }
            return "retention: \(item.candidature) was not recruited; edition \(item.candidature.edition)'s "
                + "retention period ended on \(item.periodEnded)"
        }
        outcome.orphans = orphans.map(\.person)
        return outcome
    }
}
