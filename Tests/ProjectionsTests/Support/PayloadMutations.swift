/// Small, systematic changes to a JSON payload, for checking a decoder against another.
enum PayloadMutations {
    /// Replacements for values: every JSON kind, and ids and people that are almost right.
    static let values = [
        "null", "true", "0", "-1", "3.0", "\"\"", "[]", "{}", "\"x\"", "\"P5-03\"", "\"P5-0003\"", "\"P05-003\"",
        "\"P5-000\"", "\"Q5-003\"", "\"C5-042\"", "\"D5-03\"", "\"Dab-003\"", "\"P100-003\"", "\"-person\"",
        "\"person x\"", "\"dev\"", "\"chef\"", "[\"dev\",\"chef\"]", "[1,2]", "{\"need\":9}", "{\"needs\":1}",
        "\"person-\\u0041\"", "\"P5\\u002d003\"", " 1", "1 ", "\"é\"", "\"\u{7F}\"", "\"\u{01}\"", "\"a\\nb\"",
        "\"\u{FFFD}\"", "\"\\ud800\"", "01", "-0", "1e2", "1.5", "[1, 2]", "[\"D5-003\" ]", "{\"need\":3,\"need\":4}",
        "true ", "\"favourable\"", "\"refused\"", "\"incomplete\"", "\"P5-003\",\"x\":1",
    ]

    /// The payload with each member's value replaced by each of ``values``, each member
    /// removed, and a member added.
    static func variants(of payload: String) -> [String] {
        let spans = valueSpans(in: Array(payload.utf8))
        var variants: [String] = []
        let bytes = Array(payload.utf8)
        for span in spans {
            for value in values {
                variants.append(
                    String(
                        decoding: bytes[..<span.value.lowerBound] + Array(value.utf8) + bytes[span.value.upperBound...],
                        as: UTF8.self))
            }
            // Remove the member (and a comma next to it).
            var start = span.member.lowerBound
            var end = span.member.upperBound
            if end < bytes.count, bytes[end] == UInt8(ascii: ",") {
                end += 1
            } else if start > 0, bytes[start - 1] == UInt8(ascii: ",") {
                start -= 1
            }
            variants.append(String(decoding: bytes[..<start] + bytes[end...], as: UTF8.self))
        }
        variants.append("{\"extra\":1," + payload.dropFirst())
        variants.append(payload + " ")
        variants.append(" " + payload)
        variants.append(String(payload.dropLast()) + ",\"zz\":0}")
        // Invalid UTF-8 inside a string.
        for bad: [UInt8] in [[0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            if let quote = bytes.firstIndex(of: UInt8(ascii: ":")).map({ $0 + 2 }), quote < bytes.count {
                variants.append(String(decoding: bytes[..<quote] + bad + bytes[quote...], as: UTF8.self))
            }
        }
        return variants
    }

    /// For each member of every object: the range of the whole member and of its value.
    private static func valueSpans(in bytes: [UInt8]) -> [(member: Range<Int>, value: Range<Int>)] {
        var spans: [(Range<Int>, Range<Int>)] = []
        var index = 0
        func skipString() {
            index += 1
            while bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                index += 1
            }
            index += 1
        }
        /// Skips one value starting at `index`, recording the members of objects inside it.
        func skipValue() {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                skipString()
            case UInt8(ascii: "{"):
                index += 1
                while bytes[index] != UInt8(ascii: "}") {
                    let memberStart = index
                    skipString()
                    index += 1  // colon
                    let valueStart = index
                    skipValue()
                    spans.append((memberStart..<index, valueStart..<index))
                    if bytes[index] == UInt8(ascii: ",") { index += 1 }
                }
                index += 1
            case UInt8(ascii: "["):
                index += 1
                while bytes[index] != UInt8(ascii: "]") {
                    skipValue()
                    if bytes[index] == UInt8(ascii: ",") { index += 1 }
                }
                index += 1
            default:
                while index < bytes.count,
                    ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[index])
                {
                    index += 1
                }
            }
        }
        skipValue()
        return spans
    }
}
