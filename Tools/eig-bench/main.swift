// eig-bench: the benchmarks of eig, one subcommand each (`eig-bench projections --help`).
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "projections":
    exit(ProjectionsBenchmark.main(Array(arguments.dropFirst())))
default:
    FileHandle.standardError.write(Data("usage: eig-bench projections [--help]\n".utf8))
    exit(64)
}
