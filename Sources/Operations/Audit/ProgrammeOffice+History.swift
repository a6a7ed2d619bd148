internal import EventStore
public import Programme

extension ProgrammeOffice {
    /// The timeline of a dossier, a candidature or an edition: every event about it, in the
    /// order of the log, wherever it is recorded.
    ///
    /// - A dossier: its own stream, and the edition's events about its défi (seats, withdrawal).
    /// - A candidature: its own stream, its seat events in the edition's stream, and the erasure
    ///   of its candidate's personal data.
    /// - An edition: its stream (settings, promotion, seats), and the dossiers that entered or
    ///   left its promotion (accepted, reopened, imported).
    ///
    /// - Throws: `notFound` when the log holds nothing about the subject.
    public func history(of subject: HistorySubject) throws(OperationsError) -> [HistoryEntry] {
        try refresh()
        var entries = try self.entries(inStream: subject.stream.name)
        switch subject {
        case .dossier(let id):
            entries += try self.entries(inStream: ProgrammeStream.edition(id.edition).name).filter {
                if case .programme(let event) = $0.event { event.subjects.contains(.dossier(id)) } else { false }
            }
        case .candidature(let id):
            entries += try self.entries(inStream: ProgrammeStream.edition(id.edition).name).filter {
                if case .programme(let event) = $0.event { event.subjects.contains(.candidature(id)) } else { false }
            }
            let candidates = Set(entries.flatMap(\.people))
            entries += try self.entries(inStream: OfficeEvent.peopleStream).filter {
                if case .office(.personErased(let erased)) = $0.event {
                    candidates.contains(erased.person)
                } else {
                    false
                }
            }
        case .edition(let key):
            for name in log.streamNames(withPrefix: ProgrammeStream.dossierPrefix(of: key)) {
                entries += try self.entries(inStream: name).filter { entry in
                    switch entry.event {
                    case .programme(.dossierAccepted), .programme(.dossierImported): true
                    case .programme(.dossierReopened(let event)): event.previousStatus == .accepted
                    default: false
                    }
                }
            }
        }
        guard !entries.isEmpty else {
            throw OperationsError(.notFound, "the log holds no event about \(subject)")
        }
        return entries.sorted { $0.position < $1.position }
    }

    /// The erasures recorded so far, by person (the latest for a person erased twice).
    public func erasures() throws(OperationsError) -> [PersonID: PersonErased] {
        try refresh()
        var erased: [PersonID: PersonErased] = [:]
        for entry in try entries(inStream: OfficeEvent.peopleStream) {
            if case .office(.personErased(let erasure)) = entry.event { erased[erasure.person] = erasure }
        }
        return erased
    }

    /// The decoded events of one stream, programme's and office's; other types are passed over.
    func entries(inStream stream: String) throws(OperationsError) -> [HistoryEntry] {
        let records: [RecordedEvent]
        do {
            records = try log.events(inStream: stream)
        } catch {
            throw .store(error)
        }
        var entries: [HistoryEntry] = []
        entries.reserveCapacity(records.count)
        for record in records {
            if let event = try Self.decode(record) { entries.append(HistoryEntry(record, event)) }
        }
        return entries
    }

    /// A recorded event as the programme's or the office's; nil for a type neither knows.
    static func decode(_ record: RecordedEvent) throws(OperationsError) -> HistoryEntry.Event? {
        if let office = try OfficeEvent.decodeIfKnown(
            type: record.type, schemaVersion: record.schemaVersion, payload: record.payload)
        {
            return .office(office)
        }
        do {
            return try ProgrammeEvent.decodeIfKnown(
                type: record.type, schemaVersion: record.schemaVersion, payload: record.payload
            ).map { .programme($0) }
        } catch {
            throw OperationsError(
                .storage, "the event at position \(record.position) of \(record.stream) cannot be read: \(error)")
        }
    }
}
