/// The calendars of the past editions, for the import of the published history.
///
/// The published file gives each défi's promotion and year, not the calls' dates, so the
/// calendars below follow the programme's known rhythm: promotions 1 and 2 started in
/// January (2017, 2018), promotions 3 and 4 in September (2019, 2020), the design
/// promotion (`dig`) in the autumn of 2019 with défis of 6 to 12 months; each call closed
/// before its promotion began. They are approximations, and documented as such; what the
/// file does give (counts, profiles, lengths) is taken from it.
enum HistoricalEditions {
    struct Calendar {
        let projectCall: String
        let candidateCall: String
        let promotion: String
        let months: ClosedRange<Int>
    }

    static let calendars: [String: Calendar] = [
        "1": Calendar(
            projectCall: "2016-09-01..2016-10-31", candidateCall: "2016-10-15..2016-11-30",
            promotion: "2017-01-16..2017-11-15", months: 10...10),
        "2": Calendar(
            projectCall: "2017-07-01..2017-09-30", candidateCall: "2017-10-01..2017-11-15",
            promotion: "2018-01-15..2018-11-14", months: 10...10),
        "3": Calendar(
            projectCall: "2018-11-15..2019-01-31", candidateCall: "2019-03-01..2019-04-30",
            promotion: "2019-09-02..2020-07-01", months: 10...10),
        "4": Calendar(
            projectCall: "2019-11-18..2020-01-31", candidateCall: "2020-03-01..2020-04-30",
            promotion: "2020-09-01..2021-06-30", months: 10...10),
        "dig": Calendar(
            projectCall: "2019-03-01..2019-05-15", candidateCall: "2019-05-15..2019-07-15",
            promotion: "2019-09-16..2020-09-15", months: 6...12),
    ]

    /// The settings of edition `key`, whose promotion started in `year`, offering `profiles`.
    ///
    /// A key the table does not know gets the 2021 rhythm in its year: projects 1 Feb –
    /// 7 Apr, candidates 1 Mar – 2 May, a promotion from 1 September to 30 June, and the
    /// lengths found in the file.
    static func settings(
        for key: EditionKey, year: Int, profiles: [Profile], months: ClosedRange<Int>
    ) -> EditionSettings {
        let calendar =
            calendars[key.rawValue]
            ?? Calendar(
                projectCall: "\(year)-02-01..\(year)-04-07", candidateCall: "\(year)-03-01..\(year)-05-02",
                promotion: "\(year)-09-01..\(year + 1)-06-30", months: months)
        return EditionSettings(
            key: key, year: year,
            projectCall: try! DateSpan(parsing: calendar.projectCall),
            candidateCall: try! DateSpan(parsing: calendar.candidateCall),
            promotion: try! DateSpan(parsing: calendar.promotion),
            entrepreneursPerChallenge: 1...3,
            months: calendar.months,
            profiles: profiles,
            criteria: Criterion.allCases)
    }
}
