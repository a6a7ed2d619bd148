/// Another stream that must still be at a given version for an append to go through: lets a
/// caller take a decision that read several streams without a race.
public struct StreamCondition: Sendable, Hashable {
    public var stream: String
    public var expected: ExpectedVersion

    public init(stream: String, expected: ExpectedVersion) {
        self.stream = stream
        self.expected = expected
    }
}
