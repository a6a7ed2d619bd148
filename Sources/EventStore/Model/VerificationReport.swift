/// What ``EventLog/verify(progress:)`` found: sound, or the first problem and where it is.
public struct VerificationReport: Sendable, Hashable, Codable {
    /// One thing wrong with the store, located as precisely as possible.
    public struct Problem: Sendable, Hashable, Codable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable, Codable {
            /// A segment header is unreadable, of an unknown version, or does not match its name.
            case segmentHeader
            /// A segment does not continue the previous one (first position, previous chain hash).
            case continuity
            /// A record's length, CRC32C or fields are wrong.
            case record
            /// A record's position is not the next one.
            case position
            /// A record's chain hash is not SHA-256(previous hash ‖ its bytes).
            case chain
            /// A record's stream version is not its stream's next.
            case streamVersion
            /// A record's recorded-at is earlier than the previous record's.
            case recordedAt
            /// A command id appears in two separate places.
            case duplicateCommand
            /// Non-zero bytes in a segment's free space, or a sealed segment's bad tail.
            case freeSpace
            /// An index checkpoint run is damaged or disagrees with the log (rebuilt on the next
            /// open for writing; the log itself is sound).
            case index
            /// A file could not be read.
            case io
        }

        public var kind: Kind
        /// The position concerned (the one expected there for damaged bytes).
        public var position: UInt64?
        /// The file concerned (a segment or an index run), by name.
        public var file: String
        /// The byte offset in that file.
        public var offset: UInt64?
        /// What is wrong, for an operator.
        public var what: String

        public init(kind: Kind, position: UInt64?, file: String, offset: UInt64?, what: String) {
            self.kind = kind
            self.position = position
            self.file = file
            self.offset = offset
            self.what = what
        }

        public var description: String {
            var text = ""
            if let position { text += "position \(position): " }
            text += file
            if let offset { text += ", offset \(offset)" }
            return text + ": " + what
        }
    }

    /// The first problem found, `nil` when the store is sound.
    public var problem: Problem?
    /// Bytes after the last record of the last segment that are not a record and that no valid
    /// record follows: an interrupted write, not damage to acknowledged data; the next open for
    /// writing moves them to `quarantine/`. Reported, but the store is still sound.
    public var tornTail: Problem?
    /// Records checked (the last position verified).
    public var events: UInt64
    /// The chain hash of the last verified record.
    public var chainHash: Digest
    /// Segment files checked.
    public var segments: Int
    /// Index checkpoint runs checked.
    public var indexRuns: Int

    public var isSound: Bool { problem == nil }

    public init(
        problem: Problem?, tornTail: Problem?, events: UInt64, chainHash: Digest, segments: Int, indexRuns: Int
    ) {
        self.problem = problem
        self.tornTail = tornTail
        self.events = events
        self.chainHash = chainHash
        self.segments = segments
        self.indexRuns = indexRuns
    }
}
