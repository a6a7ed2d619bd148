import Programme

/// A one-line progress indicator on standard error, redrawn in place: `rebuild: 45% (450 of
/// 1000)`.
///
/// It draws only on a terminal, so cron logs and pipes stay clean, and at most every 100 ms so
/// that reporting never costs more than the work it reports.
struct ProgressReporter {
    let label: String
    let total: Int?
    let isEnabled: Bool
    let write: (String) -> Void
    let now: () -> BusinessInstant
    private var lastDraw: BusinessInstant?
    private(set) var hasDrawn = false

    /// The smallest interval between two redraws.
    static let interval: Int64 = 100_000

    init(
        label: String, total: Int?, isEnabled: Bool, write: @escaping (String) -> Void,
        now: @escaping () -> BusinessInstant
    ) {
        self.label = label
        self.total = total
        self.isEnabled = isEnabled
        self.write = write
        self.now = now
    }

    /// Reports that `completed` units are done; redraws if enough time has passed, or at the end.
    mutating func update(completed: Int) {
        guard isEnabled else { return }
        let time = now()
        let isLast = total.map { completed >= $0 } ?? false
        if let lastDraw, !isLast,
            time.microsecondsSinceEpoch - lastDraw.microsecondsSinceEpoch < Self.interval
        {
            return
        }
        lastDraw = time
        hasDrawn = true
        write("\r\(line(completed: completed))\u{1B}[K")
    }

    /// Clears the line, so the next message starts clean.
    mutating func finish() {
        guard isEnabled, hasDrawn else { return }
        write("\r\u{1B}[K")
        hasDrawn = false
    }

    func line(completed: Int) -> String {
        guard let total else { return "\(label): \(completed)" }
        let percent = total == 0 ? 100 : min(100, completed * 100 / total)
        return "\(label): \(percent)% (\(completed) of \(total))"
    }
}
