/// `eig-bench store PHASE`: the store's phases, one file each.
enum StoreBench {
    static let phases: [String: @Sendable (inout BenchFlags) throws -> Void] = [
        "append": StoreAppendPhase.run,
        "replay": StoreReplayPhase.run,
        "load": StoreLoadPhase.run,
        "open": StoreOpenPhase.run,
    ]

    static func run(_ flags: inout BenchFlags) throws {
        guard let phase = flags.words.first else {
            throw BenchUsageError("store needs a phase: \(phases.keys.sorted().joined(separator: ", "))")
        }
        guard let run = phases[phase] else {
            throw BenchUsageError("unknown phase '\(phase)'; phases: \(phases.keys.sorted().joined(separator: ", "))")
        }
        try run(&flags)
    }
}
