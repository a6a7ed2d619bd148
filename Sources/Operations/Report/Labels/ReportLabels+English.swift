internal import Programme

extension ReportLabels {
    /// English (`--lang en`), for the programme's partners abroad. The programme's own name
    /// stays French.
    static let english = ReportLabels(
        languageCode: "en", groupSeparator: ",", decimalSeparator: ".", percentSuffix: "%",
        monthNames: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        dateText: { day, month, year in "\(day) \(month) \(year)" },
        instantText: { date, time in "\(date) at \(time) (Paris time)" },
        programme: "Entrepreneurs d’intérêt général",
        organisation: "Interministerial Digital Directorate (DINUM), French government",
        allPromotionsTitle: "Programme statistics, all cohorts",
        promotionTitle: { "Statistics of \($0)" },
        madeLine: { instant, position in "Made on \(instant) from the log up to position \(position)." },
        promotionName: { key in
            if let number = key.number { return "Cohort \(number)" }
            return key.rawValue == "dig" ? "Design cohort (dig)" : "Cohort \(key.rawValue)"
        },
        promotionShortName: { key in
            if let number = key.number { return "Cohort \(number)" }
            return key.rawValue == "dig" ? "Design" : key.rawValue
        },
        keyFiguresTitle: "Key figures", promotionsFigure: "cohorts", challengesFigure: "challenges",
        entrepreneursFigure: "entrepreneurs", hostsFigure: "host administrations",
        filedFigure: "project dossiers filed", applicationsFigure: "applications",
        contentsTitle: "Contents",
        nothingYetTitle: "Nothing to show yet",
        nothingYetText: "The log holds no cohort yet: this report has no figure and no chart to show. They will "
            + "appear once an edition is opened (eig edition open) or the history imported (eig import defis); "
            + "eig demo fills a trial log.",
        funnelsTitle: "Selection of challenges and entrepreneurs",
        promotionsTitle: "Challenges and entrepreneurs per cohort",
        profilesTitle: "Entrepreneurs’ profiles",
        decisionsTitle: "Decisions and jury",
        hostsTitle: "Host administrations",
        provenanceTitle: "Provenance",
        projectFunnelTitle: { "Project dossiers from administrations, \($0)" },
        candidateFunnelTitle: { "Applications from entrepreneurs, \($0)" },
        funnelsMissing: {
            "The published history gives only the accepted challenges, not the selection stages, for: "
                + "\($0.joined(separator: ", "))."
        },
        funnelsNotYet: { "No dossier and no application yet for: \($0.joined(separator: ", "))." },
        filed: "Filed", preselected: "Preselected", auditioned: "Auditioned by the jury", accepted: "Accepted",
        refused: "Refused", closed: "Closed without follow-up", withdrawn: "Withdrawn",
        applied: "Applications received", candidatesPreselected: "Preselected", interviewed: "Interviewed",
        selected: "Selected", joined: "Joined the cohort", left: "Left during the cohort",
        selectionStages: "Selection stages", otherDecisions: "Other decisions", departures: "Departures",
        stage: "Stage", count: "Count", shareOfFiled: "Share of dossiers filed",
        shareOfApplications: "Share of applications",
        promotionsChartTitle: "Challenges and entrepreneurs per cohort since 2017",
        promotionsNote: "One cohort a year since 2017, and a design cohort (dig) in 2019. Entrepreneurs are "
            + "those who joined a cohort.",
        challengesSeries: "Challenges", entrepreneursSeries: "Entrepreneurs", promotionColumn: "Cohort",
        total: "Total",
        profileNames: [
            .dev: "Software development", .design: "Design", .datascience: "Data science",
            .dataengineering: "Data engineering", .geomatique: "Geomatics", .legal: "Digital law",
            .product: "Product",
        ],
        unspecifiedProfile: "Profile not on record",
        profilesChartTitle: "Entrepreneurs by profile and cohort",
        unspecifiedProfilesNote: "The published history of the 2017-2020 cohorts does not give each "
            + "entrepreneur’s profile: they are counted as “profile not on record”.",
        recruitmentChartTitle: "Profiles requested and recruited",
        requestingChallenges: "Challenges requesting the profile", filledChallenges: "Challenges that recruited it",
        fillRate: "Coverage", profileColumn: "Profile",
        recruitmentNote: "Challenges that came through the calls for projects, withdrawn ones left out; the "
            + "published history does not say which profile each entrepreneur held.",
        seatsNote: { challenges, seats, members in
            "\(challenges) challenges requested \(seats) entrepreneurs; their teams have \(members)."
        },
        delaysChartTitle: "Days from filing a dossier to its decision",
        decidedDossiers: "Dossiers decided", delayColumn: "Days",
        dayRange: { first, last in first == last ? "\(first) d" : "\(first)–\(last) d" },
        delaysSummary: { median, p90, count in
            "Median: \(median) days; 90% of the \(count) dossiers decided were decided within \(p90) days."
        },
        delaysNote: "From the first filing to the decision in force (accepted, refused or closed). The published "
            + "history gives no filing dates.",
        juryChartTitle: "Jury averages per criterion (scores 1 to 4)",
        acceptedDossiers: "Accepted dossiers", refusedDossiers: "Refused dossiers", criterionColumn: "Criterion",
        criterionNames: [
            .need: "Relevance of the need", .definition: "Definition of the project and profiles",
            .commitment: "Commitment of the administration", .transformation: "Digital transformation",
            .openness: "Openness and pooling",
        ],
        juryNote: { accepted, refused in
            "Jurors’ scores from 1 to 4, averaged over the \(accepted) accepted and \(refused) refused "
                + "\(accepted + refused == 1 ? "dossier" : "dossiers") they evaluated."
        },
        hostsChartTitle: "Host administrations per cohort",
        hostsHeading: { promotion, hosts, new in "\(promotion): \(hosts) administrations, \(new) of them new" },
        hostsColumn: "Administrations", returningHosts: "Hosted before", newHosts: "New",
        distinctHosts: "Distinct administrations", newHost: "new",
        noHosts: "No challenge accepted yet.",
        challengeCount: { "(\($0) challenges)" },
        hostsNote: "An administration is new when it hosted no challenge of an earlier cohort; names are compared "
            + "regardless of case and accents.",
        logPosition: "Log position", chainHash: "Chain hash (SHA-256)", madeOn: "Made on",
        replayIntro: "These figures are those of the log up to that position: to see them again, run",
        verifyIntro: "; to check the log has not been altered, run", sentenceEnd: ".",
        generatedBy: "Made by eig as a self-contained document: nothing is loaded from elsewhere.",
        nothingToChart: "No data for this chart yet.",
        chartKind: { horizontal, stacked, histogram in
            if histogram { return "Histogram" }
            let shape = horizontal ? "bar chart" : "column chart"
            return stacked ? "Stacked " + shape : horizontal ? "Horizontal " + shape : "Column chart"
        },
        colon: ": ", listSeparator: "; ",
        totalThenParts: { total, parts in "\(total) in total, of which \(parts.joined(separator: ", "))" },
        tableCaption: { "Data: \($0)" }
    )
}
