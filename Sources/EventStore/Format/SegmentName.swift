/// Segment file names: `segment-<first position, 20 digits>.eig`, so that names sort by position.
enum SegmentName {
    static let prefix = "segment-"
    static let suffix = ".eig"

    static func make(firstPosition: UInt64) -> String {
        let digits = String(firstPosition)
        return prefix + String(repeating: "0", count: 20 - digits.count) + digits + suffix
    }

    /// The first position a segment name announces, or `nil` if `name` is not a segment's.
    static func firstPosition(of name: String) -> UInt64? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.count == 20, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt64(digits)
    }

    /// The segment files among a directory's `names`, by first position (other files left out).
    static func segments(among names: [String]) -> [(name: String, firstPosition: UInt64)] {
        names.compactMap { name in firstPosition(of: name).map { (name, $0) } }.sorted { $0.1 < $1.1 }
    }
}
