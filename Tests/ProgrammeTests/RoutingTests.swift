import Testing

@testable import Programme

/// The contract with Operations: which streams a command reads, and where it writes.
struct RoutingTests {
    let key = Controls.edition
    let d3 = Controls.challenge
    let d4 = Controls.otherDossier.challenge

    @Test func everyCommandReadsItsOwnStreamFirstThenWhatItsRulesNeed() {
        let own = ProgrammeStream.candidature(Controls.candidature)
        let table: [(ProgrammeCommand, [ProgrammeStream])] = [
            (.edition(key, .startPromotion), [.edition(key)]),
            (.edition(key, .withdrawChallenge(d3, reason: "r")), [.edition(key), .dossier(Controls.dossier)]),
            (.dossier(Controls.dossier, .submit), [.dossier(Controls.dossier), .edition(key)]),
            (.candidature(Controls.candidature, .preselect), [own, .edition(key)]),
            (
                .candidature(Controls.candidature, .prefer([d4, d3, d4])),
                [own, .edition(key), .dossier(Controls.otherDossier), .dossier(Controls.dossier)]
            ),
            (
                .candidature(Controls.candidature, .select(d3, profile: .dev)),
                [own, .edition(key), .dossier(Controls.dossier)]
            ),
            (.candidature(Controls.candidature, .join), [own, .edition(key)]),
        ]
        for (command, streams) in table {
            #expect(command.streamsToRead == streams, "\(command)")
        }
    }

    @Test func aLongListOfPreferencesIsRefusedWithoutReadingEveryDossier() {
        let many = (1...50).map { DossierID(edition: key, number: $0).challenge }
        let command = ProgrammeCommand.candidature(Controls.candidature, .prefer(many))
        #expect(command.streamsToRead.count == 6)
        given(Controls.edition(at: .announced), Controls.candidature(at: .preselected)).when(command)
            .thenRejected("candidature.preferences-count")
    }

    @Test func eventsOfStreamsACommandDoesNotReadAreIgnored() throws {
        // Operations may hand over more than was asked; only the streams read count.
        let history = StreamHistory(
            events: Controls.edition(at: .planned) + Controls.dossier(at: .draft)
                + Controls.dossier(Controls.otherDossier, at: .accepted))
        let decision = try ProgrammeCommand.dossier(Controls.dossier, .submit).decide(
            given: history, at: Controls.inProjectCall)
        #expect(decision.events == [.dossierSubmitted(DossierSubmitted(dossier: Controls.dossier))])
    }
}

struct EventSubjectTests {
    @Test func seatEventsConcernTheEditionTheCandidatureAndTheDossier() {
        let selected = Controls.candidature(at: .selected).last!
        #expect(
            selected.subjects == [
                .edition(Controls.edition), .candidature(Controls.candidature), .dossier(Controls.dossier),
            ])
        #expect(Controls.accepted().subjects == [.dossier(Controls.dossier)])
        let imported = ProgrammeEvent.entrepreneurImported(
            EntrepreneurImported(
                edition: Controls.edition, person: Controls.candidate, challenge: Controls.challenge, source: "csv"))
        #expect(imported.subjects == [.edition(Controls.edition), .dossier(Controls.dossier)])
        #expect(Controls.everyEvent.allSatisfy { $0.edition == Controls.edition })
    }
}
