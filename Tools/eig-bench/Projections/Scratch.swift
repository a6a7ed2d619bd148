import EventStore
import Foundation
import Projections

enum Scratch {
    static func rss() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024
    }
    static func current() -> String {
        (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?.split(separator: "\n").first { $0.hasPrefix("VmRSS") }.map(String.init) ?? "?"
    }
    static func run(_ directory: String) throws {
        print("start", rss(), current())
        let log = try EventLog.open(at: directory, mode: .read)
        print("opened", rss(), current())
        var decoder = EventDecoder()
        var count = 0
        var t = ContinuousClock.now
        try log.forEachRecord { _ in count += 1 }
        print("walk only", (ContinuousClock.now - t), rss())
        count = 0
        t = ContinuousClock.now
        try log.forEachRecord { record in
            if try decoder.decode(record) != nil { count += 1 }
        }
        print("walked+decoded", count, (ContinuousClock.now - t), rss(), current())
        var state = ModelState<CandidaturesModel>()
        try log.forEachRecord { record in
            if let e = try decoder.decode(record) { state.apply(e) }
        }
        print("candidatures folded", rss(), current())
    }
}
