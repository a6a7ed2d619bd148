import EventStore
import Programme
import Testing

@testable import Operations

/// The command loop: expected versions, conditions, retries, idempotency, backdating.
struct CommandHandlingTests {
    @Test func aCommandThatLosesTheRaceIsDecidedAgainOnFreshState() throws {
        let store = try TemporaryOffice()
        let first = try store.office(actor: "alice")
        try Edition5.open(first)
        let id = Edition5.dossierID(try Edition5.draft(first))
        try Edition5.preselect(first, id)
        let second = try store.office(actor: "bob")
        var raced = false
        first.beforeAppend = {
            guard !raced else { return }
            raced = true
            _ = try! Edition5.evaluate(second, id, juror: "Karim Benali")
        }
        let outcome = try Edition5.evaluate(first, id, juror: "Claire Dubois")
        #expect(raced)
        let dossier = try #require(try first.dossier(id)).state
        #expect(dossier.status == .auditioned)
        #expect(dossier.evaluations.count == 2)
        let events = try first.log.events(inStream: "dossier-\(id)")
        #expect(events.map(\.streamVersion) == Array(1...UInt64(events.count)))
        #expect(events.last?.commandID == outcome.commandID)
        #expect(events.last?.actor == "alice")
    }

    @Test func twoDraftsRacingForOneNumberGetTwoNumbers() throws {
        let store = try TemporaryOffice()
        let first = try store.office()
        try Edition5.open(first)
        let second = try store.office()
        var other: CommandOutcome?
        first.beforeAppend = {
            if other == nil { other = try! Edition5.draft(second, mentor: "Olivier Chevalier") }
        }
        let outcome = try Edition5.draft(first)
        #expect(other?.subjectID == "P5-001")
        #expect(outcome.subjectID == "P5-002")
    }

    @Test func aDecisionIsRefusedWhenAStreamItReadChangedMeanwhile() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let id = try Edition5.accepted(office)
        _ = try office.applyCandidate(
            in: Edition5.key, candidate: PersonRequest(role: .candidate, name: "Léa Martin", email: "lea@example.org"),
            profile: .dev, experienceYears: 4, recording: Controls.at(Controls.inCandidateCall))
        let candidature = CandidatureID(edition: Edition5.key, number: 1)
        _ = try office.execute(.candidature(candidature, .preselect), recording: Controls.at(Controls.paris("2021-05-10")))
        // Decide a preference on the accepted défi, then reopen its dossier before appending.
        var batch = CommandBatch(log: office.log)
        let metadata = CommandMetadata(commandID: "prefer-1", actor: "alice")
        try batch.decide(.candidature(candidature, .prefer([id.challenge])), at: Controls.paris("2021-05-20"), metadata: metadata)
        #expect(batch.requests[0].conditions.map(\.stream).contains("dossier-\(id)"))
        let other = try store.office(actor: "bob")
        _ = try other.execute(.dossier(id, .reopen(reason: "Erreur de saisie")), recording: Controls.at(Controls.paris("2021-05-19")))
        try office.refresh()
        #expect {
            _ = try batch.append()
        } throws: { error in
            (error as? StoreError)?.code == .versionConflict
        }
        // Decided again on fresh state, the same command is refused by the rule.
        #expect {
            _ = try office.execute(.candidature(candidature, .prefer([id.challenge])), recording: Controls.at(Controls.paris("2021-05-20")))
        } throws: { error in
            (error as? OperationsError)?.rejection?.code == "challenge.not-accepted"
        }
    }

    @Test func theSameCommandIDTwiceWritesOnceAndReturnsTheEarlierResult() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let recording = Controls.at(Controls.inProjectCall, id: "draft-signaux-faibles")
        let first = try Edition5.draft(office, recording: recording)
        let head = try office.head
        let second = try Edition5.draft(try store.office(actor: "bob"), recording: recording)
        #expect(!first.isDuplicate)
        #expect(second.isDuplicate)
        #expect(second.subject == first.subject)
        #expect(second.positions == first.positions)
        #expect(try office.head == head)
    }

    @Test func aCommandThatChangesNothingWritesNothing() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let id = Edition5.dossierID(try Edition5.draft(office))
        let head = try office.head
        let outcome = try office.execute(.dossier(id, .amend(DossierAmendment())))
        #expect(outcome.positions == nil)
        #expect(try office.head == head)
    }

    @Test func aRefusedCommandChangesNeitherTheLogNorTheVault() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let id = Edition5.dossierID(try Edition5.draft(office))
        let head = try office.head
        #expect {
            _ = try Edition5.evaluate(office, id, juror: "Nouveau Juré")
        } throws: { error in
            let error = error as? OperationsError
            return error?.code == .rejected && error?.rejection?.code == "dossier.invalid-transition"
        }
        #expect(try office.head == head)
        #expect(try office.vault.person(forNameKey: NameKey.of("Nouveau Juré")) == nil)
        #expect {
            _ = try office.execute(.dossier(DossierID(edition: Edition5.key, number: 9), .submit))
        } throws: { error in
            (error as? OperationsError)?.code == .notFound
        }
    }

    @Test func aLateRecordKeepsItsBusinessTimeAndItsReason() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let id = Edition5.dossierID(try Edition5.draft(office))
        let recording = Recording(
            onBehalfOf: "Mairie de Lyon",
            backdating: Backdating(occurredAt: Controls.paris("2021-04-07", 23), reason: "dossier papier\nreçu à temps"))
        let outcome = try office.execute(.dossier(id, .submit), recording: recording)
        let event = try office.log.event(at: try #require(outcome.positions).lowerBound)
        #expect(event.occurredAt.microsecondsSinceEpoch == Controls.paris("2021-04-07", 23).microsecondsSinceEpoch)
        #expect(event.causationID == "backdated: dossier papier reçu à temps")
        #expect(event.onBehalfOf == "Mairie de Lyon")
        #expect(event.commandID.hasPrefix("cmd-"))
    }

    @Test func aTimeLaterThanNowIsRefused() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        #expect {
            _ = try office.execute(
                .edition(Edition5.key, .open(Controls.settings)),
                recording: Controls.at(TemporaryOffice.now.adding(microseconds: 1)))
        } throws: { error in
            (error as? OperationsError)?.code == .invalidInput
        }
    }

    @Test func withoutAnEarlierTimeTheCallWindowsApplyToNow() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let id = Edition5.dossierID(try Edition5.draft(office))
        #expect {
            _ = try office.execute(.dossier(id, .submit))
        } throws: { error in
            let error = error as? OperationsError
            return error?.rejection?.code == "dossier.call-closed"
                && error?.message == "P5-001 cannot be submitted: the project call of edition 5 closed on 2021-04-07 23:59 Europe/Paris"
        }
    }
}
