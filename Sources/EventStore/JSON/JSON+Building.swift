/// Building documents in code (the CLI's `--json` output): integers of any width, optionals
/// as `null`, members set by key, and a parsed copy of JSON text.
///
/// ```swift
/// var document: JSON = ["id": "P5-003", "position": .integer(head.position)]
/// document["mentor"] = JSON(mentor)  // a String?: its value or null
/// ```
extension JSON {
    /// Any integer: `.int` when it fits Int64, else `.uint`.
    public static func integer(_ value: some BinaryInteger) -> JSON {
        if let int = Int64(exactly: value) { return .int(int) }
        return .uint(UInt64(value))
    }

    /// A string, or `null` when there is none.
    public init(_ value: String?) {
        self = value.map { .string($0) } ?? .null
    }

    /// An integer, or `null` when there is none.
    public init(_ value: Int?) {
        self = value.map { .integer($0) } ?? .null
    }

    /// An owned copy of the JSON text `document` (see ``init(_:)-(JSONValue)`` for numbers).
    ///
    /// - Throws: ``JSONSyntaxError`` naming the first invalid byte.
    public init(parsing document: [UInt8]) throws(JSONSyntaxError) {
        let result = document.withUnsafeBytes { bytes -> Result<JSON, JSONSyntaxError> in
            var tape = JSONTape()
            do throws(JSONSyntaxError) {
                try tape.parse(bytes)
                return .success(JSON(tape.root))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    /// The value of the first member named `key` of an object (nil for other kinds). Setting
    /// replaces that member in place, appends a new one, or with nil removes it; setting a
    /// member of a value that is not an object is a programming error.
    public subscript(key: String) -> JSON? {
        get {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }
        set {
            guard case .object(var members) = self else { preconditionFailure("JSON: a member set on a non-object") }
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
            self = .object(members)
        }
    }
}
