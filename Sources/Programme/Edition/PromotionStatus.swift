/// Where an edition's promotion (cohort) is in its life: `planned` from the opening of the
/// edition, then `announced (dates) → started → ended` (DESIGN §2).
public enum PromotionStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case planned
    case announced
    case started
    case ended
}
