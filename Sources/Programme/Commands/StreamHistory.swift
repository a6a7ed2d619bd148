/// The domain events of the streams a command reads, as the caller loaded them.
public struct StreamHistory: Sendable, Hashable {
    private var streams: [ProgrammeStream: [ProgrammeEvent]]

    public init(_ streams: [ProgrammeStream: [ProgrammeEvent]] = [:]) {
        self.streams = streams
    }

    /// Groups events by the stream each belongs to, keeping their order: convenient for
    /// tests and for callers holding a slice of the log.
    public init(events: some Sequence<ProgrammeEvent>) {
        streams = Dictionary(grouping: events, by: \.stream)
    }

    /// The events of `stream`, empty when it was not loaded or does not exist.
    public subscript(stream: ProgrammeStream) -> [ProgrammeEvent] {
        get { streams[stream] ?? [] }
        set { streams[stream] = newValue }
    }

    /// The loaded streams.
    public var loadedStreams: [ProgrammeStream] { streams.keys.sorted() }

    /// The accepted défis among the loaded dossier streams.
    func acceptedChallenges() -> [ChallengeID: Challenge] {
        let dossiers = streams.compactMap { stream, events -> ProjectDossier? in
            guard case .dossier = stream else { return nil }
            return ProjectDossier.fold(events)
        }
        return PromotionContext.acceptedChallenges(of: dossiers)
    }
}
