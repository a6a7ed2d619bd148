internal import Foundation

/// A colour of a chart, with what WCAG 2.1 needs to check it: relative luminance and
/// contrast ratio.
///
/// The report is read on screens, projected in meetings and printed: every bar must stand out
/// from the white page (non-text contrast ≥ 3:1, WCAG 1.4.11) and every number written on a
/// bar must be readable on it (≥ 4.5:1, WCAG 1.4.3). ``ChartPalette`` holds the colours and
/// the tests check both ratios.
struct ChartColor: Sendable, Hashable {
    let red: UInt8
    let green: UInt8
    let blue: UInt8

    init(_ hex: UInt32) {
        red = UInt8((hex >> 16) & 0xFF)
        green = UInt8((hex >> 8) & 0xFF)
        blue = UInt8(hex & 0xFF)
    }

    /// `#000091`, for SVG and CSS.
    var hex: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// WCAG 2.1 relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.1 contrast ratio with `other`, from 1 (none) to 21 (black on white).
    func contrast(with other: ChartColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static let white = ChartColor(0xFFFFFF)
    /// The text colour of the page: near black, softer than #000 on white.
    static let ink = ChartColor(0x161616)
    /// Secondary text (axis labels, notes): still 7:1 on white.
    static let mutedInk = ChartColor(0x3A3A3A)
    /// Grid lines: decorative, deliberately faint.
    static let grid = ChartColor(0xDDDDDD)
    /// The axis line.
    static let axis = ChartColor(0x666666)
}

/// The colours of the report's charts: the French State's blue and red first, then colours of
/// its design system dark enough to stand on white (each ≥ 3:1), distinct from one another.
enum ChartPalette {
    static let blue = ChartColor(0x000091)
    static let red = ChartColor(0xC9191E)
    static let green = ChartColor(0x18753C)
    static let orange = ChartColor(0xB34000)
    static let lightBlue = ChartColor(0x5F5FF0)
    static let purple = ChartColor(0x9A4E95)
    static let brown = ChartColor(0x755D3A)
    /// What is not known ("profile not on record"): grey, never confused with a category.
    static let unknown = ChartColor(0x6F6F6F)

    /// The colours of series in order, when a chart has several of the same standing.
    static let series: [ChartColor] = [blue, orange, green, red, lightBlue, purple, brown]

    /// White or ink, whichever reads better on `background`.
    static func textColor(on background: ChartColor) -> ChartColor {
        background.contrast(with: .white) >= background.contrast(with: .ink) ? .white : .ink
    }
}
