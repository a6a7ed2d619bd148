internal import EventStore
public import Programme

/// A vault record that no event of the log names: the personal data of a command that wrote
/// nothing after saving it (refused, failed, busy, or killed between the two).
public struct OrphanCase: Sendable, Hashable {
    public let person: PersonID
    /// When the record was last written (its file's modification time): its creation time,
    /// or later when a command added a role, so the grace period is never cut short.
    public let writtenAt: BusinessInstant
}

extension ProgrammeOffice {
    /// How old an orphan record must be before retention erases it: much longer than any
    /// command, so a command of another process that saved it and is about to append the
    /// event naming the person is never raced.
    public static let orphanGraceMicroseconds: Int64 = 24 * 3_600 * 1_000_000

    /// The vault records no event names, written more than ``orphanGraceMicroseconds`` before
    /// `now` (default: the system's real time, not the business clock: the grace is about
    /// commands running now), in person id order.
    public func orphanCases(now: BusinessInstant? = nil) throws(OperationsError) -> [OrphanCase] {
        let cutoff = (now ?? Self.systemClock()).microsecondsSinceEpoch - Self.orphanGraceMicroseconds
        var old: [OrphanCase] = []
        for (person, written) in try vault.people() where written < cutoff {
            old.append(OrphanCase(person: person, writtenAt: BusinessInstant(microsecondsSinceEpoch: written)))
        }
        guard !old.isEmpty else { return [] }
        // Read after listing the vault: an event appended meanwhile for an old record is seen.
        let named = try namedPeople()
        return old.filter { !named.contains($0.person) }
    }

    /// Every person an event of the log names (erasures included), from the start to the head.
    func namedPeople() throws(OperationsError) -> Set<PersonID> {
        try refresh()
        var named: Set<PersonID> = []
        var cursor = log.events()
        while true {
            let next: RecordedEvent?
            do {
                next = try cursor.next()
            } catch {
                throw .store(error)
            }
            guard let record = next else { return named }
            switch try Self.decode(record) {
            case .programme(let event)?: named.formUnion(EventSummary.people(in: event))
            case .office(.personErased(let erasure))?: named.insert(erasure.person)
            default: break
            }
        }
    }

    /// The reason an orphan's erasure records.
    static func orphanReason(_ orphan: OrphanCase) -> String {
        "orphan: named by no event; its vault record was written on \(orphan.writtenAt.parisDescription) "
            + "by a command that recorded nothing"
    }
}
