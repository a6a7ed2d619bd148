import Programme

@testable import Operations

/// Builders for candidatures of edition 5: filed, and taken to a seat on a défi.
enum Candidates {
    static func apply(
        _ office: ProgrammeOffice, name: String = "Léa Martin", email: String = "lea.martin@example.org",
        profile: Profile = .dev
    ) throws -> CandidatureID {
        let outcome = try office.applyCandidate(
            in: Edition5.key, candidate: PersonRequest(role: .candidate, name: name, email: email),
            profile: profile, experienceYears: 5, recording: Controls.at(Controls.inCandidateCall))
        return try CandidatureID(parsing: outcome.subjectID)
    }

    /// Preselects `id`, records its preference for `challenge`, an interview and the selection.
    static func select(_ office: ProgrammeOffice, _ id: CandidatureID, for challenge: ChallengeID) throws {
        let at = Controls.at(Controls.paris("2021-06-10"))
        _ = try office.execute(.candidature(id, .preselect), recording: at)
        _ = try office.execute(.candidature(id, .prefer([challenge])), recording: at)
        _ = try office.execute(recording: at, naming: [PersonRequest(role: .juror, name: "Julie Moreau")]) { people in
            .candidature(
                id, .interview(CandidateInterview(challenge: challenge, juror: people[0], scores: [4, 3, 4, 3, 4])))
        }
        _ = try office.execute(.candidature(id, .select(challenge, profile: .dev)), recording: at)
    }
}
