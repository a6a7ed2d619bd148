import EventStore
import Foundation
import Programme
import Projections

/// `eig-bench projections`: the read side's figures on generated logs of growing sizes.
///
/// For each size: a store is generated (seeded); the rebuild of all read models from zero
/// runs in a child process (`eig-bench projections rebuild`) that reports its time and peak
/// memory; a catch-up of 1,000 new events is timed in process; `eig stats` is timed as a
/// whole process. Each figure is the median of `--runs` runs.
enum ProjectionsBenchmark {
    static let usage = """
        usage: eig-bench projections [--sizes N,N,...] [--seed S] [--runs R] [--eig PATH]
               eig-bench projections generate --events N [--seed S] --store DIR
               eig-bench projections rebuild --store DIR [--threads N]  (N threads: N - 1 decode)

        Release builds only: swift build -c release --product eig-bench --product eig
        """

    static func main(_ arguments: [String]) -> Int32 {
        do {
            var options = try Options(arguments)
            switch options.command {
            case "generate":
                var generator = ProgrammeLogGenerator(seed: options.seed)
                var store = try GeneratedStore(creatingAt: try options.require("store"))
                let events = generator.events(atLeast: options.events)
                try store.append(events[..<options.events])
                print("generated \(options.events) events in \(options.values["store"]!)")
            case "rebuild":
                let threads = try options.values["threads"].map { _ in try options.integer("threads", default: 1) - 1 }
                print(try rebuildOnce(store: try options.require("store"), decodingThreads: threads).json)
            case "suite":
                try Suite(options: options).run()
            default:
                options.command = "help"
                print(usage)
            }
            return 0
        } catch let error as Options.Failure {
            FileHandle.standardError.write(Data("eig-bench: \(error.message)\n\(usage)\n".utf8))
            return 64
        } catch {
            FileHandle.standardError.write(Data("eig-bench: \(error)\n".utf8))
            return 70
        }
    }

    /// One rebuild of every read model from zero, timed, with this process's peak memory.
    static func rebuildOnce(store directory: String, decodingThreads: Int?) throws -> RebuildFigures {
        let log = try EventLog.open(at: directory, mode: .read)
        var options = ProjectionOptions()
        if let decodingThreads { options.decodingThreads = decodingThreads }
        let store = ProjectionStore(log: log, options: options)
        let start = ContinuousClock.now
        let report = try store.rebuild(fromZero: true)
        let seconds = (ContinuousClock.now - start).seconds
        // The high-water mark of this process's memory since it started its program (VmHWM),
        // not getrusage's maxrss: that one also counts the parent's pages at fork time.
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak =
            status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") } ?? 0
        FileHandle.standardError.write(
            Data("rebuild: walk \(report.walkDuration), commit \(report.commitDuration)\n".utf8))
        return RebuildFigures(events: report.head, seconds: seconds, peakKiB: peak)
    }

    struct RebuildFigures {
        var events: UInt64
        var seconds: Double
        var peakKiB: Int

        var json: String { #"{"events":\#(events),"seconds":\#(seconds),"peakKiB":\#(peakKiB)}"# }

        init(events: UInt64, seconds: Double, peakKiB: Int) {
            self.events = events
            self.seconds = seconds
            self.peakKiB = peakKiB
        }

        init?(json: String) {
            guard let data = json.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let events = object["events"] as? Int, let seconds = object["seconds"] as? Double,
                let peak = object["peakKiB"] as? Int
            else { return nil }
            self.init(events: UInt64(events), seconds: seconds, peakKiB: peak)
        }
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
