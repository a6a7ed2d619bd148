public import Programme

/// What an import recorded.
public struct ImportReport: Sendable, Hashable {
    /// The editions the file names, in the order it first names them.
    public let editions: [EditionKey]
    /// How many défis and entrepreneurs the file holds.
    public let challenges: Int
    public let entrepreneurs: Int
    /// Commands recorded now, and commands already in the log (an earlier import) or not
    /// needed (an edition already open).
    public let recordedCommands: Int
    public let skippedCommands: Int
    /// The positions of the events recorded now; nil when nothing was new.
    public let positions: ClosedRange<UInt64>?

    /// Nothing was written: the file had been imported before.
    public var changedNothing: Bool { positions == nil }
}
