// Golden payloads: the bytes the catalogue's events encode to, frozen when the catalogue
// was written. A change to a payload's shape that does not bump its schema version fails
// here; a deliberate change adds an upcaster and a new line, it never edits an old one.

enum EventFixtures {
    /// (type name, schema version, payload JSON), one line per event type.
    static let frozen: [(String, UInt16, String)] = [
        (
            "EditionOpened", 1,
            #"{"settings":{"candidateCall":{"first":"2021-03-01","last":"2021-05-02"},"criteria":["need","definition","commitment","transformation","openness"],"entrepreneursPerChallenge":{"max":3,"min":2},"key":"5","months":{"max":10,"min":10},"profiles":["dev","design","datascience","dataengineering","geomatique","legal","product"],"projectCall":{"first":"2021-02-01","last":"2021-04-07"},"promotion":{"first":"2021-09-01","last":"2022-06-30"},"retentionMonths":24,"year":2021}}"#
        ),
        ("PromotionAnnounced", 1, #"{"dates":{"first":"2021-09-01","last":"2022-06-30"},"edition":"5"}"#),
        ("PromotionStarted", 1, #"{"edition":"5"}"#),
        ("PromotionEnded", 1, #"{"edition":"5"}"#),
        ("ChallengeWithdrawn", 1, #"{"challenge":"D5-003","edition":"5","reason":"No candidate."}"#),
        (
            "CandidateSelected", 1,
            #"{"candidature":"C5-0042","challenge":"D5-003","edition":"5","person":"person-candidate","profile":"dev"}"#
        ),
        ("SelectionValidated", 1, #"{"candidature":"C5-0042","challenge":"D5-003","edition":"5"}"#),
        (
            "CandidateJoined", 1,
            #"{"candidature":"C5-0042","challenge":"D5-003","edition":"5","person":"person-candidate"}"#
        ),
        ("CandidateLeft", 1, #"{"candidature":"C5-0042","challenge":"D5-003","edition":"5","reason":"Moved."}"#),
        ("CandidateCompleted", 1, #"{"challenge":"D5-003","edition":"5","person":"person-candidate"}"#),
        ("SelectedCandidateWithdrew", 1, #"{"candidature":"C5-0042","challenge":"D5-003","edition":"5"}"#),
        (
            "EntrepreneurImported", 1,
            #"{"challenge":"D5-003","edition":"5","person":"anon-D5-003-1","source":"csv: Plume"}"#
        ),
        (
            "DossierDrafted", 1,
            #"{"details":{"entrepreneurs":2,"funding":"DINUM","host":"Direction générale des entreprises","lead":"person-lead","mentors":["person-mentor"],"partners":["Urssaf","Banque de France"],"profiles":["datascience","dev"],"summary":"Détecter les entreprises en difficulté.","title":"Signaux faibles","town":"Paris"},"dossier":"P5-003"}"#
        ),
        ("DossierAmended", 1, #"{"changes":{"durationMonths":10,"partners":[]},"dossier":"P5-003"}"#),
        ("DossierSubmitted", 1, #"{"dossier":"P5-003"}"#),
        (
            "DossierCorrectionRequested", 1,
            #"{"dossier":"P5-003","message":"Le budget est faux.\nMerci.","reason":"incorrect"}"#
        ),
        ("DossierResubmitted", 1, #"{"dossier":"P5-003"}"#),
        ("DossierReviewStarted", 1, #"{"dossier":"P5-003"}"#),
        ("DossierPreselected", 1, #"{"dossier":"P5-003"}"#),
        (
            "DossierEvaluated", 2,
            #"{"dossier":"P5-003","juror":"person-juror","opinion":"favourable","rank":1,"replacesEarlier":true,"scores":{"commitment":4,"definition":3,"need":4,"openness":2,"transformation":3},"total":16}"#
        ),
        (
            "DossierAccepted", 1,
            #"{"challenge":"D5-003","dossier":"P5-003","durationMonths":10,"entrepreneurs":2,"profiles":["datascience","dev"]}"#
        ),
        ("DossierRefused", 1, #"{"dossier":"P5-003","motivation":"Hors périmètre « données »."}"#),
        ("DossierClosed", 1, #"{"dossier":"P5-003","motivation":"Projet arrêté."}"#),
        ("DossierWithdrawn", 1, #"{"dossier":"P5-003","reason":"Budget cut."}"#),
        (
            "DossierReopened", 1,
            #"{"dossier":"P5-003","previousStatus":"closed_without_follow_up","reason":"Jury error."}"#
        ),
        (
            "DossierImported", 1,
            #"{"challenge":"D5-004","details":{"durationMonths":10,"entrepreneurs":3,"host":"Cour de cassation","mentors":["person-mentor","person-lead"],"partners":[],"profiles":["dev","design","legal"],"title":"Plume"},"dossier":"P5-004","source":"csv: Plume"}"#
        ),
        (
            "CandidatureApplied", 1,
            #"{"candidature":"C5-0042","experienceYears":6,"person":"person-candidate","profile":"datascience"}"#
        ),
        ("CandidaturePreselected", 1, #"{"candidature":"C5-0042"}"#),
        ("CandidatureDeclined", 1, #"{"candidature":"C5-0042","reason":"Profile too junior."}"#),
        ("PreferencesGiven", 1, #"{"candidature":"C5-0042","challenges":["D5-003","D5-004"]}"#),
        (
            "CandidateInterviewed", 1,
            #"{"candidature":"C5-0042","challenge":"D5-003","juror":"person-juror","replacesEarlier":false,"scores":[4,3,4,3,4],"total":18}"#
        ),
        ("CandidatureWithdrawn", 1, #"{"candidature":"C5-0042"}"#),
        // Version 1 of DossierEvaluated, read through its upcaster.
        (
            "DossierEvaluated", 1,
            #"{"dossier":"P5-003","favourable":true,"juror":"person-juror","rank":1,"replacesEarlier":true,"scores":[4,3,4,3,2]}"#
        ),
    ]
}
