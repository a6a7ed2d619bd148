internal import Foundation

/// The value axis of a chart: from 0 to a round maximum, with round ticks.
///
/// Counts get whole ticks (0, 5, 10…), never 2.5 dossiers; a fixed maximum (4, the top jury
/// score) is kept as given.
struct ChartScale: Sendable, Hashable {
    let maximum: Double
    let step: Double

    /// A scale that holds `largest`, with at most about `ticks` intervals.
    ///
    /// - Parameters:
    ///   - fixedMaximum: the top of the scale whatever the data (jury scores: 4).
    ///   - wholeSteps: steps are whole numbers (counts).
    init(largest: Double, fixedMaximum: Double? = nil, wholeSteps: Bool = true, ticks: Int = 5) {
        if let fixedMaximum {
            maximum = fixedMaximum
            step = Self.roundStep(fixedMaximum / Double(ticks), wholeSteps: wholeSteps)
            return
        }
        let top = max(largest, wholeSteps ? 1 : 0.1)
        let step = Self.roundStep(top / Double(ticks), wholeSteps: wholeSteps)
        self.step = step
        maximum = (top / step).rounded(.up) * step
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at least `rough` (whole when asked).
    static func roundStep(_ rough: Double, wholeSteps: Bool) -> Double {
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let multipliers: [Double] = wholeSteps && magnitude < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]
        let step = multipliers.map { $0 * magnitude }.first { $0 >= rough * 0.999_999 } ?? 10 * magnitude
        return wholeSteps ? max(1, step.rounded()) : step
    }

    /// The tick values from 0 to the maximum.
    var ticks: [Double] {
        let count = Int((maximum / step).rounded())
        return (0...count).map { Double($0) * step }
    }

    /// Where `value` falls on an axis `length` long.
    func position(_ value: Double, length: Double) -> Double {
        maximum > 0 ? min(value, maximum) / maximum * length : 0
    }
}
