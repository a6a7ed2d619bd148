import EventStore
import Glibc

/// eig-torture: child processes for the store's multi-process tests (kill -9, contention,
/// injected faults). Each subcommand lives in its own file; this is only the dispatcher.
///
/// Exit codes follow the CLI (DESIGN §7): 0 done, 64 usage, 74 I/O or corruption (and a fatal
/// fsync failure, through the engine's handler), 70 anything else.
let arguments = Array(CommandLine.arguments.dropFirst())
let subcommands: [String: (inout Flags) throws -> Void] = [
    "append-loop": AppendLoop.run,
    "contend": Contend.run,
    "fault": FaultRun.run,
]

guard let name = arguments.first, let run = subcommands[name] else {
    StandardStreams.error(TortureUsage.text)
    exit(arguments.first.map { ["help", "--help", "-h"].contains($0) } == true ? 0 : 64)
}
do {
    var flags = try Flags(Array(arguments.dropFirst()))
    try run(&flags)
    exit(0)
} catch let error as UsageError {
    StandardStreams.error("eig-torture: \(error.message)\n")
    exit(64)
} catch let error as StoreError {
    StandardStreams.error("eig-torture: \(error)\n")
    exit(TortureStore.exitCode(of: error))
} catch {
    StandardStreams.error("eig-torture: \(error)\n")
    exit(70)
}
