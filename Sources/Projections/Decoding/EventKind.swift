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
    init?(typeBytes bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        guard count < Self.byLength.count, let base = bytes.baseAddress else { return nil }
        for (name, kind) in Self.byLength[count] where Self.equal(base, name, count) {
            self = kind
            return
        }
        return nil
    }

    /// Type names grouped by their length: at most a handful to compare for any length.
    private static let byLength: [[([UInt8], EventKind)]] = {
        let longest = allCases.map(\.rawValue.utf8.count).max()!
        var table = [[([UInt8], EventKind)]](repeating: [], count: longest + 1)
        for kind in allCases { table[kind.rawValue.utf8.count].append((Array(kind.rawValue.utf8), kind)) }
        return table
    }()

    @inline(__always)
    private static func equal(_ base: UnsafeRawPointer, _ name: [UInt8], _ count: Int) -> Bool {
        name.withUnsafeBytes { memcmp(base, $0.baseAddress!, count) == 0 }
    }
}
