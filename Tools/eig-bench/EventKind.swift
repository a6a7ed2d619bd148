/// The workload's event types, told apart from the record's type bytes without allocating:
/// by length, then by the first and last eight bytes (every name is 8 to 16 bytes long, so
/// the two words cover it).
enum EventKind: UInt8 {
    case dossierSubmitted, reviewerAssigned, reviewScored, commentAdded
    case dossierSelected, dossierRejected, dossierWithdrawn, other

    private struct Name {
        var kind: EventKind
        var count: Int
        var head: UInt64
        var tail: UInt64

        init(_ kind: EventKind, _ text: String) {
            let bytes = Array(text.utf8)
            precondition(bytes.count >= 8 && bytes.count <= 16)
            self.kind = kind
            count = bytes.count
            head = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            tail = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self) }
        }
    }

    private static let names: [Name] = [
        Name(.reviewScored, "ReviewScored"), Name(.reviewerAssigned, "ReviewerAssigned"),
        Name(.commentAdded, "CommentAdded"), Name(.dossierSubmitted, "DossierSubmitted"),
        Name(.dossierRejected, "DossierRejected"), Name(.dossierSelected, "DossierSelected"),
        Name(.dossierWithdrawn, "DossierWithdrawn"),
    ]

    /// The kind of the type name `bytes`.
    @inline(__always)
    init(typeBytes bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        guard count >= 8, count <= 16, let base = bytes.baseAddress else {
            self = .other
            return
        }
        let head = base.loadUnaligned(as: UInt64.self)
        let tail = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        for name in EventKind.names where name.count == count && name.head == head && name.tail == tail {
            self = name.kind
            return
        }
        self = .other
    }

    /// The dossier status this event sets, if it sets one unconditionally.
    var finalStatus: DossierStatus? {
        switch self {
        case .dossierSelected: .selected
        case .dossierRejected: .rejected
        case .dossierWithdrawn: .withdrawn
        default: nil
        }
    }
}

/// A dossier's status in the benchmark's read model (0 = no status yet).
enum DossierStatus: UInt8, CaseIterable {
    case none, submitted, inReview, selected, rejected, withdrawn

    /// The name `expected.json` uses.
    var name: String {
        switch self {
        case .none: "none"
        case .submitted: "submitted"
        case .inReview: "in_review"
        case .selected: "selected"
        case .rejected: "rejected"
        case .withdrawn: "withdrawn"
        }
    }
}
