/// "Did you mean …?": the closest known name to a mistyped one.
enum Suggestion {
    /// The candidate nearest to `word`, if it is near enough to be a typo: within an edit
    /// distance of a third of its length (at least 1, at most 3; a swap of two neighbouring
    /// letters counts as one edit; words under 3 letters are too short to guess from), or
    /// `word` is a prefix of exactly one candidate.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let scored = candidates.map { candidate in
            (candidate, distance(target, Array(candidate.lowercased())))
        }
        if let (best, score) = scored.min(by: { $0.1 < $1.1 }),
            score <= (target.count < 3 ? 0 : min(3, max(1, target.count / 3))),
            scored.filter({ $0.1 == score }).count == 1
        {
            return best
        }
        let extending = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        return !word.isEmpty && extending.count == 1 ? extending[0] : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of adjacent characters.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
