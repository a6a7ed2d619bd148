import Operations
import Programme

/// `eig dossier evaluate ID --juror NAME --need N --definition N --commitment N
/// --transformation N --openness N [--favourable|--unfavourable] [--rank N]`
enum DossierEvaluateCommand {
    static let id = DossierCommands.id
    static let juror = Option(
        "juror", valueName: "NAME", help: "The juror; kept in the vault, found again by name.", parser: .personName,
        isRequired: true)
    static let scores: [(Criterion, Option<Int>)] = Criterion.allCases.map { criterion in
        (
            criterion,
            Option(
                criterion.rawValue, valueName: "N", help: "Score for the \(criterion.label).",
                parser: .integer(in: Criterion.scores), isRequired: true)
        )
    }
    static let favourable = Flag("favourable", help: "The juror's opinion is favourable.")
    static let unfavourable = Flag("unfavourable", help: "The juror's opinion is unfavourable.")
    static let rank = Option(
        "rank", valueName: "N", help: "The juror's rank for this dossier (1 = first).",
        parser: .integer(in: 1...JuryEvaluation.rankLimit))

    static let command = Command(
        name: "evaluate",
        summary: "Record a juror's scores for a dossier at its audition.",
        discussion: "Scores run from 1 to 4 on each of the five criteria of the grid. The first evaluation "
            + "of a preselected dossier records its audition (→ auditioned); a juror evaluating the same "
            + "dossier again replaces their earlier evaluation.",
        arguments: [id],
        options: [juror] + scores.map(\.1) + [favourable, unfavourable, rank],
        groups: [.store, .json, .recording],
        exclusive: [["favourable", "unfavourable"]],
        examples: [
            Example(
                "eig dossier evaluate P5-003 --juror \"Claire Dubois\" --need 4 --definition 3 \\\n"
                    + "      --commitment 4 --transformation 3 --openness 2 --favourable",
                "Claire Dubois's evaluation of P5-003.")
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let dossier = try invocation.argument(id)
        var grid: [Criterion: Int] = [:]
        for (criterion, option) in scores { grid[criterion] = try invocation.required(option) }
        let opinion: JuryOpinion? =
            invocation.isSet(favourable) ? .favourable : invocation.isSet(unfavourable) ? .unfavourable : nil
        let rank = invocation.value(of: rank)
        let name = try invocation.required(juror)
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.execute(
                recording: invocation.recording,
                naming: [PersonRequest(role: .juror, name: name)]
            ) { people in
                .dossier(dossier, .evaluate(JuryEvaluation(juror: people[0], scores: grid, opinion: opinion, rank: rank)))
            }
        }
        try DossierCommands.report(outcome, dossier, office: office, invocation)
    }
}
