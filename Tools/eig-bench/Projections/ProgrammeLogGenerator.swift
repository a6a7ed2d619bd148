import EventStore
import Programme

/// A seeded generator of a programme's log: editions one after the other, each with its
/// dossiers, candidatures and promotion going through their lives as the domain records them
/// (the same event types, payloads and rules: teams within what their défi requested, one
/// défi per person, seats only once the edition is open).
///
/// The mix follows the published funnels scaled up: per edition about 900 dossiers (filed,
/// reviewed, a share corrected, most preselected, auditioned by three to five jurors, about
/// half accepted), 9,000 candidatures (a third preselected, interviewed once to three times,
/// selected within the défis' places) and the seats' lives. Editions are large (near the
/// id formats' limits, 999 dossiers and 9,999 candidatures) so that a million events are
/// about twenty editions, as partitions of a real store stay few.
///
/// The same seed gives the same events (payloads and business times) on every run.
struct ProgrammeLogGenerator {
    var random: SplitMix64
    var dossiersPerEdition = 900
    var candidaturesPerEdition = 9_000
    private var edition = 0

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// One generated event: the domain event and when it happened.
    struct Event {
        var event: ProgrammeEvent
        var occurredAt: BusinessInstant
    }

    /// The next edition's events, in the order they happen.
    mutating func nextEdition() -> [Event] {
        edition += 1
        precondition(edition <= 99, "the generator numbers editions 1 to 99")
        var builder = EditionBuilder(
            key: EditionKey(number: edition), year: 2000 + edition, dossiers: dossiersPerEdition,
            candidatures: candidaturesPerEdition, random: random)
        let events = builder.build()
        random = builder.random
        return events
    }

    /// At least `count` events, whole editions, in order.
    mutating func events(atLeast count: Int) -> [Event] {
        var events: [Event] = []
        while events.count < count { events += nextEdition() }
        return events
    }
}

/// SplitMix64: small, fast and seeded.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }
}
