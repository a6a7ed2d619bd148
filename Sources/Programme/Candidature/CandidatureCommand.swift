/// What a candidate, the programme team, a juror or the director can ask of a candidature.
///
/// The target stream depends on the stage (see `Candidature.decide`): `candidature-<id>`
/// up to the interviews, `edition-<key>` for selection and what follows, where the
/// promotion enforces team sizes and one défi per person.
public enum CandidatureCommand: Sendable, Hashable {
    /// Files the candidature, only inside the candidate call's window.
    case apply(CandidateApplication)
    /// `applied → preselected`.
    case preselect
    /// `applied → not_preselected`, with a reason.
    case decline(reason: String)
    /// Ranks 1 to 3 distinct accepted défis of the edition: `preselected → preferences_given`
    /// (again while preferences_given, replacing the ranking).
    case prefer([ChallengeID])
    /// Records an interview for one of the ranked défis: `→ interviewed`.
    case interview(CandidateInterview)
    /// Gives the candidate a seat on a défi, for one of the profiles it requested
    /// (edition stream): `interviewed → selected`.
    case select(ChallengeID, profile: Profile)
    /// The programme director validates the selection: `selected → validated`.
    case validate
    /// The entrepreneur begins, once the promotion started: `validated → joined`.
    case join
    /// `joined → left`, with a reason.
    case leave(reason: String)
    /// `joined → completed`.
    case complete
    /// Withdraws any time before joining.
    case withdraw(reason: String?)
}
