internal import Programme

extension ReportLabels {
    /// French, the report's default: its readers are the programme's team and the DINUM.
    /// French typography: a no-break space before a colon, a narrow one before a semicolon
    /// and a percent sign and between thousands.
    static let french: ReportLabels = {
        let nbsp = "\u{00A0}"
        let narrow = "\u{202F}"
        return ReportLabels(
            languageCode: "fr", groupSeparator: narrow, decimalSeparator: ",", percentSuffix: narrow + "%",
            monthNames: [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            dateText: { day, month, year in "\(day == 1 ? "1er" : String(day)) \(month) \(year)" },
            instantText: { date, time in "\(date) à \(time) (heure de Paris)" },
            programme: "Entrepreneurs d’intérêt général",
            organisation: "Direction interministérielle du numérique (DINUM)",
            allPromotionsTitle: "Statistiques du programme, toutes promotions",
            promotionTitle: { "Statistiques de la \($0.prefix(1).lowercased() + $0.dropFirst())" },
            madeLine: { instant, position in "Établi le \(instant), journal à la position \(position)." },
            promotionName: { key in
                if let number = key.number { return "Promotion \(number)" }
                return key.rawValue == "dig" ? "Promotion design (dig)" : "Promotion \(key.rawValue)"
            },
            promotionShortName: { key in
                if let number = key.number { return "Promo \(number)" }
                return key.rawValue == "dig" ? "Design" : key.rawValue
            },
            keyFiguresTitle: "Chiffres clés", promotionsFigure: "promotions", challengesFigure: "défis",
            entrepreneursFigure: "entrepreneurs", hostsFigure: "administrations d’accueil",
            filedFigure: "dossiers de défis déposés", applicationsFigure: "candidatures",
            contentsTitle: "Sommaire",
            nothingYetTitle: "Rien à montrer pour l’instant",
            nothingYetText: "Le journal ne contient encore aucune promotion : ce rapport n’a ni chiffre ni graphique à "
                + "montrer. Ils apparaîtront dès qu’une édition aura été ouverte (eig edition open) ou l’historique "
                + "importé (eig import defis) ; eig demo remplit un journal d’essai.",
            funnelsTitle: "Sélection des défis et des entrepreneurs",
            promotionsTitle: "Défis et entrepreneurs par promotion",
            profilesTitle: "Profils des entrepreneurs",
            decisionsTitle: "Décisions et jury",
            hostsTitle: "Administrations d’accueil",
            provenanceTitle: "Traçabilité",
            projectFunnelTitle: {
                "Dossiers de défis des administrations, \($0.prefix(1).lowercased() + $0.dropFirst())"
            },
            candidateFunnelTitle: { "Candidatures des entrepreneurs, \($0.prefix(1).lowercased() + $0.dropFirst())" },
            funnelsMissing: {
                "L’historique publié ne donne que les défis retenus, sans les étapes de la sélection, pour\(nbsp): "
                    + "\($0.joined(separator: ", "))."
            },
            funnelsNotYet: {
                "Pas encore de dossier ni de candidature pour\(nbsp): \($0.joined(separator: ", "))."
            },
            filed: "Déposés", preselected: "Présélectionnés", auditioned: "Auditionnés par le jury",
            accepted: "Retenus", refused: "Refusés", closed: "Classés sans suite", withdrawn: "Retirés",
            applied: "Candidatures reçues", candidatesPreselected: "Présélectionnées", interviewed: "Entretiens",
            selected: "Sélectionnées", joined: "Entrées en promotion", left: "Départs en cours de promotion",
            selectionStages: "Étapes de la sélection", otherDecisions: "Autres décisions", departures: "Départs",
            stage: "Étape", count: "Nombre", shareOfFiled: "Part des dossiers déposés",
            shareOfApplications: "Part des candidatures",
            promotionsChartTitle: "Défis et entrepreneurs par promotion depuis 2017",
            promotionsNote: "Une promotion par an depuis 2017, et une promotion design (dig) en 2019. Les "
                + "entrepreneurs sont ceux qui sont entrés en promotion.",
            challengesSeries: "Défis", entrepreneursSeries: "Entrepreneurs", promotionColumn: "Promotion",
            total: "Total",
            profileNames: [
                .dev: "Développement", .design: "Design", .datascience: "Science des données",
                .dataengineering: "Ingénierie des données", .geomatique: "Géomatique", .legal: "Juriste du numérique",
                .product: "Produit",
            ],
            unspecifiedProfile: "Profil non renseigné",
            profilesChartTitle: "Entrepreneurs par profil et par promotion",
            unspecifiedProfilesNote: "L’historique publié des promotions 2017 à 2020 ne donne pas le profil de "
                + "chaque entrepreneur : ils sont comptés en « profil non renseigné ».",
            recruitmentChartTitle: "Profils demandés et recrutés",
            requestingChallenges: "Défis demandant le profil", filledChallenges: "Défis l’ayant recruté",
            fillRate: "Taux de couverture", profileColumn: "Profil",
            recruitmentNote: "Défis issus des appels à projets, hors défis retirés de la promotion ; l’historique "
                + "publié ne dit pas quel profil chaque entrepreneur occupait.",
            seatsNote: { challenges, seats, members in
                "\(challenges) défis ont demandé \(seats) entrepreneurs\(narrow); leurs équipes en comptent \(members)."
            },
            delaysChartTitle: "Délai entre le dépôt d’un dossier et la décision",
            decidedDossiers: "Dossiers décidés", delayColumn: "Délai",
            dayRange: { first, last in first == last ? "\(first)\(nbsp)j" : "\(first)–\(last)\(nbsp)j" },
            delaysSummary: { median, p90, count in
                "Médiane\(nbsp): \(median) jours\(narrow); 90\(nbsp)% des \(count) dossiers décidés l’ont été en "
                    + "\(p90) jours au plus."
            },
            delaysNote: "Du premier dépôt à la décision en vigueur (retenu, refusé ou classé sans suite). "
                + "L’historique publié ne donne pas de date de dépôt.",
            juryChartTitle: "Moyennes du jury par critère (notes de 1 à 4)",
            acceptedDossiers: "Dossiers retenus", refusedDossiers: "Dossiers refusés", criterionColumn: "Critère",
            criterionNames: [
                .need: "Pertinence du besoin", .definition: "Définition du projet et des profils",
                .commitment: "Engagement de l’administration", .transformation: "Transformation numérique",
                .openness: "Ouverture et mutualisation",
            ],
            juryNote: { accepted, refused in
                func dossiers(_ count: Int, _ decision: String) -> String {
                    count > 1 ? "\(count) dossiers \(decision)s" : "\(count) dossier \(decision)"
                }
                return "Notes des jurés de 1 à 4, en moyenne sur \(dossiers(accepted, "retenu")) et "
                    + "\(dossiers(refused, "refusé")) évalués."
            },
            hostsChartTitle: "Administrations d’accueil par promotion",
            hostsHeading: { promotion, hosts, new in
                "\(promotion)\(nbsp): \(hosts) administrations, dont \(new) nouvelles"
            },
            hostsColumn: "Administrations", returningHosts: "Déjà accueillantes", newHosts: "Nouvelles",
            distinctHosts: "Administrations distinctes", newHost: "nouvelle",
            noHosts: "Aucun défi retenu pour l’instant.",
            challengeCount: { "(\($0) défis)" },
            hostsNote: "Une administration est nouvelle si elle n’a accueilli aucun défi d’une promotion "
                + "antérieure ; les noms sont comparés sans tenir compte des majuscules ni des accents.",
            logPosition: "Position dans le journal", chainHash: "Empreinte de la chaîne (SHA-256)",
            madeOn: "Établi le",
            replayIntro: "Ces chiffres sont ceux du journal jusqu’à cette position\(nbsp): pour les retrouver,",
            verifyIntro: "\(narrow); pour vérifier l’intégrité du journal,", sentenceEnd: ".",
            generatedBy: "Document produit par eig, autonome : aucune ressource extérieure n’est chargée.",
            nothingToChart: "Pas encore de données pour ce graphique.",
            chartKind: { horizontal, stacked, histogram in
                if histogram { return "Histogramme" }
                return (horizontal ? "Diagramme en barres horizontales" : "Diagramme en colonnes")
                    + (stacked ? " empilées" : "")
            },
            colon: "\(nbsp): ", listSeparator: "\(narrow); ",
            totalThenParts: { total, parts in "\(total) au total, dont \(parts.joined(separator: ", "))" },
            tableCaption: { "Données\(nbsp): \($0.prefix(1).lowercased() + $0.dropFirst())" }
        )
    }()
}
