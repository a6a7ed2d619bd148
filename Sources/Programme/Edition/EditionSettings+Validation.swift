extension EditionSettings {
    /// The most entrepreneurs a défi may ever request, whatever the edition.
    public static let entrepreneurLimit = 10
    /// The longest défi, in months, whatever the edition.
    public static let monthLimit = 24
    /// The longest retention, in months.
    public static let retentionLimit = 120

    /// Checks that the settings make sense together before an edition opens on them.
    ///
    /// - Throws: `Rejection.invalidSettings` with a sentence naming the values.
    public func validate() throws(Rejection) {
        func problem(_ text: String) -> Rejection { .invalidSettings(key, problem: text) }
        guard year == promotion.first.year else {
            throw problem("its year is \(year) but its promotion starts on \(promotion.first)")
        }
        guard entrepreneursPerChallenge.lowerBound >= 1, entrepreneursPerChallenge.upperBound <= Self.entrepreneurLimit
        else {
            throw problem(
                "entrepreneurs per défi must lie within 1..\(Self.entrepreneurLimit), not "
                    + "\(entrepreneursPerChallenge.lowerBound)..\(entrepreneursPerChallenge.upperBound)")
        }
        guard months.lowerBound >= 1, months.upperBound <= Self.monthLimit else {
            throw problem(
                "the length in months must lie within 1..\(Self.monthLimit), not "
                    + "\(months.lowerBound)..\(months.upperBound)")
        }
        guard (0...Self.retentionLimit).contains(retentionMonths) else {
            throw problem("the retention must lie within 0..\(Self.retentionLimit) months, not \(retentionMonths)")
        }
        guard !profiles.isEmpty, Set(profiles).count == profiles.count else {
            throw problem("its profiles must be listed at least once and at most once each")
        }
        guard !criteria.isEmpty, Set(criteria).count == criteria.count else {
            throw problem("its jury criteria must be listed at least once and at most once each")
        }
        guard projectCall.last < promotion.first else {
            throw problem("the project call must close before the promotion starts on \(promotion.first)")
        }
        guard candidateCall.last < promotion.first else {
            throw problem("the candidate call must close before the promotion starts on \(promotion.first)")
        }
    }
}
