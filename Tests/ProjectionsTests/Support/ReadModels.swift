import EventStore
import Programme
import Testing

@testable import Projections

/// The four read models' whole states, to compare one way of building them with another.
struct ReadModels: Equatable {
    var dossiers: ModelState<DossiersModel>
    var candidatures: ModelState<CandidaturesModel>
    var promotions: ModelState<PromotionsModel>
    var statistics: ModelState<StatisticsModel>

    /// The committed read models of `store`, at the position all four are at.
    static func committed(_ store: ProjectionStore) throws -> (position: UInt64, models: ReadModels) {
        func load<Model: PersistableModel>(_ model: Model.Type) throws -> (UInt64, ModelState<Model>) {
            let manifest = try #require(try store.manifest(Model.name), "no manifest for \(Model.name)")
            return (manifest.position, try store.committed(model, manifest, editions: nil))
        }
        let dossiers = try load(DossiersModel.self)
        let candidatures = try load(CandidaturesModel.self)
        let promotions = try load(PromotionsModel.self)
        let statistics = try load(StatisticsModel.self)
        #expect(Set([dossiers.0, candidatures.0, promotions.0, statistics.0]).count == 1)
        return (
            dossiers.0,
            ReadModels(
                dossiers: dossiers.1, candidatures: candidatures.1, promotions: promotions.1, statistics: statistics.1)
        )
    }

    /// The read models folded in memory from every event of `log`, decoded by the domain.
    static func folded(from log: EventLog) throws -> ReadModels {
        try log.refresh()
        var events: [DecodedEvent] = []
        var cursor = log.events()
        while let recorded = try cursor.next() {
            guard
                let event = try ProgrammeEvent.decodeIfKnown(
                    type: recorded.type, schemaVersion: recorded.schemaVersion, payload: recorded.payload),
                event.stream.name == recorded.stream
            else { continue }
            events.append(
                DecodedEvent(
                    edition: event.edition, event: ProjectionEvent(event),
                    context: EventContext(position: recorded.position, occurredAt: recorded.occurredAt)))
        }
        return ReadModels(
            dossiers: DossiersModel.fold(events), candidatures: CandidaturesModel.fold(events),
            promotions: PromotionsModel.fold(events), statistics: StatisticsModel.fold(events))
    }
}
