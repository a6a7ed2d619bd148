/// The read side's verbs of the nouns both sides share: each noun's group is built from the
/// write side's verbs and these (`DossierCommands.writeVerbs + DossierCommands.queryVerbs`),
/// so each side adds verbs in its own files.
extension DossierCommands {
    static let queryVerbs: [Command] = [DossierListCommand.command]
}

extension CandidateCommands {
    static let queryVerbs: [Command] = [CandidateListCommand.command]
}

extension PromotionCommands {
    static let queryVerbs: [Command] = [PromotionShowCommand.command, PromotionListCommand.command]
}

/// The read side's own nouns and top-level verbs.
enum ReadSideCommands {
    static let all: [Command] = [StatsCommand.command, ProjectionsCommands.group, SnapshotCommands.group]
}
