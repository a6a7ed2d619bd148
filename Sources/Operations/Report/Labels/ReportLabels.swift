internal import Programme

/// Every word and number format of the statistics report in one language: one table per
/// language (``french``, ``english``), so that no sentence is scattered in the page's code and
/// a translation is one file.
///
/// Sentences that take values are closures: the values are formatted by the caller with
/// ``integer(_:)``, ``decimal(_:digits:)`` and ``percent(_:of:)``.
struct ReportLabels: Sendable {
    // Language and numbers.
    var languageCode: String
    /// Between thousands: a narrow no-break space in French, a comma in English.
    var groupSeparator: String
    var decimalSeparator: String
    /// After a percentage: " %" (narrow no-break space) in French, "%" in English.
    var percentSuffix: String
    var monthNames: [String]
    var dateText: @Sendable (_ day: Int, _ month: String, _ year: Int) -> String
    var instantText: @Sendable (_ date: String, _ time: String) -> String

    // The title block.
    var programme: String
    var organisation: String
    var allPromotionsTitle: String
    var promotionTitle: @Sendable (_ promotion: String) -> String
    var madeLine: @Sendable (_ instant: String, _ position: String) -> String
    var promotionName: @Sendable (_ edition: EditionKey) -> String
    var promotionShortName: @Sendable (_ edition: EditionKey) -> String

    // Key figures and contents.
    var keyFiguresTitle: String
    var promotionsFigure: String
    var challengesFigure: String
    var entrepreneursFigure: String
    var hostsFigure: String
    var filedFigure: String
    var applicationsFigure: String
    var contentsTitle: String
    var nothingYetTitle: String
    var nothingYetText: String

    // Section titles.
    var funnelsTitle: String
    var promotionsTitle: String
    var profilesTitle: String
    var decisionsTitle: String
    var hostsTitle: String
    var provenanceTitle: String

    // Funnels.
    var projectFunnelTitle: @Sendable (_ promotion: String) -> String
    var candidateFunnelTitle: @Sendable (_ promotion: String) -> String
    var funnelsMissing: @Sendable (_ promotionsWithChallenges: [String]) -> String
    var funnelsNotYet: @Sendable (_ emptyPromotions: [String]) -> String
    var filed: String
    var preselected: String
    var auditioned: String
    var accepted: String
    var refused: String
    var closed: String
    var withdrawn: String
    var applied: String
    var candidatesPreselected: String
    var interviewed: String
    var selected: String
    var joined: String
    var left: String
    var selectionStages: String
    var otherDecisions: String
    var departures: String
    var stage: String
    var count: String
    var shareOfFiled: String
    var shareOfApplications: String

    // Promotions over the years and profiles.
    var promotionsChartTitle: String
    var promotionsNote: String
    var challengesSeries: String
    var entrepreneursSeries: String
    var promotionColumn: String
    var total: String
    var profileNames: [Profile: String]
    var unspecifiedProfile: String
    var profilesChartTitle: String
    var unspecifiedProfilesNote: String
    var recruitmentChartTitle: String
    var requestingChallenges: String
    var filledChallenges: String
    var fillRate: String
    var profileColumn: String
    var recruitmentNote: String
    var seatsNote: @Sendable (_ challenges: String, _ seats: String, _ members: String) -> String

    // Decisions and jury.
    var delaysChartTitle: String
    var decidedDossiers: String
    var delayColumn: String
    var dayRange: @Sendable (_ first: Int, _ last: Int) -> String
    var delaysSummary: @Sendable (_ median: String, _ p90: String, _ count: String) -> String
    var delaysNote: String
    var juryChartTitle: String
    var acceptedDossiers: String
    var refusedDossiers: String
    var criterionColumn: String
    var criterionNames: [Criterion: String]
    var juryNote: @Sendable (_ accepted: Int, _ refused: Int) -> String

    // Hosts.
    var hostsChartTitle: String
    var hostsHeading: @Sendable (_ promotion: String, _ hosts: String, _ new: String) -> String
    var hostsColumn: String
    var returningHosts: String
    var newHosts: String
    var distinctHosts: String
    var newHost: String
    var noHosts: String
    var challengeCount: @Sendable (_ count: String) -> String
    var hostsNote: String

    // Provenance.
    var logPosition: String
    var chainHash: String
    var madeOn: String
    var replayIntro: String
    var verifyIntro: String
    var sentenceEnd: String
    var generatedBy: String

    // Charts' text alternatives and tables.
    var nothingToChart: String
    var chartKind: @Sendable (_ horizontal: Bool, _ stacked: Bool, _ histogram: Bool) -> String
    var colon: String
    var listSeparator: String
    var totalThenParts: @Sendable (_ total: String, _ parts: [String]) -> String
    var tableCaption: @Sendable (_ chartTitle: String) -> String
}
