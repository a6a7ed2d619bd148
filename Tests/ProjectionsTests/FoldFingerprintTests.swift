import EventStore
import Programme
import Testing

@testable import Projections

/// A read model's version must change when its fold or its persisted form does, or the
/// engine would continue files written by the old code. Each read model's output on a
/// frozen log is fingerprinted here with its version: a change of output without a new
/// version fails, and says what to do.
struct FoldFingerprintTests {
    static let recorded: [String: (version: UInt32, fingerprint: String)] = [
        "dossiers": (1, "ad973b881f402b419f23e0ff0c3116ad8b9b9b39bd29e73bcadaaec19f4e2b86"),
        "candidatures": (1, "1b7574bf494c6e82341db1f7d0a1887a0960d015868f0712a09117a2316014a8"),
        "promotions": (1, "265502db153eba814df1145948b28f6c2496134f7767ee22e349d8bc839621c1"),
        "statistics": (3, "55d0367fadca56f3e01fdae30068a0aff006986854a8ca1f65db9f5a7da71e69"),
    ]

    /// A frozen log touching every event type and every field the read models keep. Changing
    /// it (or `Controls.everyEvent`) means recording all four fingerprints again.
    static var frozenLog: [(ProgrammeEvent, String)] {
        typealias C = Controls
        let key = C.edition
        let second = CandidatureID(edition: key, number: 7)
        let imported = DossierDetails(
            title: "Plume", host: "Cour de cassation", entrepreneurs: 2, profiles: [.dev, .legal], mentors: [C.mentor],
            durationMonths: 10)
        return C.everyEvent.map { ($0, "2021-03-01") } + [
            (C.opened(), "2021-01-01"),
            (C.drafted(), "2021-02-01"),
            (.dossierSubmitted(DossierSubmitted(dossier: C.dossier)), "2021-02-10"),
            (.dossierPreselected(DossierPreselected(dossier: C.dossier)), "2021-04-15"),
            (C.evaluated(), "2021-05-02"),
            (C.evaluated(by: C.otherJuror, [.need: 1, .openness: 3]), "2021-05-02"),
            (C.accepted(), "2021-06-01"),
            (
                .dossierImported(
                    DossierImported(
                        dossier: DossierID(edition: key, number: 9), details: imported,
                        challenge: DossierID(edition: key, number: 9).challenge, source: "csv")), "2021-06-02"
            ),
            (C.applied(), "2021-03-05"),
            (C.applied(second, person: C.person("p-7"), profile: .design), "2021-03-06"),
            (.candidaturePreselected(CandidaturePreselected(candidature: C.candidature)), "2021-05-10"),
            (.preferencesGiven(PreferencesGiven(candidature: C.candidature, challenges: [C.challenge])), "2021-06-05"),
            (C.interviewed(), "2021-06-10"),
            (C.selected(profile: .datascience), "2021-06-20"),
            (.promotionStarted(PromotionStarted(edition: key)), "2021-09-01"),
            (
                .candidateJoined(
                    CandidateJoined(
                        edition: key, candidature: C.candidature, person: C.candidate, challenge: C.challenge)),
                "2021-09-01"
            ),
            (
                .entrepreneurImported(
                    EntrepreneurImported(
                        edition: key, person: C.person("anon-1"), challenge: C.challenge, source: "csv")), "2021-09-01"
            ),
        ]
    }

    static func fingerprint<Model: PersistableModel>(_ model: Model.Type) -> String {
        let state = Controls.fold(model, frozenLog)
        var hash = SHA256()
        for (edition, partition) in state.editions {
            var writer = BinaryWriter()
            writer.write(edition)
            Model.encode(partition, to: &writer)
            hash.update(writer.bytes)
        }
        return hash.finalize().hex
    }

    @Test(arguments: ReadModelName.allCases)
    func aChangeOfOutputComesWithANewVersion(name: ReadModelName) throws {
        let fingerprint =
            switch name {
            case .dossiers: Self.fingerprint(DossiersModel.self)
            case .candidatures: Self.fingerprint(CandidaturesModel.self)
            case .promotions: Self.fingerprint(PromotionsModel.self)
            case .statistics: Self.fingerprint(StatisticsModel.self)
            }
        let recorded = try #require(Self.recorded[name.rawValue])
        if recorded.version == name.version {
            #expect(
                recorded.fingerprint == fingerprint,
                """
                the output of the \(name.rawValue) read model changed but its version did not: make it \
                \(name.version + 1) and record (\(name.version + 1), "\(fingerprint)") here
                """)
        } else {
            Issue.record(
                "\(name.rawValue) is version \(name.version) now: record (\(name.version), \"\(fingerprint)\") here")
        }
    }
}
