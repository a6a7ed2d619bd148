import Programme
import Testing

@testable import Projections

/// The promotions read model on small given logs, against expectations worked out by hand.
struct PromotionsFoldTests {
    typealias C = Controls
    static let key = Controls.edition

    static func partition(_ events: [ProgrammeEvent]) -> PromotionsModel.Partition? {
        C.fold(PromotionsModel.self, events.map { ($0, "2021-03-15") }).partitions[key]
    }

    static let second = CandidatureID(edition: key, number: 43)
    static let third = CandidatureID(edition: key, number: 44)

    static var cohort: [ProgrammeEvent] {
        [
            C.opened(),
            C.drafted(),
            C.drafted(
                C.otherDossier,
                DossierDetails(
                    title: "Plume", host: "Cour de cassation", entrepreneurs: 1, profiles: [.legal], mentors: [C.mentor]
                )),
            C.accepted(),
            C.accepted(C.otherDossier, entrepreneurs: 1),
            .promotionAnnounced(PromotionAnnounced(edition: key, dates: C.span("2021-09-06..2022-07-01"))),
            .promotionStarted(PromotionStarted(edition: key)),
            C.selected(profile: .datascience),
            C.selected(second, person: C.person("p-2"), profile: .dev),
            C.selected(third, person: C.person("p-3"), profile: .dev),
            .selectedCandidateWithdrew(
                SelectedCandidateWithdrew(edition: key, candidature: third, challenge: C.challenge, reason: nil)),
            .candidateJoined(
                CandidateJoined(edition: key, candidature: C.candidature, person: C.candidate, challenge: C.challenge)),
            .challengeWithdrawn(ChallengeWithdrawn(edition: key, challenge: C.otherDossier.challenge, reason: "None.")),
        ]
    }

    @Test func aCohortWithItsDatesDefisAndTeams() throws {
        let promotion = try #require(Self.partition(Self.cohort))
        #expect(promotion.status == .started)
        #expect(promotion.dates == C.span("2021-09-06..2022-07-01"))
        #expect(promotion.opening?.year == 2021)
        let teams = promotion.teams
        #expect(teams.map(\.challenge.id) == [C.challenge, C.otherDossier.challenge])
        #expect(teams[0].challenge.host == "Direction générale des entreprises")
        #expect(teams[0].challenge.profiles == [.datascience, .dev])
        #expect(teams[0].challenge.entrepreneurs == 2)
        #expect(teams[0].size == 2)  // the third withdrew: the place is free again
        #expect(teams[0].recruitedProfiles == [.datascience, .dev])
        #expect(teams[0].members.map(\.status) == [.joined, .selected])
        #expect(!teams[0].isWithdrawn)
        #expect(teams[1].isWithdrawn)
        #expect(teams[1].size == 0)
    }

    @Test func completionFindsTheJoinedSeatByPersonAndReopeningRemovesTheDefi() throws {
        let promotion = try #require(
            Self.partition(
                Self.cohort + [
                    .candidateCompleted(
                        CandidateCompleted(
                            edition: Self.key, person: C.candidate, candidature: nil, challenge: C.challenge)),
                    .promotionEnded(PromotionEnded(edition: Self.key)),
                    .dossierReopened(
                        DossierReopened(dossier: C.otherDossier, reason: "Error.", previousStatus: .accepted)),
                ]))
        #expect(promotion.status == .ended)
        #expect(promotion.seats.first?.status == .completed)
        #expect(promotion.challenges.map(\.id) == [C.challenge])
    }

    @Test func theEditionsStreamCountsOnlyOnceTheEditionIsOpened() throws {
        let promotion = try #require(
            Self.partition([
                .promotionStarted(PromotionStarted(edition: Self.key)), C.drafted(), C.accepted(), C.selected(),
                C.opened(),
            ]))
        #expect(promotion.status == .planned)
        #expect(promotion.seats.isEmpty)
        #expect(promotion.dates == C.settings.promotion)
        #expect(promotion.challenges.count == 1)
    }

    @Test func importedEntrepreneursJoinWithoutAProfile() throws {
        let promotion = try #require(
            Self.partition([
                C.opened(), C.drafted(), C.accepted(),
                .entrepreneurImported(
                    EntrepreneurImported(
                        edition: Self.key, person: C.person("anon-1"), challenge: C.challenge, source: "csv")),
            ]))
        #expect(promotion.teams[0].size == 1)
        #expect(promotion.teams[0].recruitedProfiles == [])
        #expect(promotion.seats[0].status == .joined)
    }
}
