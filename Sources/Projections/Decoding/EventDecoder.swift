public import EventStore
internal import Glibc
internal import Programme

/// Reads the domain's events from the log's records for the folds: fast where it can be,
/// through the domain's own codec where it must.
///
/// The fastest path matches the payload in its canonical form byte for byte
/// (``CanonicalScanner``); the general fast path parses it once into a reused `JSONTape` and
/// reads the fields directly, as the payload's `Codable` type would (``PayloadReader``). Records at another
/// schema version than the current one, the rare payloads it leaves to the domain
/// (`EditionOpened`, `PromotionAnnounced`), and anything it finds odd go through
/// `ProgrammeEvent.decode`, which upcasts old versions and has the last word on what is
/// malformed. Tests check that both paths agree on every event type.
///
/// ```swift
/// var decoder = EventDecoder()
/// try log.forEachRecord { record in
///     if let event = try decoder.decode(record) { fold(event) }
/// }
/// ```
public struct EventDecoder {
    var tape = JSONTape()
    var ids = IdentifierText()
    /// How many events took the domain's slow path, and how many the canonical one (for
    /// tests and benchmarks).
    public private(set) var slowPathCount = 0
    public private(set) var canonicalCount = 0

    public init() {}

    /// The event in `record`, or nil when the record is not one of the domain's events (other
    /// parts of eig record their own types) or when its payload belongs to another stream than
    /// the record's (the domain's aggregates never read such an event either).
    ///
    /// - Throws: `ProjectionError` `.unreadableEvent` for a domain event this build cannot
    ///   read (unknown schema version, malformed payload), naming its position.
    public mutating func decode(_ record: borrowing RecordView) throws(ProjectionError) -> DecodedEvent? {
        try decode(
            type: record.typeBytes, schemaVersion: record.schemaVersion, stream: record.streamBytes,
            payload: record.payloadBytes,
            context: EventContext(position: record.position, occurredAt: record.occurredAt))
    }

    /// The same from a record's fields.
    mutating func decode(
        type: UnsafeRawBufferPointer, schemaVersion version: UInt16, stream: UnsafeRawBufferPointer,
        payload: UnsafeRawBufferPointer, context: EventContext
    ) throws(ProjectionError) -> DecodedEvent? {
        guard let kind = EventKind(typeBytes: type) else { return nil }
        if version == kind.fastVersion {
            // One optional, consumed where it is read: the event (about 100 bytes holding
            // strings) is moved into the result, not copied and then destroyed.
            var fast = canonicalDecode(kind, payload)
            if fast == nil {
                fast = fastDecode(kind, payload)
            } else {
                canonicalCount += 1
            }
            if var found = fast.take() {
                guard found.stream.matches(stream) else { return nil }
                return found.takeDecoded(context)
            }
        }
        slowPathCount += 1
        let event: ProgrammeEvent
        do {
            event = try ProgrammeEvent.decode(type: kind.rawValue, schemaVersion: version, payload: Array(payload))
        } catch {
            throw ProjectionError(
                .unreadableEvent,
                "the event at position \(context.position) (\(kind.rawValue) v\(version)) cannot be read by this build",
                position: context.position, cause: error.description)
        }
        guard StreamName(event.stream).matches(stream) else { return nil }
        return DecodedEvent(edition: event.edition, event: ProjectionEvent(event), context: context)
    }

    /// What the fast path read: the event, its edition and the stream its payload names.
    ///
    /// Not copyable: the event (about 100 bytes holding strings) goes from the path that read
    /// it to the result without a copy.
    struct FastEvent: ~Copyable {
        var edition: EditionKey
        var event: ProjectionEvent
        var stream: StreamName

        /// The event with its record's context. The event is swapped out, not copied: copying
        /// a `ProjectionEvent` switches over its cases to retain what they hold, and the copy
        /// left here would then be destroyed the same way (together about 250 instructions).
        mutating func takeDecoded(_ context: EventContext) -> DecodedEvent {
            var taken = ProjectionEvent.promotionStarted
            swap(&taken, &event)
            return DecodedEvent(edition: edition, event: taken, context: context)
        }
    }

    /// The fast path: nil hands the payload to the domain.
    private mutating func fastDecode(_ kind: EventKind, _ payload: UnsafeRawBufferPointer) -> FastEvent? {
        do {
            try tape.parse(payload)
        } catch {
            return nil
        }
        var reader = PayloadReader(tape.root)
        guard !reader.isInvalid else { return nil }
        let result: FastEvent?
        switch kind {
        case .editionOpened, .promotionAnnounced:
            return nil
        case .promotionStarted, .promotionEnded, .challengeWithdrawn, .candidateSelected, .selectionValidated,
            .candidateJoined, .candidateLeft, .candidateCompleted, .selectedCandidateWithdrew, .entrepreneurImported:
            result = editionEvent(kind, &reader)
        case .dossierDrafted, .dossierAmended, .dossierSubmitted, .dossierCorrectionRequested, .dossierResubmitted,
            .dossierReviewStarted, .dossierPreselected, .dossierEvaluated, .dossierAccepted, .dossierRefused,
            .dossierClosed, .dossierWithdrawn, .dossierReopened, .dossierImported:
            result = dossierEvent(kind, &reader)
        case .candidatureApplied, .candidaturePreselected, .candidatureDeclined, .preferencesGiven,
            .candidateInterviewed, .candidatureWithdrawn:
            result = candidatureEvent(kind, &reader)
        }
        return reader.isInvalid ? nil : result
    }
}

/// The name of the stream a payload belongs to, compared with a record's stream bytes
/// without building a string.
struct StreamName {
    enum Family {
        case edition, dossier, candidature

        var prefix: StaticString {
            switch self {
            case .edition: "edition-"
            case .dossier: "dossier-"
            case .candidature: "candidature-"
            }
        }
    }

    var family: Family
    /// The id after the prefix (`5`, `P5-003`, `C5-0042`), as text or as bytes of the payload
    /// (valid while the payload is being decoded).
    private var id: String
    private var idBytes: UnsafeRawBufferPointer?

    init(_ family: Family, _ id: String) {
        self.family = family
        self.id = id
    }

    init(_ family: Family, bytes: UnsafeRawBufferPointer) {
        self.family = family
        id = ""
        idBytes = bytes
    }

    init(_ stream: ProgrammeStream) {
        switch stream {
        case .edition(let key): self.init(.edition, key.rawValue)
        case .dossier(let id): self.init(.dossier, id.rawValue)
        case .candidature(let id): self.init(.candidature, id.rawValue)
        }
    }

    func matches(_ stream: UnsafeRawBufferPointer) -> Bool {
        if let idBytes { return Self.matches(stream, family.prefix, idBytes) }
        var id = id
        return id.withUTF8 { Self.matches(stream, family.prefix, UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    private static func matches(
        _ stream: UnsafeRawBufferPointer, _ prefix: StaticString, _ id: UnsafeRawBufferPointer
    ) -> Bool {
        let prefixCount = prefix.utf8CodeUnitCount
        guard stream.count == prefixCount + id.count, let base = stream.baseAddress else { return false }
        guard memcmp(base, prefix.utf8Start, prefixCount) == 0 else { return false }
        guard let idBase = id.baseAddress else { return id.isEmpty }
        return memcmp(base + prefixCount, idBase, id.count) == 0
    }
}
