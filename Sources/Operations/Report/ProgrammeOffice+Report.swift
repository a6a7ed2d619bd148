internal import EventStore
public import Programme

/// What `eig report` asks for: all editions or one, in French or English.
public struct ReportRequest: Sendable, Hashable {
    /// The edition the report is about; nil for every edition.
    public var edition: EditionKey?
    public var language: ReportLanguage

    public init(edition: EditionKey? = nil, language: ReportLanguage = .french) {
        self.edition = edition
        self.language = language
    }
}

/// A statistics report made from the log: the HTML page and what it stands on.
public struct ReportDocument: Sendable, Hashable {
    /// The self-contained HTML page.
    public let html: String
    /// The log position its figures stand on, and the chain hash there (hex).
    public let position: UInt64
    public let chainHash: String
    /// The store has no promotion yet: the page says there is nothing to show.
    public let isEmpty: Bool
    /// What the read side wants the operator to know (read models behind the log…).
    public let notes: [String]
}

extension ProgrammeOffice {
    /// The statistics report as an HTML page (see ``StatisticsPage``), made now.
    ///
    /// - Throws: `notFound` for an edition the store does not have; `busy` or `storage` from
    ///   the read side.
    public func makeStatisticsReport(_ request: ReportRequest) throws(OperationsError) -> ReportDocument {
        let data = try reportData(edition: request.edition, madeAt: clock())
        let page = StatisticsPage(data: data, labels: request.language.labels)
        return ReportDocument(
            html: page.render(), position: data.position, chainHash: data.chainHash, isEmpty: data.isEmpty,
            notes: data.notes)
    }

    /// Makes the report and writes it to `path` (absolute) atomically.
    ///
    /// The destination is checked before anything is read: a missing directory or a path that
    /// is a directory fails at once (`cannotCreate`) and nothing is written.
    ///
    /// - Throws: `cannotCreate` for a destination that cannot be written; `storage` when
    ///   writing fails (the previous file, if any, is left as it was); those of
    ///   ``makeStatisticsReport(_:)``.
    public func writeStatisticsReport(_ request: ReportRequest, to path: String) throws(OperationsError)
        -> ReportDocument
    {
        try writeStatisticsReport(request, to: path, calls: .live)
    }

    func writeStatisticsReport(_ request: ReportRequest, to path: String, calls: SystemCalls) throws(OperationsError)
        -> ReportDocument
    {
        let file = ReportFile(path: path, calls: calls)
        try file.checkDestination()
        let document = try makeStatisticsReport(request)
        try file.write(Array(document.html.utf8))
        return document
    }
}
