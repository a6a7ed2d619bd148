internal import Programme

extension DemoPlan {
    /// One applicant of the simulated call and what happens to them.
    struct Applicant {
        enum Fate {
            case withdrawsEarly, declined, preselectedOnly, withdrawsPreselected, prefersOnly, interviewed
            case recruited(DemoSeat)
        }

        var fate: Fate
        var profile: Profile
        var appliedAt: BusinessInstant
    }

    /// The candidatures: 471 filed during the call; 309 not preselected, 150 preselected;
    /// 96 interviewed in June for the défis they ranked; 41 selected for the places of the
    /// accepted défis, of whom two withdraw, so 39 join the promotion on 1 September.
    mutating func planCandidatures(seats: [DemoSeat]) throws(OperationsError) {
        let challenges = acceptedChallenges()
        var seats = seats
        // Two of the selected withdraw: the places stay open, hence 39 recruited for 41 places.
        for (challenge, withdrawal) in [("D5-006", DemoSeat.Withdrawal.beforeValidation), ("D5-010", .afterValidation)] {
            if let index = seats.firstIndex(where: { $0.challenge.rawValue == challenge }) {
                seats[index].withdrawal = withdrawal
            }
        }
        for (offset, applicant) in makeApplicants(seats: seats).enumerated() {
            let id = CandidatureID(edition: Self.edition, number: offset + 1)
            try plan(applicant, id: id, challenges: challenges)
        }
    }

    /// The applicants in the order they applied, each with their fate.
    private mutating func makeApplicants(seats: [DemoSeat]) -> [Applicant] {
        var fates: [Applicant.Fate] = seats.map { .recruited($0) }
        let others: [(Applicant.Fate, Int)] = [
            (.withdrawsEarly, 12), (.interviewed, Self.interviewedCount - seats.count), (.prefersOnly, 44),
            (.withdrawsPreselected, 6), (.preselectedOnly, 4),
        ]
        for (fate, count) in others { fates += Array(repeating: fate, count: count) }
        fates += Array(repeating: .declined, count: Self.candidatureCount - fates.count)
        var applicants = random.shuffled(fates).map { fate -> Applicant in
            let profile: Profile
            if case .recruited(let seat) = fate {
                profile = seat.profile
            } else {
                profile = random.pick(weighted: [
                    (.dev, 34), (.datascience, 26), (.design, 12), (.dataengineering, 9), (.product, 8),
                    (.geomatique, 6), (.legal, 5),
                ])
            }
            // More applications come as the deadline nears: the day's index is skewed late.
            let skew = 1 - random.unit() * random.unit()
            let day = Self.date("2021-03-01").adding(days: Int(skew * 62.999))
            return Applicant(fate: fate, profile: profile, appliedAt: officeHours(on: day))
        }
        applicants = applicants.enumerated().sorted {
            ($0.element.appliedAt, $0.offset) < ($1.element.appliedAt, $1.offset)
        }.map(\.element)
        return applicants
    }

    private mutating func plan(
        _ applicant: Applicant, id: CandidatureID, challenges: [(ChallengeID, [Profile])]
    ) throws(OperationsError) {
        let prefix = "demo/\(id)"
        let person = makeCandidate()
        let experience = random.pick(weighted: [(1, 2), (3, 4), (5, 5), (8, 4), (12, 2), (20, 1)])
        try add("\(prefix)/apply", at: applicant.appliedAt, naming: [person]) { people in
            .candidature(
                id,
                .apply(CandidateApplication(person: people[0], profile: applicant.profile, experienceYears: experience)))
        }
        let screened = officeHours(on: day(from: "2021-05-06", through: "2021-05-14"))
        switch applicant.fate {
        case .withdrawsEarly:
            let withdrawn = officeHours(on: applicant.appliedAt.parisDate.adding(days: random.int(in: 1...15)))
            let reason = random.pick(DemoCatalogue.withdrawalReasons)
            try add("\(prefix)/withdraw", at: withdrawn) { _ in .candidature(id, .withdraw(reason: reason)) }
            return
        case .declined:
            let reason = random.pick(DemoCatalogue.declineReasons)
            try add("\(prefix)/decline", at: screened) { _ in .candidature(id, .decline(reason: reason)) }
            return
        default:
            try add("\(prefix)/preselect", at: screened) { _ in .candidature(id, .preselect) }
        }
        switch applicant.fate {
        case .preselectedOnly:
            return
        case .withdrawsPreselected:
            let reason = random.pick(DemoCatalogue.withdrawalReasons)
            try add("\(prefix)/withdraw", at: officeHours(on: day(from: "2021-05-18", through: "2021-05-28"))) { _ in
                .candidature(id, .withdraw(reason: reason))
            }
            return
        default:
            break
        }
        var seat: DemoSeat?
        if case .recruited(let recruited) = applicant.fate { seat = recruited }
        let preferences = rank(for: applicant.profile, first: seat?.challenge, among: challenges)
        try add("\(prefix)/prefer", at: officeHours(on: day(from: "2021-05-19", through: "2021-05-31"))) { _ in
            .candidature(id, .prefer(preferences))
        }
        if case .prefersOnly = applicant.fate { return }
        try planInterviews(id, for: preferences[0], isStrong: seat != nil)
        if let seat { try planRecruitment(id, seat: seat) }
    }

