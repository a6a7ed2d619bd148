public import Programme
public import Projections

/// The queries of the read side, answered either by the persisted read models as of the
/// log's head (``ReadSide``) or by read models folded in memory up to a past position
/// (``Replay``): the query commands print either alike.
public protocol ReadQueries {
    func dossiers(_ filter: DossierFilter, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<[DossierRow]>
    func candidatures(_ filter: CandidatureFilter, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<[CandidatureRow]>
    func promotions(progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<[PromotionsModel.Partition]>
    func promotion(_ edition: EditionKey, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<PromotionsModel.Partition?>
    func statistics(edition: EditionKey?, progress: ProjectionStore.Progress?) throws(ProjectionError)
        -> ReadSide.Answer<StatisticsReport>
}

extension ReadSide: ReadQueries {}
