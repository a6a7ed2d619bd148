internal import Foundation

/// A juror evaluated the dossier at its audition. Schema version 2.
///
/// A later evaluation by the same juror replaces the earlier one and says so with
/// `replacesEarlier`, so the record of the change stays in the log.
///
/// Version 1 (the shape used before the catalogue was frozen) gave the scores as an array in
/// the fixed order need, definition, commitment, transformation, openness, and the opinion
/// as a Boolean `favourable`; `upcast` reads it into the current shape.
public struct DossierEvaluated: EventPayload {
    public static let typeName = "DossierEvaluated"
    public static let schemaVersion: UInt16 = 2

    public let dossier: DossierID
    public let juror: PersonID
    public let scores: [Criterion: Int]
    public let opinion: JuryOpinion?
    public let rank: Int?
    /// The sum of the scores, for people reading the log.
    public let total: Int
    /// Whether this evaluation replaces an earlier one by the same juror.
    public let replacesEarlier: Bool

    public init(dossier: DossierID, evaluation: JuryEvaluation, replacesEarlier: Bool) {
        self.dossier = dossier
        juror = evaluation.juror
        scores = evaluation.scores
        opinion = evaluation.opinion
        rank = evaluation.rank
        total = evaluation.total
        self.replacesEarlier = replacesEarlier
    }

    public var evaluation: JuryEvaluation {
        JuryEvaluation(juror: juror, scores: scores, opinion: opinion, rank: rank)
    }

    public var stream: ProgrammeStream { .dossier(dossier) }

    /// The version 1 shape.
    struct Version1: Decodable {
        let dossier: DossierID
        let juror: PersonID
        let scores: [Int]
        let favourable: Bool?
        let rank: Int?
        let replacesEarlier: Bool
    }

    public static func upcast(_ payload: [UInt8], fromVersion version: UInt16) throws(EventDecodingError) -> Self {
        guard version == 1 else {
            throw EventDecodingError(
                code: .unsupportedVersion, type: typeName, schemaVersion: version,
                message: "\(typeName) has no schema version \(version) (this build reads 1 and 2)")
        }
        let old: Version1
        do {
            old = try JSONDecoder().decode(Version1.self, from: Data(payload))
        } catch {
            throw EventDecodingError(
                code: .malformedPayload, type: typeName, schemaVersion: version,
                message: "\(typeName) v1 payload is malformed", cause: String(describing: error))
        }
        let order = Criterion.allCases
        guard old.scores.count == order.count else {
            throw EventDecodingError(
                code: .malformedPayload, type: typeName, schemaVersion: version,
                message: "\(typeName) v1 payload has \(old.scores.count) scores, not \(order.count)")
        }
        let scores = Dictionary(uniqueKeysWithValues: zip(order, old.scores))
        let opinion = old.favourable.map { $0 ? JuryOpinion.favourable : .unfavourable }
        return DossierEvaluated(
            dossier: old.dossier,
            evaluation: JuryEvaluation(juror: old.juror, scores: scores, opinion: opinion, rank: old.rank),
            replacesEarlier: old.replacesEarlier)
    }
}
