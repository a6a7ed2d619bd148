internal import Foundation
public import Programme

/// Which dossiers `eig dossier list` shows: by edition, status and host administration.
public struct DossierFilter: Sendable, Hashable {
    public var edition: EditionKey?
    public var status: DossierStatus?
    /// Text the host administration's name contains, compared without case or accents.
    public var host: String?

    public init(edition: EditionKey? = nil, status: DossierStatus? = nil, host: String? = nil) {
        self.edition = edition
        self.status = status
        self.host = host
    }

    public func matches(_ row: DossierRow) -> Bool {
        if let edition, row.edition != edition { return false }
        if let status, row.status != status { return false }
        if let host, !TextMatch.contains(row.headline.host, host) { return false }
        return true
    }

    /// The dossiers of `state` that match, in edition order, then number order.
    public func select(from state: ModelState<DossiersModel>) -> [DossierRow] {
        state.editions.flatMap { $0.partition.dossiers.filter(matches) }
    }
}

/// Which candidatures `eig candidate list` shows.
public struct CandidatureFilter: Sendable, Hashable {
    public var edition: EditionKey?
    public var status: CandidatureStatus?

    public init(edition: EditionKey? = nil, status: CandidatureStatus? = nil) {
        self.edition = edition
        self.status = status
    }

    public func matches(_ row: CandidatureRow) -> Bool {
        (edition == nil || row.edition == edition) && (status == nil || row.status == status)
    }

    /// The candidatures of `state` that match, in edition order, then number order.
    public func select(from state: ModelState<CandidaturesModel>) -> [CandidatureRow] {
        state.editions.flatMap { $0.partition.candidatures.filter(matches) }
    }
}

/// Comparing names as people do: without case, accents or extra spaces.
enum TextMatch {
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `text` contains `part`, ignoring case, accents and extra spaces.
    static func contains(_ text: String, _ part: String) -> Bool {
        let part = folded(part)
        return part.isEmpty || folded(text).contains(part)
    }
}
