import Glibc

/// eig-bench: the store benchmark of issue 2 (and, later, the projections'), run on the workload
/// shared with the peer systems (`../shared/bench/README.md`). Each subcommand lives in its own
/// file; adding one is one line in this table.
let subcommands: [String: (inout BenchFlags) throws -> Void] = [
    "store": StoreBench.run,
    "disk": DiskBench.run,
    "checksums": ChecksumBench.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
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
