import Programme
import Testing

@testable import Projections

/// A read model says which families of events it reads, and the engine skips the others
/// (it does not even load a partition for them): the fold must leave a partition unchanged
/// for every event outside its families.
struct ModelFamiliesTests {
    static func check<Model: ReadModel>(_ model: Model.Type) {
        let given = Controls.fold(model, FoldFingerprintTests.frozenLog)
        for event in Controls.everyEvent.map(ProjectionEvent.init) where !Model.families.contains(event.family) {
            for (_, partition) in given.partitions {
                #expect(Model.evolve(partition, event, Controls.context(99)) == partition, "\(Model.name): \(event)")
            }
        }
    }

    @Test func foldsIgnoreTheFamiliesTheyDoNotRead() {
        Self.check(DossiersModel.self)
        Self.check(CandidaturesModel.self)
        Self.check(PromotionsModel.self)
        Self.check(StatisticsModel.self)
    }
}
