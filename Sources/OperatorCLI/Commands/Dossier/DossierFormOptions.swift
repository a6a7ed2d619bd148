import Operations
import Programme

/// The options of a dossier's form, shared by `eig dossier draft` (where the main ones are
/// required) and `eig dossier amend` (where every one is optional and replaces the field).
struct DossierFormOptions {
    let title: Option<String>
    let host: Option<String>
    let funding: Option<String>
    let partners: Option<[String]>
    let eigs: Option<Int>
    let profiles: Option<[Profile]>
    let mentor: Option<String>
    let lead: Option<String>
    let town: Option<String>
    let summary: Option<String>
    let months: Option<Int>

    init(required: Bool) {
        title = Option("title", valueName: "T", help: "The project's title.", parser: .text(.title), isRequired: required)
        host = Option(
            "host", valueName: "ADMIN", help: "The host administration, where the team works.",
            parser: .text(.administration), isRequired: required)
        funding = Option(
            "funding", valueName: "ADMIN", help: "The funding administration, when not the host.",
            parser: .text(.administration))
        partners = Option(
            "partners", valueName: "LIST", help: "Partner administrations, comma-separated.",
            parser: .list(of: .text(.administration), count: 1...DossierDetails.partnerLimit))
        eigs = Option(
            "eigs", valueName: "N", help: "How many entrepreneurs the défi asks for.",
            parser: .integer(in: 1...EditionSettings.entrepreneurLimit), isRequired: required)
        profiles = Option(
            "profiles", valueName: "LIST", help: "The profiles it asks for, comma-separated.",
            parser: .list(of: .choice(of: Profile.self)), isRequired: required)
        mentor = Option(
            "mentor", valueName: "NAME", help: "The senior mentor; repeat for several. Kept in the vault.",
            parser: .personName, isRequired: required, isRepeatable: true)
        lead = Option(
            "lead", valueName: "NAME", help: "The project lead in the administration. Kept in the vault.",
            parser: .personName)
        town = Option("town", valueName: "T", help: "Where the team will sit.", parser: .text(.town))
        summary = Option(
            "summary", valueName: "TEXT", help: "What the défi is for, in a few sentences.", parser: .text(.summary))
        months = Option(
            "months", valueName: "N", help: "How long the défi lasts, in months.",
            parser: .integer(in: 1...EditionSettings.monthLimit), defaultDescription: "the edition's length")
    }

    var all: [any OptionConvertible] {
        [title, host, funding, partners, eigs, profiles, mentor, lead, town, summary, months]
    }

    /// The people the form names, mentors first, then the lead: their order in the ids the
    /// office gives back.
    func people(in invocation: Invocation) -> [PersonRequest] {
        invocation.values(of: mentor).map { PersonRequest(role: .mentor, name: $0) }
            + (invocation.value(of: lead).map { [PersonRequest(role: .lead, name: $0)] } ?? [])
    }

    /// The mentors' and the lead's ids among `ids` (in the order of `people(in:)`).
    func split(_ ids: [PersonID], in invocation: Invocation) -> (mentors: [PersonID], lead: PersonID?) {
        let count = invocation.values(of: mentor).count
        return (Array(ids.prefix(count)), invocation.value(of: lead) == nil ? nil : ids[count])
    }

    /// The dossier's details (draft: the required options are there).
    func details(_ ids: [PersonID], in invocation: Invocation) -> DossierDetails {
        let (mentors, lead) = split(ids, in: invocation)
        return DossierDetails(
            title: invocation.value(of: title) ?? "", host: invocation.value(of: host) ?? "",
            funding: invocation.value(of: funding), partners: invocation.value(of: partners) ?? [],
            entrepreneurs: invocation.value(of: eigs) ?? 0, profiles: invocation.value(of: profiles) ?? [],
            mentors: mentors, lead: lead, town: invocation.value(of: town), summary: invocation.value(of: summary),
            durationMonths: invocation.value(of: months))
    }

    /// The changes an amendment makes: only the options given.
    func amendment(_ ids: [PersonID], in invocation: Invocation) -> DossierAmendment {
        let (mentors, lead) = split(ids, in: invocation)
        return DossierAmendment(
            title: invocation.value(of: title), host: invocation.value(of: host), funding: invocation.value(of: funding),
            partners: invocation.value(of: partners), entrepreneurs: invocation.value(of: eigs),
            profiles: invocation.value(of: profiles), mentors: mentors.isEmpty ? nil : mentors, lead: lead,
            town: invocation.value(of: town), summary: invocation.value(of: summary),
            durationMonths: invocation.value(of: months))
    }
}
