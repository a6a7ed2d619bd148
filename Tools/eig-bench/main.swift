import Glibc

/// eig-bench: the benchmarks of eig, run on the workload shared with the peer systems
/// (`../shared/bench/README.md`) or on a generated programme log. Each subcommand lives in its
/// own file; adding one is one line here.
let subcommands: [String: (inout BenchFlags) throws -> Void] = [
    "store": StoreBench.run,
    "disk": DiskBench.run,
    "checksums": ChecksumBench.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "projections" {
    // The read models' benchmark parses its own options (`eig-bench projections --help`).
    exit(ProjectionsBenchmark.main(Array(arguments.dropFirst())))
}
guard let name = arguments.first, let run = subcommands[name] else {
    let asked = arguments.first.map { ["help", "--help", "-h"].contains($0) } ?? false
    BenchOutput.error(BenchUsage.text)
    exit(asked ? 0 : 64)
}
do {
    var flags = try BenchFlags(Array(arguments.dropFirst()))
    try run(&flags)
    exit(0)
} catch let error as BenchUsageError {
    BenchOutput.error("eig-bench: \(error.message)\n")
    exit(64)
} catch {
    BenchOutput.error("eig-bench: \(error)\n")
    exit(70)
}
