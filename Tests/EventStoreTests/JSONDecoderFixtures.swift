/// Payload types shared by the decoder and encoder tests: the shapes eig's events use.
enum JSONFixtures {
    struct DossierID: Codable, Hashable {
        let rawValue: String
        init(_ rawValue: String) { self.rawValue = rawValue }
        init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    enum Status: String, Codable { case draft, submitted, accepted }
    enum Level: Int, Codable { case low = 1, high = 4 }

    struct Flat: Codable, Equatable {
        var id: String
        var status: String
        var score: Int
        var ratio: Double
        var open: Bool
        var mentor: String?
        var count: UInt8
        var big: Int64
        var small: Int16
        var single: Float
        var unsigned: UInt64
    }

    struct Host: Codable, Equatable {
        var name: String
        var city: String?
    }

    enum Decision: Codable, Equatable {
        case accepted(challenge: String)
        case refused(motivation: String, final: Bool)
        case withdrawn
    }

    struct Nested: Codable, Equatable {
        var id: DossierID
        var status: Status
        var level: Level
        var tags: [String]
        var scores: [Int]
        var host: Host
        var hosts: [Host]
        var byProfile: [String: Int]
        var optionalHost: Host?
        var matrix: [[Double]]
        var idsByKey: [String: DossierID]
        var decision: Decision
        var maybeScores: [Int?]
    }

    class Base: Codable {
        var base: Int
        init(base: Int) { self.base = base }
    }

    final class Derived: Base {
        var extra: String
        private enum CodingKeys: String, CodingKey { case extra }
        init(base: Int, extra: String) {
            self.extra = extra
            super.init(base: base)
        }
        required init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            extra = try container.decode(String.self, forKey: .extra)
            try super.init(from: container.superDecoder())
        }
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(extra, forKey: .extra)
            try super.encode(to: container.superEncoder())
        }
    }

    static let flat = """
        {"id":"P5-0007","status":"submitted","score":17,"ratio":0.75,"open":true,"mentor":null,
         "count":255,"big":-9223372036854775808,"small":-32768,"single":0.1,"unsigned":18446744073709551615}
        """

    static let nested = """
        {"id":"D-42","status":"accepted","level":4,"tags":["a","\\u00e9t\\u00e9","\\ud83d\\ude00"],"scores":[1,2,3],
         "host":{"name":"DINUM","city":"Paris"},"hosts":[{"name":"A"},{"name":"B","city":null}],
         "byProfile":{"dev":2,"design":1},"optionalHost":null,"matrix":[[1.5,-2],[],[1e-7]],
         "idsByKey":{"x":"D-1"},"decision":{"refused":{"motivation":"hors champ","final":true}},
         "maybeScores":[1,null,3]}
        """
}
