/// The read side's verbs of the nouns both sides share: the command tree builds each noun's
/// group from these and the write side's verbs, so each side adds verbs in its own files.
enum DossierQueries {
    static let verbs: [Command] = [DossierListCommand.command]
}

enum CandidateQueries {
    static let verbs: [Command] = [CandidateListCommand.command]
}

enum PromotionQueries {
    static let verbs: [Command] = [PromotionShowCommand.command, PromotionListCommand.command]
}

/// The read side's own nouns and top-level verbs.
enum ReadSideCommands {
    static let all: [Command] = [StatsCommand.command, ProjectionsCommands.group, SnapshotCommands.group]
}
