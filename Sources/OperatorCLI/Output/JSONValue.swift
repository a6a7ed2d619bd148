/// A JSON document built in code, with object keys kept in the order they were written, so
/// `--json` output is deterministic and reads in a sensible order (`id` first).
///
///     let value: JSONValue = ["id": "P5-003", "position": 42, "tags": ["a", "b"]]
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A finite number; not finite numbers are written as `null`.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A number rounded to `digits` fraction digits (jury averages: `2.67`).
    static func number(_ value: Double, digits: Int) -> JSONValue {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return .number((value * scale).rounded(.toNearestOrAwayFromZero) / scale)
    }
}

/// A JSON object whose members keep their order.
struct JSONObject: Sendable, Equatable {
    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONValue
    }

    private(set) var members: [Member]

    init(_ pairs: [(String, JSONValue)] = []) {
        members = pairs.map { Member(key: $0.0, value: $0.1) }
    }

    /// Sets `key`, replacing an earlier value in place or appending a new member.
    subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(nilLiteral: ()) { self = .null }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}

extension JSONValue {
    /// An optional as JSON: its value, or `null`.
    init(_ value: String?) { self = value.map { .string($0) } ?? .null }
    init(_ value: Int?) { self = value.map { .integer($0) } ?? .null }
}
