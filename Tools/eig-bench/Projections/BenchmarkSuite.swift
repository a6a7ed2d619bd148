import EventStore
import Foundation
import Projections

/// The whole projections benchmark: every size, every figure, medians of `--runs` runs.
struct Suite {
    let options: Options

    struct Row {
        var events: Int
        var rebuild: ProjectionsBenchmark.RebuildFigures
        var catchUpMilliseconds: Double
        var statsMilliseconds: Double?
    }

    func run() throws {
        let runs = options.runs
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        let eig = options.values["eig"] ?? executable.deletingLastPathComponent().appendingPathComponent("eig").path
        var rows: [Row] = []
        for size in try options.sizes {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("eig-bench-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: root) }
            let directory = root.appendingPathComponent("store").path

            var generator = ProgrammeLogGenerator(seed: options.seed)
            let events = generator.events(atLeast: size + 1_000 * runs)
            var store = try GeneratedStore(creatingAt: directory)
            let writing = ContinuousClock.now
            try store.append(events[..<size])
            log("\(size) events generated and written in \(format((ContinuousClock.now - writing).seconds)) s")

            var rebuilds: [ProjectionsBenchmark.RebuildFigures] = []
            for _ in 0..<runs {
                let output = try runProcess(executable.path, ["projections", "rebuild", "--store", directory])
                guard
                    let figures = ProjectionsBenchmark.RebuildFigures(
                        json: output.text.trimmingCharacters(in: .whitespacesAndNewlines))
                else { throw Options.Failure(message: "the rebuild child printed \(output.text)") }
                rebuilds.append(figures)
            }
            let rebuild = rebuilds.sorted { $0.seconds < $1.seconds }[runs / 2]
            let peak = rebuilds.map(\.peakKiB).sorted()[runs / 2]

            let projections = ProjectionStore(log: try EventLog.open(at: directory, mode: .read))
            var catchUps: [Double] = []
            for run in 0..<runs {
                try store.append(events[(size + run * 1_000)..<(size + (run + 1) * 1_000)])
                let start = ContinuousClock.now
                let report = try projections.catchUp()
                catchUps.append((ContinuousClock.now - start).seconds * 1_000)
                precondition(report.models.allSatisfy { $0.cause == nil && $0.to - $0.from == 1_000 })
            }

            var stats: Double?
            if FileManager.default.isExecutableFile(atPath: eig) {
                var times: [Double] = []
                for _ in 0..<max(runs, 5) {
                    let start = ContinuousClock.now
                    try spawnAndWait(eig, ["stats", "--store", directory])
                    times.append((ContinuousClock.now - start).seconds * 1_000)
                }
                stats = times.sorted()[times.count / 2]
            }
            let row = Row(
                events: size,
                rebuild: ProjectionsBenchmark.RebuildFigures(
                    events: rebuild.events, seconds: rebuild.seconds, peakKiB: peak),
                catchUpMilliseconds: catchUps.sorted()[runs / 2], statsMilliseconds: stats)
            rows.append(row)
            print(
                #"RESULT {"bench":"projections","events":\#(size),"rebuildSeconds":\#(format(row.rebuild.seconds)),"#
                    + #""rebuildEventsPerSecond":\#(Int(Double(size) / row.rebuild.seconds)),"#
                    + #""rebuildPeakMiB":\#(format(Double(peak) / 1_024)),"catchUp1000Ms":\#(format(row.catchUpMilliseconds)),"#
                    + #""statsMs":\#(stats.map(format) ?? "null")}"#)
        }
        printTable(rows)
    }

    private func printTable(_ rows: [Row]) {
        print("")
        print(
            "| events | rebuild (all read models) | events/s | peak RSS | catch-up of 1,000 | `eig stats` (process) |")
        print("|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            let rate = Int(Double(row.events) / row.rebuild.seconds)
            print(
                "| \(row.events) | \(format(row.rebuild.seconds * 1_000)) ms | \(rate) | "
                    + "\(format(Double(row.rebuild.peakKiB) / 1_024)) MiB | \(format(row.catchUpMilliseconds)) ms | "
                    + "\(row.statsMilliseconds.map { format($0) + " ms" } ?? "n/a") |")
        }
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("eig-bench: \(message)\n".utf8))
    }

    private func format(_ value: Double) -> String { String(format: "%.3g", value) }

    /// Runs a program as a shell would (`posix_spawn`, output to /dev/null) and waits for it:
    /// the time of the program itself, without Foundation's `Process` machinery around it.
    private func spawnAndWait(_ path: String, _ arguments: [String]) throws {
        var pid: pid_t = 0
        let argv = ([path] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let spawned = posix_spawn(&pid, path, &actions, nil, argv + [nil], environ)
        guard spawned == 0 else { throw Options.Failure(message: "cannot run \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw Options.Failure(message: "\(path) \(arguments.joined(separator: " ")) failed") }
    }

    /// Runs a program to its end; its standard output, or an error with its standard error.
    private func runProcess(_ path: String, _ arguments: [String]) throws -> (text: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Options.Failure(
                message: "\(path) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): "
                    + String(decoding: messages, as: UTF8.self))
        }
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
