/// What an administration writes in its dossier: the form of the project call.
///
/// Administrations (host, funding, partners) are institutions, not people, so their names
/// are written as text; people (mentors, project lead) appear only as person ids.
public struct DossierDetails: Hashable, Sendable, Codable {
    public var title: String
    /// The host administration (porteur opérationnel): where the team works.
    public var host: String
    /// The funding administration (porteur administratif), when it differs from the host.
    public var funding: String?
    /// Partner administrations.
    public var partners: [String]
    /// How many entrepreneurs the défi asks for.
    public var entrepreneurs: Int
    /// The profiles it asks for, in the order given.
    public var profiles: [Profile]
    /// The senior mentors (mentors de haut niveau); at least one on every dossier.
    public var mentors: [PersonID]
    /// The project lead in the administration.
    public var lead: PersonID?
    public var town: String?
    public var summary: String?
    /// The défi's length; nil means the edition's standard length.
    public var durationMonths: Int?

    public init(
        title: String,
        host: String,
        funding: String? = nil,
        partners: [String] = [],
        entrepreneurs: Int,
        profiles: [Profile],
        mentors: [PersonID],
        lead: PersonID? = nil,
        town: String? = nil,
        summary: String? = nil,
        durationMonths: Int? = nil
    ) {
        self.title = title
        self.host = host
        self.funding = funding
        self.partners = partners
        self.entrepreneurs = entrepreneurs
        self.profiles = profiles
        self.mentors = mentors
        self.lead = lead
        self.town = town
        self.summary = summary
        self.durationMonths = durationMonths
    }

    /// The most partner administrations a dossier lists.
    public static let partnerLimit = 20
}

/// Changes to a dossier's details; a nil field is left as it is.
public struct DossierAmendment: Hashable, Sendable, Codable {
    public var title: String?
    public var host: String?
    public var funding: String?
    public var partners: [String]?
    public var entrepreneurs: Int?
    public var profiles: [Profile]?
    public var mentors: [PersonID]?
    public var lead: PersonID?
    public var town: String?
    public var summary: String?
    public var durationMonths: Int?

    public init(
        title: String? = nil, host: String? = nil, funding: String? = nil, partners: [String]? = nil,
        entrepreneurs: Int? = nil, profiles: [Profile]? = nil, mentors: [PersonID]? = nil, lead: PersonID? = nil,
        town: String? = nil, summary: String? = nil, durationMonths: Int? = nil
    ) {
        self.title = title
        self.host = host
        self.funding = funding
        self.partners = partners
        self.entrepreneurs = entrepreneurs
        self.profiles = profiles
        self.mentors = mentors
        self.lead = lead
        self.town = town
        self.summary = summary
        self.durationMonths = durationMonths
    }

    /// Whether the amendment changes nothing.
    public var isEmpty: Bool { self == DossierAmendment() }

    /// `details` with the amendment applied.
    public func applied(to details: DossierDetails) -> DossierDetails {
        var result = details
        result.title = title ?? details.title
        result.host = host ?? details.host
        result.funding = funding ?? details.funding
        result.partners = partners ?? details.partners
        result.entrepreneurs = entrepreneurs ?? details.entrepreneurs
        result.profiles = profiles ?? details.profiles
        result.mentors = mentors ?? details.mentors
        result.lead = lead ?? details.lead
        result.town = town ?? details.town
        result.summary = summary ?? details.summary
        result.durationMonths = durationMonths ?? details.durationMonths
        return result
    }
}
