import Testing

@testable import Programme

/// Random command sequences against the whole domain, as Operations would run them: load
/// the streams a command reads, decide, append. After every step the state must be valid,
/// and a rejected command must have written nothing.
struct PropertyTests {
    @Test(arguments: [1, 2, 3, 42, 2021] as [UInt64])
    func randomCommandSequencesNeverLeaveAnInvalidState(seed: UInt64) throws {
        var commands = RandomCommands(seed: seed)
        var log: [ProgrammeEvent] = []
        var accepted: [String: Int] = [:]
        let steps = 400
        _ = try apply(.edition(Controls.edition, .open(Controls.settings)), at: Controls.inProjectCall, to: &log)
        for step in 0..<steps {
            // Half forward steps chosen from the state, half anything at any time.
            let isGuided = Bool.random(using: &commands.generator)
            let command =
                isGuided
                ? commands.guided(log: log, progress: Double(step) / Double(steps))
                : commands.next(late: step > steps * 9 / 10)
            let now = isGuided ? Controls.inCandidateCall : commands.instant()
            let before = log
            if let decision = try apply(command, at: now, to: &log) {
                for event in decision.events { accepted[event.typeName, default: 0] += 1 }
            } else {
                #expect(log == before, "seed \(seed) step \(step): a rejected command wrote")
            }
            try checkInvariants(of: log, seed: seed, step: step)
        }
        // The walk must reach deep states, or it proves little.
        for type in ["DossierAccepted", "PreferencesGiven", "CandidateSelected", "CandidateJoined"] {
            #expect(accepted[type, default: 0] > 0, "seed \(seed) never recorded \(type): \(accepted)")
        }
    }

    /// Decides `command` as Operations would and appends its events; nil when rejected.
    private func apply(_ command: ProgrammeCommand, at now: BusinessInstant, to log: inout [ProgrammeEvent]) throws
        -> Decision?
    {
        let reads = command.streamsToRead
        let history = StreamHistory(events: log.filter { reads.contains($0.stream) })
        let decision: Decision
        do {
            decision = try command.decide(given: history, at: now)
        } catch {
            #expect(!error.code.isEmpty && !error.message.isEmpty)
            return nil
        }
        #expect(try command.decide(given: history, at: now) == decision, "deciding is not deterministic")
        #expect(reads.contains(decision.stream))
        for event in decision.events {
            #expect(event.stream == decision.stream)
            let decoded = try ProgrammeEvent.decode(
                type: event.typeName, schemaVersion: event.schemaVersion, payload: event.encodedPayload())
            #expect(decoded == event)
        }
        log += decision.events
        return decision
    }

    private func checkInvariants(of log: [ProgrammeEvent], seed: UInt64, step: Int) throws {
        let streams = StreamHistory(events: log)
        let context = "seed \(seed) step \(step)"
        let edition = try #require(Edition.fold(streams[.edition(Controls.edition)]))
        var dossiers: [ChallengeID: ProjectDossier] = [:]
        for case .dossier(let id) in streams.loadedStreams {
            guard let dossier = ProjectDossier.fold(streams[.dossier(id)]) else { continue }
            dossiers[id.challenge] = dossier
            #expect((dossier.status == .accepted) == (dossier.challenge != nil), "\(context): \(id)")
            #expect(Controls.settings.entrepreneursPerChallenge.contains(dossier.details.entrepreneurs), "\(context)")
            #expect(!dossier.details.mentors.isEmpty)
            if [.auditioned, .accepted].contains(dossier.status) {
                #expect(!dossier.evaluations.isEmpty, "\(context)")
            }
            #expect(Set(dossier.evaluations.map(\.juror)).count == dossier.evaluations.count, "\(context)")
        }
        var seatsPerPerson: [PersonID: Int] = [:]
        for seat in edition.seats where seat.status != .withdrawn {
            seatsPerPerson[seat.person, default: 0] += 1
            let challenge = try #require(dossiers[seat.challenge]?.challenge, "\(context): seat on \(seat.challenge)")
            #expect(challenge.profiles.contains(seat.profile!), "\(context)")
        }
        #expect(seatsPerPerson.values.allSatisfy { $0 == 1 }, "\(context): \(seatsPerPerson)")
        for (id, dossier) in dossiers {
            if let challenge = dossier.challenge {
                #expect(edition.team(of: id).count <= challenge.entrepreneurs, "\(context): team of \(id)")
            }
        }
        let editionEvents = streams[.edition(Controls.edition)]
        for case .candidature(let id) in streams.loadedStreams {
            let candidature = try #require(Candidature.fold(streams[.candidature(id)], editionEvents: editionEvents))
            #expect(
                candidature.preferences.count <= 3
                    && Set(candidature.preferences).count == candidature.preferences.count)
            let seat = edition.seat(of: id)
            switch candidature.status {
            case .selected, .validated, .joined, .completed, .left:
                #expect(seat?.status.rawValue == candidature.status.rawValue, "\(context): \(id)")
                #expect(candidature.placement?.challenge == seat?.challenge)
            default:
                #expect(seat == nil || seat?.status == .withdrawn, "\(context): \(id)")
            }
        }
    }
}
