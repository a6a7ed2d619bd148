internal import EventStore
internal import Programme
internal import Projections

extension ProgrammeOffice {
    /// The read models a report needs, caught up and read at one and the same log position.
    ///
    /// The statistics and promotions read models are read one after the other; when another
    /// process appended in between and they stand on different positions, they are read
    /// again (a few times, then `busy`), so that no report mixes two states of the log.
    ///
    /// - Throws: `notFound` for an edition the store does not have; `busy`, `storage` from the
    ///   read side.
    func reportData(edition: EditionKey?, madeAt: BusinessInstant) throws(OperationsError) -> ReportData {
        let projections = ProjectionStore(log: log)
        for _ in 0..<Self.maximumAttempts {
            let statistics: CurrentState<StatisticsModel>
            let promotions: CurrentState<PromotionsModel>
            do {
                statistics = try projections.current(StatisticsModel.self)
                promotions = try projections.current(PromotionsModel.self)
            } catch {
                throw Self.readSideFailure(error)
            }
            guard statistics.position == promotions.position else { continue }
            let all = StatisticsReport(statistics.state)
            if let edition, !all.editions.contains(where: { $0.edition == edition && $0.year != nil }) {
                let known = all.editions.filter { $0.year != nil }.map(\.edition.rawValue)
                throw OperationsError(
                    .notFound,
                    "there is no edition \(edition.rawValue) in this store"
                        + (known.isEmpty ? " (it has none yet)" : "; it has \(known.joined(separator: ", "))"))
            }
            var teams: [EditionKey: [ChallengeTeam]] = [:]
            for (key, partition) in promotions.state.editions { teams[key] = partition.teams }
            return ReportData(
                position: statistics.position, chainHash: try chainHash(at: statistics.position), madeAt: madeAt,
                edition: edition, selected: edition.map { StatisticsReport(statistics.state, editions: [$0]) } ?? all,
                all: all, details: StatisticsModel.reportDetails(statistics.state), teams: teams,
                notes: statistics.notes + promotions.notes.filter { !statistics.notes.contains($0) })
        }
        throw OperationsError(.busy, "the log kept changing while the report's figures were read: try again")
    }

    /// The hex chain hash of the record at `position`; zeros at 0.
    private func chainHash(at position: UInt64) throws(OperationsError) -> String {
        guard position > 0 else { return Digest.zero.hex }
        do {
            return try log.event(at: position).chainHash.hex
        } catch {
            throw .store(error)
        }
    }

    /// A read-side failure in Operations' terms.
    private static func readSideFailure(_ error: ProjectionError) -> OperationsError {
        switch error.code {
        case .busy: OperationsError(.busy, error.description)
        case .io, .log, .damaged, .unreadableEvent: OperationsError(.storage, error.description)
        case .unknownModel: OperationsError(.internalError, error.description)
        }
    }
}
