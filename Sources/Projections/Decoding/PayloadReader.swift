internal import EventStore
internal import Programme

/// Reads the fields of one parsed payload as the domain's `Codable` types would, but
/// straight from the tape: a required field must be there with the right kind, an optional
/// one may be absent or `null`, unknown members are ignored (as `JSONDecoder` does).
///
/// A field of the wrong shape sets ``isInvalid`` instead of throwing: the decoder then hands
/// the payload to the domain's decoding, which has the last word on what is malformed. So
/// this reader may only ever be stricter than the domain, never more lenient.
struct PayloadReader {
    let object: JSONValue
    private(set) var isInvalid = false

    init(_ object: JSONValue) {
        self.object = object
        isInvalid = object.kind != .object
    }

    private mutating func invalid<T>() -> T? {
        isInvalid = true
        return nil
    }

    /// The member `key`, or nil (and invalid) when it is absent.
    mutating func required(_ key: StaticString) -> JSONValue? {
        if let value = object[key] { return value }
        return invalid()
    }

    /// The member `key`, or nil when absent or null.
    func optional(_ key: StaticString) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    mutating func string(_ key: StaticString) -> String? {
        guard let value = required(key) else { return nil }
        return string(of: value)
    }

    mutating func optionalString(_ key: StaticString) -> String? {
        optional(key).flatMap { string(of: $0) }
    }

    mutating func string(of value: JSONValue) -> String? {
        if let text = value.string { return text }
        return invalid()
    }

    mutating func int(_ key: StaticString) -> Int? {
        guard let value = required(key) else { return nil }
        return int(of: value)
    }

    mutating func optionalInt(_ key: StaticString) -> Int? {
        optional(key).flatMap { int(of: $0) }
    }

    mutating func int(of value: JSONValue) -> Int? {
        if let number = value.int { return Int(number) }
        return invalid()
    }

    mutating func bool(_ key: StaticString) -> Bool? {
        guard let value = required(key) else { return nil }
        if let flag = value.bool { return flag }
        return invalid()
    }

    /// An array member; each element read by `element` (nil from it makes the whole invalid).
    mutating func array<T>(_ key: StaticString, _ element: (inout PayloadReader, JSONValue) -> T?) -> [T]? {
        guard let value = required(key) else { return nil }
        return array(of: value, element)
    }

    mutating func optionalArray<T>(_ key: StaticString, _ element: (inout PayloadReader, JSONValue) -> T?) -> [T]? {
        optional(key).flatMap { array(of: $0, element) }
    }

    mutating func array<T>(of value: JSONValue, _ element: (inout PayloadReader, JSONValue) -> T?) -> [T]? {
        guard value.kind == .array else { return invalid() }
        var items: [T] = []
        items.reserveCapacity(value.count)
        for item in value.elements {
            guard let decoded = element(&self, item) else { return invalid() }
            items.append(decoded)
        }
        return items
    }

    mutating func profile(of value: JSONValue) -> Profile? {
        if let text = value.string, let profile = Profile(rawValue: text) { return profile }
        return invalid()
    }

    mutating func profile(_ key: StaticString) -> Profile? {
        guard let value = required(key) else { return nil }
        return profile(of: value)
    }

    mutating func profiles(_ key: StaticString) -> [Profile]? {
        array(key) { reader, value in reader.profile(of: value) }
    }

    /// A person id's text, checked with `PersonID`'s rule.
    mutating func person(of value: JSONValue) -> String? {
        if let text = value.string, IdentifierText.isPerson(text) { return text }
        return invalid()
    }

    mutating func person(_ key: StaticString) -> String? {
        guard let value = required(key) else { return nil }
        return person(of: value)
    }

    mutating func optionalPerson(_ key: StaticString) -> String? {
        optional(key).flatMap { person(of: $0) }
    }

    /// Checks a member that must be a string without keeping it (texts no read model shows).
    mutating func checkString(_ key: StaticString) {
        _ = string(key)
    }

    mutating func checkOptionalString(_ key: StaticString) {
        _ = optionalString(key)
    }

    /// Marks the payload invalid when `condition` is false (for `guard`-less checks).
    mutating func require(_ condition: Bool) {
        if !condition { isInvalid = true }
    }
}
