/// Comma-separated lists: `--profiles dev,design,datascience`.
extension ValueParser {
    /// A list of `element` values separated by commas, with `count` items, each trimmed of
    /// surrounding spaces. An empty item (`a,,b`) is refused, and so is a repeated one unless
    /// `allowsDuplicates`.
    static func list<Element>(
        of element: ValueParser<Element>,
        count: ClosedRange<Int> = 1...Int.max,
        allowsDuplicates: Bool = false
    ) -> ValueParser<[Element]> where Value == [Element], Element: Hashable {
        let size =
            count.upperBound == Int.max
            ? "at least \(count.lowerBound)"
            : count.count == 1 ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
        return ValueParser(expecting: "a comma-separated list of \(size) items, each \(element.expectation)") {
            (text) throws(ValueError) in
            let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingSpaces()
            }
            var values: [Element] = []
            var seen: Set<Element> = []
            for (index, item) in items.enumerated() {
                guard !item.isEmpty else {
                    throw ValueError("item \(index + 1) of \(text.quotedForMessage()) is empty")
                }
                let value: Element
                do throws(ValueError) {
                    value = try element.parse(item)
                } catch {
                    throw ValueError("item \(index + 1): \(error.message)")
                }
                guard allowsDuplicates || seen.insert(value).inserted else {
                    throw ValueError("\(item.quotedForMessage()) appears more than once in the list")
                }
                values.append(value)
            }
            guard count.contains(values.count) else {
                throw ValueError("the list has \(values.count) items; expected \(size)")
            }
            return values
        }
    }
}

extension Substring {
    /// Without the spaces around it (only U+0020: other white space is the item's business).
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