    /// One or two interviews for the first défi ranked, in June.
    private mutating func planInterviews(_ id: CandidatureID, for challenge: ChallengeID, isStrong: Bool)
        throws(OperationsError)
    {
        let jurors = random.shuffled(DemoCatalogue.interviewPanel).prefix(random.chance(0.35) ? 2 : 1)
        let interviewed = day(from: "2021-06-02", through: "2021-06-25")
        for (index, juror) in jurors.enumerated() {
            let scores = (0..<CandidateInterview.scoreCount).map { _ in
                isStrong ? random.int(in: 3...4) : random.int(in: 1...4)
            }
            try add(
                "demo/\(id)/interview/\(index + 1)",
                at: BusinessInstant(paris: interviewed, hour: 9 + 2 * index + random.int(in: 0...1), minute: 15)!,
                naming: [PersonRequest(role: .juror, name: juror)]
            ) { people in .candidature(id, .interview(CandidateInterview(challenge: challenge, juror: people[0], scores: scores))) }
        }
    }

    /// Selected at the end of June, validated by the director in July (one withdraws before,
    /// one after), joined on the promotion's first day.
    private mutating func planRecruitment(_ id: CandidatureID, seat: DemoSeat) throws(OperationsError) {
        let prefix = "demo/\(id)"
        try add("\(prefix)/select", at: officeHours(on: day(from: "2021-06-28", through: "2021-06-30"))) { _ in
            .candidature(id, .select(seat.challenge, profile: seat.profile))
        }
        if seat.withdrawal == .beforeValidation {
            try add("\(prefix)/withdraw", at: Self.paris("2021-07-02", 18, 5)) { _ in
                .candidature(id, .withdraw(reason: "A accepté un poste dans une start-up"))
            }
            return
        }
        try add("\(prefix)/validate", at: officeHours(on: day(from: "2021-07-05", through: "2021-07-07"))) { _ in
            .candidature(id, .validate)
        }
        if seat.withdrawal == .afterValidation {
            try add("\(prefix)/withdraw", at: Self.paris("2021-08-16", 11, 40)) { _ in
                .candidature(id, .withdraw(reason: "Raisons personnelles"))
            }
            return
        }
        try add(
            "\(prefix)/join", at: BusinessInstant(paris: Self.date("2021-09-01"), hour: 10, minute: random.int(in: 0...59))!
        ) { _ in .candidature(id, .join) }
    }

    /// One to three défis, those that requested the candidate's profile first.
    private mutating func rank(
        for profile: Profile, first: ChallengeID?, among challenges: [(ChallengeID, [Profile])]
    ) -> [ChallengeID] {
        let fitting = random.shuffled(challenges.filter { $0.1.contains(profile) && $0.0 != first }.map(\.0))
        let pool = fitting.isEmpty ? random.shuffled(challenges.map(\.0).filter { $0 != first }) : fitting
        let count = random.pick(weighted: [(1, 2), (2, 3), (3, 5)]) - (first == nil ? 0 : 1)
        return (first.map { [$0] } ?? []) + Array(pool.prefix(max(first == nil ? 1 : 0, count)))
    }

    /// The accepted défis of the plan and the profiles they requested.
    private func acceptedChallenges() -> [(ChallengeID, [Profile])] {
        DemoCatalogue.projects.prefix(16).enumerated().map { offset, project in
            (DossierID(edition: Self.edition, number: offset + 1).challenge, project.profiles)
        }
    }

    /// A candidate with an invented name, an e-mail address and, often, a phone number.
    private mutating func makeCandidate() -> PersonRequest {
        let first = random.pick(DemoCatalogue.firstNames)
        let last = random.pick(DemoCatalogue.lastNames)
        let local = NameKey.normalized("\(first).\(last)").filter { $0.isASCII && ($0.isLetter || $0 == ".") }
        let phone = random.chance(0.6) ? "+33 6 " + (0..<4).map { _ in String(random.int(in: 10...99)) }.joined(separator: " ") : nil
        return PersonRequest(role: .candidate, name: "\(first) \(last)", email: "\(local)@example.org", phone: phone)
    }
}
