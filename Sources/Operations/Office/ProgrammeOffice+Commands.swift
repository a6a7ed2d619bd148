internal import EventStore
public import Programme

extension ProgrammeOffice {
    /// Runs a domain command that names no new person.
    ///
    /// Loads the streams the command reads, decides, appends with the expected version of its
    /// target stream and conditions on the others; when another writer won the race, decides
    /// again on fresh state, up to ``maximumAttempts`` times.
    ///
    /// - Returns: where its events are; a duplicate command id returns the earlier result.
    /// - Throws: `rejected`/`notFound` (a rule refused it; nothing written), `busy`, `storage`.
    public func execute(_ command: ProgrammeCommand, recording: Recording = .now) throws(OperationsError)
        -> CommandOutcome
    {
        try handle(recording: recording, people: [], allocation: nil) { _, _ in command }
    }

    /// Runs a domain command naming people (a juror, mentors, a lead): their names go to the
    /// vault, the command gets their person ids, in the order of `people`.
    public func execute(
        recording: Recording = .now, naming people: [PersonRequest],
        _ command: ([PersonID]) -> ProgrammeCommand
    ) throws(OperationsError) -> CommandOutcome {
        try handle(recording: recording, people: people, allocation: nil) { _, ids in command(ids) }
    }

    /// Drafts a new dossier in `edition` with the next free number (`P5-003`).
    ///
    /// - Parameter details: the dossier's details, given the person ids of `people`.
    public func draftDossier(
        in edition: EditionKey, naming people: [PersonRequest], recording: Recording = .now,
        _ details: ([PersonID]) -> DossierDetails
    ) throws(OperationsError) -> CommandOutcome {
        try handle(recording: recording, people: people, allocation: .dossier(edition)) { allocated, ids in
            guard case .dossier(let id) = allocated else { preconditionFailure("a dossier id was allocated") }
            return .dossier(id, .draft(details(ids)))
        }
    }

    /// Files a new candidature in `edition` with the next free number (`C5-0042`); the
    /// candidate's name and contact details go to the vault.
    public func applyCandidate(
        in edition: EditionKey, candidate: PersonRequest, profile: Profile, experienceYears: Int,
        recording: Recording = .now
    ) throws(OperationsError) -> CommandOutcome {
        try handle(recording: recording, people: [candidate], allocation: .candidature(edition)) { allocated, ids in
            guard case .candidature(let id) = allocated else { preconditionFailure("a candidature id was allocated") }
            return .candidature(
                id, .apply(CandidateApplication(person: ids[0], profile: profile, experienceYears: experienceYears)))
        }
    }

    /// A new record's id to allocate before deciding.
    enum Allocation {
        case dossier(EditionKey)
        case candidature(EditionKey)
    }

    /// An allocated id.
    enum Allocated {
        case none
        case dossier(DossierID)
        case candidature(CandidatureID)
    }

    /// The loop every command goes through, and the vault records of its new candidates
    /// removed again when it writes nothing (refused, failed, busy): no event would name them.
    func handle(
        recording: Recording, people: [PersonRequest], allocation: Allocation?,
        build: (Allocated, [PersonID]) -> ProgrammeCommand
    ) throws(OperationsError) -> CommandOutcome {
        let commandID = recording.commandID ?? Self.freshCommandID()
        var created: [PersonID] = []
        let outcome: CommandOutcome
        do {
            outcome = try attempt(
                commandID: commandID, recording: recording, people: people, allocation: allocation,
                created: &created, build: build)
        } catch {
            discardUnnamed(created, commandID: commandID)
            throw error
        }
        if outcome.positions == nil { discardUnnamed(created, commandID: commandID) }
        return outcome
    }

