import EventStore
import Programme

/// The options the queries share.
enum QueryOptions {
    static let edition = Option<EditionKey>(
        "edition", valueName: "E", help: "Only this edition (5, dig).", parser: .edition,
        defaultDescription: "every edition")
}

/// Values as the queries print them.
enum QueryFormat {
    static func date(_ date: BusinessDate?) -> Table.Cell {
        date.map { .text($0.description) } ?? .empty
    }

    static func decimal(_ value: Double?, digits: Int = 1) -> Table.Cell {
        value.map { .decimal($0, digits: digits) } ?? .empty
    }

    static func profiles(_ profiles: [Profile]) -> String {
        profiles.map(\.rawValue).joined(separator: " ")
    }

    static func json(_ date: BusinessDate?) -> JSON {
        date.map { .string($0.description) } ?? .null
    }

    static func json(_ value: Double?, digits: Int = 2) -> JSON {
        value.map { .number($0, digits: digits) } ?? .null
    }

    static func json(_ profiles: [Profile]) -> JSON {
        .array(profiles.map { .string($0.rawValue) })
    }
}
