internal import Glibc

/// The domain's event types, recognised from a record's type bytes without allocating.
///
/// The raw value is the type name recorded in the log (EVENTS.md). ``fastVersion`` is the
/// payload schema version the fast decoder reads; a record at any other version (an old
/// one, read through the domain's upcaster) takes the domain's slow path.
enum EventKind: String, CaseIterable, Sendable {
    case editionOpened = "EditionOpened"
    case promotionAnnounced = "PromotionAnnounced"
    case promotionStarted = "PromotionStarted"
    case promotionEnded = "PromotionEnded"
    case challengeWithdrawn = "ChallengeWithdrawn"
    case candidateSelected = "CandidateSelected"
    case selectionValidated = "SelectionValidated"
    case candidateJoined = "CandidateJoined"
    case candidateLeft = "CandidateLeft"
    case candidateCompleted = "CandidateCompleted"
    case selectedCandidateWithdrew = "SelectedCandidateWithdrew"
    case entrepreneurImported = "EntrepreneurImported"
    case dossierDrafted = "DossierDrafted"
    case dossierAmended = "DossierAmended"
    case dossierSubmitted = "DossierSubmitted"
    case dossierCorrectionRequested = "DossierCorrectionRequested"
    case dossierResubmitted = "DossierResubmitted"
    case dossierReviewStarted = "DossierReviewStarted"
    case dossierPreselected = "DossierPreselected"
    case dossierEvaluated = "DossierEvaluated"
    case dossierAccepted = "DossierAccepted"
    case dossierRefused = "DossierRefused"
    case dossierClosed = "DossierClosed"
    case dossierWithdrawn = "DossierWithdrawn"
    case dossierReopened = "DossierReopened"
    case dossierImported = "DossierImported"
    case candidatureApplied = "CandidatureApplied"
    case candidaturePreselected = "CandidaturePreselected"
    case candidatureDeclined = "CandidatureDeclined"
    case preferencesGiven = "PreferencesGiven"
    case candidateInterviewed = "CandidateInterviewed"
    case candidatureWithdrawn = "CandidatureWithdrawn"

    /// The schema version the fast decoder reads (the domain's current one, which a test
    /// checks): 2 for `DossierEvaluated`, 1 for the others.
    var fastVersion: UInt16 {
        self == .dossierEvaluated ? 2 : 1
    }

    /// The kind whose type name is `bytes`, or nil for a type that is not the domain's.
    ///
    /// One hash of the name's length and first and last eight bytes picks a slot of a small
    /// open-addressing table (``Lookup``); one comparison of the name found there confirms it.
    init?(typeBytes bytes: UnsafeRawBufferPointer) {
        guard let found = Self.lookup.kind(named: bytes) else { return nil }
        self = found
    }

    private static let lookup = Lookup(allCases)

    /// The type names in a table of 128 slots (four times as many as names), found by hash
    /// with linear probing: about 60 instructions an event fewer than comparing the names of
    /// the same length one after the other (callgrind, on a rebuild).
    struct Lookup {
        private struct Slot {
            var offset: Int32
            var count: Int32
            var kind: EventKind?
        }

        private static let size = 128
        private var slots = [Slot](repeating: Slot(offset: 0, count: 0, kind: nil), count: size)
        /// Every name, one after the other.
        private var names: [UInt8] = []

        init(_ kinds: [EventKind]) {
            precondition(kinds.count < Self.size / 2, "the type names' table is too small")
            for kind in kinds {
                let name = Array(kind.rawValue.utf8)
                precondition(name.count >= 8, "type names have at least eight bytes")
                var slot = name.withUnsafeBytes { Self.hash($0.baseAddress!, name.count) }
                while slots[slot].kind != nil { slot = (slot + 1) % Self.size }
                slots[slot] = Slot(offset: Int32(names.count), count: Int32(name.count), kind: kind)
                names.append(contentsOf: name)
            }
        }

        @inline(__always)
        private static func hash(_ base: UnsafeRawPointer, _ count: Int) -> Int {
            let first = base.loadUnaligned(as: UInt64.self)
            let last = base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            let mixed =
                (first ^ (last &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: count))
                &* 0xFF51_AFD7_ED55_8CCD
            return Int(truncatingIfNeeded: mixed >> 57)
        }

        func kind(named bytes: UnsafeRawBufferPointer) -> EventKind? {
            let count = bytes.count
            guard count >= 8, let base = bytes.baseAddress else { return nil }
            var slot = Self.hash(base, count)
            return names.withUnsafeBytes { names -> EventKind? in
                while let kind = slots[slot].kind {
                    let entry = slots[slot]
                    if Int(entry.count) == count, memcmp(base, names.baseAddress! + Int(entry.offset), count) == 0 {
                        return kind
                    }
                    slot = (slot &+ 1) & (Self.size - 1)
                }
                return nil
            }
        }
    }
}
