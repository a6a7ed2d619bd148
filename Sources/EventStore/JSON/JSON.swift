/// An owned JSON value, for building documents to write (the CLI's `--json` output) and
/// for holding a parsed payload beyond its bytes' lifetime.
///
/// Object members keep the order they were given in; literals make documents short:
///
/// ```swift
/// let document: JSON = ["position": 42, "type": "DossierSubmitted", "tags": ["a", "b"], "mentor": nil]
/// var writer = JSONWriter(options: .prettyPrinted)
/// writer.write(document)
/// ```
public enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// An integer above `Int64.max`; smaller ones are `.int`.
    case uint(UInt64)
    /// A number that is not an integer; NaN and infinities are written as `null`.
    case double(Double)
    case string(String)
    case array([JSON])
    /// Members in order; keys should be unique (the writer does not check).
    case object([(key: String, value: JSON)])

    public static func == (left: JSON, right: JSON) -> Bool {
        switch (left, right) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.uint(let a), .uint(let b)): a == b
        case (.double(let a), .double(let b)): a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// A copy of a parsed value. Integers become `.int` or `.uint`, other numbers `.double`
    /// (one beyond Double's range becomes an infinity, written as `null`).
    public init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .bool: self = .bool(value.bool!)
        case .string: self = .string(value.string!)
        case .number:
            if let int = value.int {
                self = .int(int)
            } else if let uint = value.uint {
                self = .uint(uint)
            } else {
                self = .double(value.double ?? (value.numberText!.hasPrefix("-") ? -.infinity : .infinity))
            }
        case .array: self = .array(value.elements.map(JSON.init))
        case .object: self = .object(value.members.map { ($0.key.string!, JSON($0.value)) })
        }
    }

    /// The compact (or pretty) UTF-8 text of this value.
    public func encoded(options: JSONWriter.Options = []) -> [UInt8] {
        var writer = JSONWriter(options: options)
        writer.write(self)
        return writer.bytes
    }
}

extension JSON: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self = .object(elements.map { (key: $0.0, value: $0.1) })
    }
}
