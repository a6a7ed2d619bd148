/// What an append recorded.
public struct AppendResult: Sendable, Hashable, Codable {
    /// The global positions of the command's events.
    public var positions: ClosedRange<UInt64>
    /// The stream's version after the command's last event.
    public var streamVersion: UInt64
    /// The command id was already in the log: this is the earlier result and nothing was written.
    public var isDuplicate: Bool

    public init(positions: ClosedRange<UInt64>, streamVersion: UInt64, isDuplicate: Bool) {
        self.positions = positions
        self.streamVersion = streamVersion
        self.isDuplicate = isDuplicate
    }
}
