extension ProjectDossier {
    /// Checks a dossier's details against its edition's settings: the rules of the form.
    static func check(_ details: DossierDetails, of id: DossierID, against settings: EditionSettings) throws(Rejection)
    {
        try TextRule.title.check(details.title)
        try TextRule.administration.check(details.host)
        try TextRule.administration.check(details.funding)
        guard details.partners.count <= DossierDetails.partnerLimit else {
            throw .tooManyPartners(id, count: details.partners.count)
        }
        for partner in details.partners { try TextRule.administration.check(partner) }
        try TextRule.town.check(details.town)
        try TextRule.summary.check(details.summary)
        guard settings.entrepreneursPerChallenge.contains(details.entrepreneurs) else {
            throw .entrepreneursOutOfRange(
                id, requested: details.entrepreneurs, allowed: settings.entrepreneursPerChallenge)
        }
        if let months = details.durationMonths, !settings.months.contains(months) {
            throw .monthsOutOfRange(id, months: months, allowed: settings.months)
        }
        guard !details.profiles.isEmpty else { throw .noProfiles(id) }
        var seen: Set<Profile> = []
        for profile in details.profiles {
            guard settings.profiles.contains(profile) else {
                throw .profileNotOffered(
                    subject: id.rawValue, profile: profile, edition: settings.key, offered: settings.profiles)
            }
            guard seen.insert(profile).inserted else { throw .duplicateProfile(id, profile) }
        }
        guard !details.mentors.isEmpty else { throw .noMentor(id) }
    }
}
