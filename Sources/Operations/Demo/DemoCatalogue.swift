internal import Programme

/// The fixed material of the demo: the project dossiers of a simulated edition 5 (2021), the
/// people of its juries and the names its candidates are drawn from. Invented, but in the
/// shape of the programme's real calls: French administrations, their projects, their towns.
enum DemoCatalogue {
    struct Project {
        var title: String
        var host: String
        var town: String
        var profiles: [Profile]
        var entrepreneurs: Int
        var summary: String
    }

    /// Eighteen dossiers: the first sixteen are accepted, the seventeenth refused by the jury,
    /// the eighteenth withdrawn by its administration. The accepted ones request 41 places.
    static let projects: [Project] = [
        Project(
            title: "Qualité de l'air en open data", host: "Ministère de la Transition écologique", town: "Paris",
            profiles: [.datascience, .dev, .design], entrepreneurs: 3,
            summary: "Publier et croiser les mesures des capteurs pour alerter les collectivités plus tôt."),
        Project(
            title: "Registre des aides agricoles", host: "Ministère de l'Agriculture et de l'Alimentation",
            town: "Paris", profiles: [.dev, .product, .datascience], entrepreneurs: 3,
            summary: "Un registre unique des aides versées, consultable par les exploitants et les contrôleurs."),
        Project(
            title: "Carte des friches", host: "Cerema", town: "Lyon", profiles: [.geomatique, .dev, .datascience],
            entrepreneurs: 3, summary: "Recenser les friches pour réduire l'artificialisation des sols."),
        Project(
            title: "Accès au droit pour tous", host: "Ministère de la Justice", town: "Paris",
            profiles: [.legal, .dev, .design], entrepreneurs: 3,
            summary: "Orienter chacun vers le bon service d'accès au droit, en langage clair."),
        Project(
            title: "Prévenir les ruptures de soins", host: "Caisse nationale de l'Assurance maladie", town: "Paris",
            profiles: [.datascience, .dataengineering], entrepreneurs: 2,
            summary: "Repérer les assurés qui risquent de renoncer à leurs soins."),
        Project(
            title: "Suivi des chantiers de l'État", host: "Direction de l'immobilier de l'État", town: "Paris",
            profiles: [.dev, .product, .design], entrepreneurs: 3,
            summary: "Suivre l'avancement et le coût des rénovations énergétiques des bâtiments publics."),
        Project(
            title: "Fonds européens sans fraude", host: "Agence nationale de la cohésion des territoires",
            town: "Paris", profiles: [.datascience, .dev], entrepreneurs: 2,
            summary: "Détecter les dossiers de subvention atypiques avant paiement."),
        Project(
            title: "Archives ouvertes", host: "Service interministériel des Archives de France",
            town: "Pierrefitte-sur-Seine", profiles: [.dev, .dataengineering, .design], entrepreneurs: 3,
            summary: "Rendre les inventaires d'archives consultables et réutilisables."),
        Project(
            title: "Forêts et climat", host: "Office national des forêts", town: "Nancy",
            profiles: [.geomatique, .datascience], entrepreneurs: 2,
            summary: "Suivre le dépérissement des forêts par l'imagerie satellitaire."),
        Project(
            title: "Observatoire de la commande publique", host: "Direction des achats de l'État", town: "Paris",
            profiles: [.dataengineering, .datascience, .dev], entrepreneurs: 3,
            summary: "Connaître ce que l'État achète, à qui et à quel prix."),
        Project(
            title: "Démarches des associations",
            host: "Direction de la jeunesse, de l'éducation populaire et de la vie associative", town: "Paris",
            profiles: [.dev, .design], entrepreneurs: 2,
            summary: "Simplifier les demandes de subvention des petites associations."),
        Project(
            title: "Sécurité des produits", host: "Direction générale de la concurrence, de la consommation et "
                + "de la répression des fraudes", town: "Paris", profiles: [.datascience, .dev, .product],
            entrepreneurs: 3, summary: "Repérer en ligne les produits dangereux déjà rappelés."),
        Project(
            title: "Orientation après le bac", host: "Office national d'information sur les enseignements et "
                + "les professions", town: "Lorient", profiles: [.design, .dev], entrepreneurs: 2,
            summary: "Aider les lycéens à explorer les formations à partir de leurs goûts."),
        Project(
            title: "Biodiversité marine", host: "Office français de la biodiversité", town: "Brest",
            profiles: [.datascience, .geomatique], entrepreneurs: 2,
            summary: "Exploiter les observations des plongeurs et des pêcheurs pour protéger les habitats."),
        Project(
            title: "Contrôle sanitaire de l'eau", host: "Direction générale de la santé", town: "Paris",
            profiles: [.dataengineering, .dev, .datascience], entrepreneurs: 3,
            summary: "Rassembler les analyses de l'eau potable et les publier commune par commune."),
        Project(
            title: "Le droit en données", host: "Direction de l'information légale et administrative",
            town: "Paris", profiles: [.legal, .dataengineering], entrepreneurs: 2,
            summary: "Structurer les textes juridiques pour qu'ils soient réutilisables."),
        Project(
            title: "Emploi et handicap", host: "Ministère du Travail, de l'Emploi et de l'Insertion", town: "Paris",
            profiles: [.datascience, .dev], entrepreneurs: 2,
            summary: "Mesurer l'effet des aides à l'embauche des travailleurs handicapés."),
        Project(
            title: "Guichet des subventions culturelles", host: "Ministère de la Culture", town: "Paris",
            profiles: [.dev, .design], entrepreneurs: 2,
            summary: "Un guichet unique pour les demandes d'aide des compagnies et des lieux."),
    ]

    /// The jury of project dossiers.
    static let dossierJury = [
        "Claire Dubois", "Mathieu Lefèvre", "Sophie Garnier", "Karim Benali", "Hélène Marchand",
    ]
    /// The interviewers of candidates: two of them also sat on the dossier jury (named again,
    /// they are found again in the vault).
    static let interviewPanel = [
        "Claire Dubois", "Karim Benali", "Julie Moreau", "Antoine Roussel", "Nadia Haddad", "Pierre Caron",
    ]

    static let firstNames = [
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Jade", "Louise", "Alice", "Juliette", "Zoé",
        "Anaïs", "Mélanie", "Laura", "Aïcha", "Yasmine", "Clara", "Margaux", "Elise", "Lucas", "Hugo", "Thomas",
        "Nicolas", "Julien", "Maxime", "Alexandre", "Romain", "Théo", "Antoine", "Mehdi", "Yanis", "Bastien",
        "Quentin", "Arthur", "Paul", "Samuel", "Victor", "Adrien", "Benoît", "Cédric", "François",
    ]
    static let lastNames = [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
        "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier",
        "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
        "Mathieu", "Clément", "Nguyen", "Diallo", "Benkirane", "Da Silva", "Kowalski", "Le Gall",
    ]

    static let declineReasons = [
        "Expérience trop éloignée des profils recherchés",
        "Motivation pour l'intérêt général peu développée",
        "Dossier incomplet : portfolio ou CV manquant",
        "Compétences techniques insuffisantes pour les défis de la promotion",
    ]
    static let withdrawalReasons = [
        "A accepté une autre offre",
        "Raisons personnelles",
        "Disponibilité incompatible avec le calendrier de la promotion",
    ]
}
