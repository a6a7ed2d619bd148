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
///
/// Written with the standard library alone: the letters with diacritics of the Latin
/// alphabets (Latin-1 and Latin Extended-A: all of French, and most of Europe) are read as
/// their base letters, and combining marks are dropped, so "Ministère" matches "ministere"
/// and "Ministe\u{300}re" alike, without loading a Unicode library in every query.
enum TextMatch {
    static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining diacritical marks
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            if let base = base(of: scalar) {
                result.append(contentsOf: base.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` contains `part`, ignoring case, accents and extra spaces.
    static func contains(_ text: String, _ part: String) -> Bool {
        let part = folded(part)
        return part.isEmpty || folded(text).contains(part)
    }

    /// The base letters of a lowercase Latin letter with a diacritic (`é` → `e`, `œ` → `oe`).
    private static func base(of scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "à", "á", "â", "ã", "ä", "å", "ā", "ă", "ą": "a"
        case "æ": "ae"
        case "ç", "ć", "ĉ", "ċ", "č": "c"
        case "ď", "đ": "d"
        case "è", "é", "ê", "ë", "ē", "ĕ", "ė", "ę", "ě": "e"
        case "ĝ", "ğ", "ġ", "ģ": "g"
        case "ĥ", "ħ": "h"
        case "ì", "í", "î", "ï", "ĩ", "ī", "ĭ", "į", "ı": "i"
        case "ĳ": "ij"
        case "ĵ": "j"
        case "ķ": "k"
        case "ĺ", "ļ", "ľ", "ŀ", "ł": "l"
        case "ñ", "ń", "ņ", "ň": "n"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ō", "ŏ", "ő": "o"
        case "œ": "oe"
        case "ŕ", "ŗ", "ř": "r"
        case "ś", "ŝ", "ş", "š": "s"
        case "ß": "ss"
        case "ţ", "ť", "ŧ": "t"
        case "ù", "ú", "û", "ü", "ũ", "ū", "ŭ", "ů", "ű", "ų": "u"
        case "ŵ": "w"
        case "ý", "ÿ", "ŷ": "y"
        case "ź", "ż", "ž": "z"
        case "’": "'"
        default: nil
        }
    }
}
