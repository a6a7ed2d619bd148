/// Settings encode with named bounds (`{"min": 2, "max": 3}`) rather than the standard
/// library's `[2, 3]`, so the JSON of `EditionOpened` reads without a manual.
extension EditionSettings: Codable {
    private enum CodingKeys: String, CodingKey {
        case key, year, projectCall, candidateCall, promotion, entrepreneursPerChallenge, months, profiles,
            criteria, retentionMonths
    }

    private struct Bounds: Codable {
        var min: Int
        var max: Int
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func range(_ key: CodingKeys) throws -> ClosedRange<Int> {
            let bounds = try container.decode(Bounds.self, forKey: key)
            guard bounds.min <= bounds.max else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "min \(bounds.min) is above max \(bounds.max)")
            }
            return bounds.min...bounds.max
        }
        self.init(
            key: try container.decode(EditionKey.self, forKey: .key),
            year: try container.decode(Int.self, forKey: .year),
            projectCall: try container.decode(DateSpan.self, forKey: .projectCall),
            candidateCall: try container.decode(DateSpan.self, forKey: .candidateCall),
            promotion: try container.decode(DateSpan.self, forKey: .promotion),
            entrepreneursPerChallenge: try range(.entrepreneursPerChallenge),
            months: try range(.months),
            profiles: try container.decode([Profile].self, forKey: .profiles),
            criteria: try container.decode([Criterion].self, forKey: .criteria),
            retentionMonths: try container.decode(Int.self, forKey: .retentionMonths)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(year, forKey: .year)
        try container.encode(projectCall, forKey: .projectCall)
        try container.encode(candidateCall, forKey: .candidateCall)
        try container.encode(promotion, forKey: .promotion)
        try container.encode(
            Bounds(min: entrepreneursPerChallenge.lowerBound, max: entrepreneursPerChallenge.upperBound),
            forKey: .entrepreneursPerChallenge)
        try container.encode(Bounds(min: months.lowerBound, max: months.upperBound), forKey: .months)
        try container.encode(profiles, forKey: .profiles)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(retentionMonths, forKey: .retentionMonths)
    }
}
