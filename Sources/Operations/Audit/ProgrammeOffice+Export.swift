internal import EventStore
public import Programme

extension ProgrammeOffice {
    /// Every dossier of every edition (or of `edition`), as it is now, in id order: what
    /// `eig export dossiers` writes.
    public func allDossiers(in edition: EditionKey? = nil) throws(OperationsError) -> [AggregateView<ProjectDossier>] {
        var editions: [EditionKey]
        if let edition { editions = [edition] } else { editions = try editionKeys() }
        var views: [AggregateView<ProjectDossier>] = []
        for key in editions {
            let ids = log.streamNames(withPrefix: ProgrammeStream.dossierPrefix(of: key)).compactMap {
                name -> DossierID? in
                if case .dossier(let id)? = ProgrammeStream(name: name) { id } else { nil }
            }
            for id in ids.sorted() {
                if let view = try dossier(id) { views.append(view) }
            }
        }
        return views
    }
}