    /// Decides and appends, again after a lost race, up to ``maximumAttempts`` times.
    ///
    /// - Parameter created: gets the candidates whose vault records this call wrote first
    ///   (written before the append, so a crash after it cannot lose them).
    private func attempt(
        commandID: String, recording: Recording, people: [PersonRequest], allocation: Allocation?,
        created: inout [PersonID], build: (Allocated, [PersonID]) -> ProgrammeCommand
    ) throws(OperationsError) -> CommandOutcome {
        let metadata = try metadata(commandID: commandID, recording: recording)
        let occurredAt = try occurredAt(recording)
        for _ in 1...Self.maximumAttempts {
            try refresh()
            var resolver = PeopleResolver(vault: vault)
            var ids: [PersonID] = []
            // Seeded by the command id (fixed or fresh) so that every attempt names the same
            // people: a retry after a lost race rewrites the first attempt's vault records
            // instead of leaving them behind with no event naming them.
            for (index, person) in people.enumerated() {
                ids.append(try resolver.resolve(person, seed: "\(commandID)/\(index)"))
            }
            if let earlier = try earlierResult(of: commandID) {
                return try duplicate(earlier, commandID: commandID, created: allocation != nil) {
                    build(.none, ids).subject
                }
            }
            let command = build(try allocate(allocation), ids)
            var batch = CommandBatch(log: log)
            let decision = try batch.decide(command, at: occurredAt, metadata: metadata)
            guard !decision.events.isEmpty else {
                return CommandOutcome(
                    commandID: commandID, subject: command.subject, positions: nil, isDuplicate: false, events: [])
            }
            for person in resolver.unmatchedPeople where !created.contains(person) {
                if try vault.record(of: person) == nil { created.append(person) }
            }
            guard try resolver.commit() else { continue }
            let results: [AppendResult]
            do {
                beforeAppend?()
                results = try batch.append()
            } catch  where error.code == .versionConflict {
                continue
            } catch {
                throw .store(error)
            }
            let result = results[0]
            if result.isDuplicate {
                return try duplicate(result, commandID: commandID, created: allocation != nil) { command.subject }
            }
            return CommandOutcome(
                commandID: commandID, subject: command.subject, positions: result.positions, isDuplicate: false,
                events: decision.events)
        }
        throw OperationsError(
            .busy,
            "other commands kept changing what this command reads; it was decided \(Self.maximumAttempts) times "
                + "and nothing was written: try again")
    }

    /// What the command with `commandID` appended, if it is in the log.
    func earlierResult(of commandID: String) throws(OperationsError) -> AppendResult? {
        do {
            return try log.result(ofCommand: commandID)
        } catch {
            throw .store(error)
        }
    }

    /// The outcome of a command id already in the log: for a command that creates a record,
    /// the record its events are about.
    private func duplicate(
        _ earlier: AppendResult, commandID: String, created: Bool, subject: () -> ProgrammeStream
    ) throws(OperationsError) -> CommandOutcome {
        var resolvedSubject: ProgrammeStream?
        if created {
            do {
                resolvedSubject = ProgrammeStream(name: try log.event(at: earlier.positions.lowerBound).stream)
            } catch {
                throw .store(error)
            }
        }
        return CommandOutcome(
            commandID: commandID, subject: resolvedSubject ?? subject(), positions: earlier.positions,
            isDuplicate: true, events: [])
    }

    /// The next free number of the edition: one above the highest stream of its kind. A race
    /// with another process that picked the same number is settled by the store (`noStream`).
    private func allocate(_ allocation: Allocation?) throws(OperationsError) -> Allocated {
        switch allocation {
        case nil:
            return .none
        case .dossier(let edition):
            let existing = log.streamNames(withPrefix: ProgrammeStream.dossierPrefix(of: edition)).compactMap {
                name -> DossierID? in
                if case .dossier(let id) = ProgrammeStream(name: name) { id } else { nil }
            }
            guard let id = DossierID.next(in: edition, after: existing) else {
                throw OperationsError(
                    .rejected, "edition \(edition) has no dossier number left: \(DossierID.maximumNumber) are taken")
            }
            return .dossier(id)
        case .candidature(let edition):
            let existing = log.streamNames(withPrefix: ProgrammeStream.candidaturePrefix(of: edition)).compactMap {
                name -> CandidatureID? in
                if case .candidature(let id) = ProgrammeStream(name: name) { id } else { nil }
            }
            guard let id = CandidatureID.next(in: edition, after: existing) else {
                throw OperationsError(
                    .rejected,
                    "edition \(edition) has no candidature number left: \(CandidatureID.maximumNumber) are taken")
            }
            return .candidature(id)
        }
    }
}
