/// One result of one run of a phase: the README's `RESULT {...}` line, fields in the order added.
struct BenchResult {
    enum Value {
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case text(String)

        var json: String {
            switch self {
            case .integer(let value): String(value)
            case .number(let value): value.isFinite ? String(value) : "null"
            case .bool(let value): value ? "true" : "false"
            case .text(let value): "\"" + value.replacingJSONSpecials() + "\""
            }
        }
    }

    private(set) var fields: [(key: String, value: Value)] = []
    /// The timed duration, by which runs are ranked for the median.
    let seconds: Double

    /// The CPU seconds of the timed part, when measured.
    let cpuSeconds: Double?

    /// A result for `phase` that took `seconds`; `peer` and `phase` come first, as in the README.
    init(phase: String, seconds: Double, cpuSeconds: Double? = nil) {
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        add("peer", .text("eig"))
        add("phase", .text(phase))
    }

    /// A result for `phase` timed by `timing`.
    init(phase: String, timing: (seconds: Double, cpuSeconds: Double)) {
        self.init(phase: phase, seconds: timing.seconds, cpuSeconds: timing.cpuSeconds)
    }

    mutating func add(_ key: String, _ value: Value) {
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].value = value
        } else {
            fields.append((key, value))
        }
    }

    /// Adds `count` and `count / seconds` as `<name>` and `<name>_per_s`.
    mutating func addRate(_ name: String, _ count: Int) {
        add(name, .integer(count))
        add(name + "_per_s", .integer(seconds > 0 ? Int((Double(count) / seconds).rounded()) : 0))
    }

    /// Adds the seconds (to the microsecond) and the peak resident memory.
    mutating func finish() {
        add("seconds", .number((seconds * 1e6).rounded() / 1e6))
        if let cpuSeconds { add("cpu_seconds", .number((cpuSeconds * 1e6).rounded() / 1e6)) }
        add("peak_rss_mb", .number((BenchOutput.peakResidentMegabytes * 10).rounded() / 10))
    }

    var json: String {
        "{" + fields.map { "\"\($0.key)\":\($0.value.json)" }.joined(separator: ",") + "}"
    }

    /// Runs `body` `times` times: with one run prints its RESULT line; with several prints each
    /// as a RUN line and then the median run (by seconds) as the RESULT line.
    static func repeating(_ times: Int, _ body: () throws -> BenchResult) rethrows {
        var runs: [BenchResult] = []
        for number in 1...max(times, 1) {
            var result = try body()
            result.finish()
            if times > 1 {
                result.add("run", .integer(number))
                BenchOutput.line("RUN " + result.json)
            }
            runs.append(result)
        }
        guard times > 1 else {
            BenchOutput.line("RESULT " + runs[0].json)
            return
        }
        var median = runs.sorted { $0.seconds < $1.seconds }[(runs.count - 1) / 2]
        median.add("run", .text("median"))
        median.add("runs", .integer(runs.count))
        BenchOutput.line("RESULT " + median.json)
    }
}

extension String {
    /// The text with `"` and `\` escaped and control characters as `\u00XX`, for a JSON string.
    func replacingJSONSpecials() -> String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
