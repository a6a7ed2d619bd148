import EventStore

/// What the subcommands share: opening the store with the command line's tuning, the
/// requests they append, and how store errors become exit codes.
enum TortureStore {
    /// Reads the common options and opens the store at `--store` for writing.
    static func open(_ flags: inout Flags, systemCalls: SystemCalls? = nil) throws -> EventLog {
        let directory = try flags.required("store")
        var options = EventLogOptions()
        options.segmentSize = try flags.integer(
            "segment-size", default: options.segmentSize,
            in: EventLogLimits.minimumSegmentSize...EventLogLimits.maximumSegmentSize)
        options.checkpointInterval = try flags.integer(
            "checkpoint-interval", default: options.checkpointInterval, in: 1...Int.max)
        options.preallocationChunk = try flags.integer("preallocation", default: options.preallocationChunk)
        if let systemCalls { options.systemCalls = systemCalls }
        return try EventLog.open(at: directory, mode: .write, options: options)
    }

    /// A command of `count` events for `stream`, with a payload that says who wrote it.
    static func request(
        stream: String, expected: ExpectedVersion, commandID: String, count: Int, payloadBytes: Int
    ) -> AppendRequest {
        let filler = String(repeating: "x", count: max(0, payloadBytes))
        let events = (1...count).map { number in
            ProposedEvent(
                type: "TortureAppended", occurredAt: Timestamp.now(),
                payload: Array(#"{"command":"\#(commandID)","event":\#(number),"filler":"\#(filler)"}"#.utf8))
        }
        return AppendRequest(
            stream: stream, expected: expected, metadata: CommandMetadata(commandID: commandID, actor: "torture"),
            events: events)
    }

    /// The CLI's exit code for a store error (DESIGN §7).
    static func exitCode(of error: StoreError) -> Int32 {
        switch error.code {
        case .busy: 75
        case .io, .corrupted, .fatal, .unsupportedFormat: 74
        case .notFound: 66
        case .alreadyExists: 73
        case .invalidArgument, .tooLarge: 65
        case .versionConflict: 1
        case .readOnly: 70
        }
    }
}

/// SplitMix64: a small seeded generator, so a failing run can be replayed with its `--seed`.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
