import Testing

@testable import Programme

struct EventCodingTests {
    @Test func theExamplesCoverEveryEventTypeOfTheCatalogue() {
        let examples = Set(Controls.everyEvent.map(\.typeName))
        #expect(examples == Set(ProgrammeEvent.typeNames.keys))
        #expect(ProgrammeEvent.typeNames.count == 32)
    }

    @Test(arguments: Controls.everyEvent)
    func everyEventRoundTripsThroughItsJSONPayload(_ event: ProgrammeEvent) throws {
        let bytes = event.encodedPayload()
        let decoded = try ProgrammeEvent.decode(
            type: event.typeName, schemaVersion: event.schemaVersion, payload: bytes)
        #expect(decoded == event)
        #expect(decoded.encodedPayload() == bytes)
        #expect(decoded.stream == event.stream)
    }

    @Test func payloadsAreCompactWithSortedCamelCaseKeys() {
        let evaluated = ProgrammeEvent.dossierEvaluated(
            DossierEvaluated(dossier: Controls.dossier, evaluation: Controls.evaluation, replacesEarlier: false))
        #expect(
            String(decoding: evaluated.encodedPayload(), as: UTF8.self)
                == #"{"dossier":"P5-003","juror":"person-juror","opinion":"favourable","rank":1,"replacesEarlier":false,"#
                + #""scores":{"commitment":4,"definition":3,"need":4,"openness":2,"transformation":3},"total":16}"#)
        let withdrawn = ProgrammeEvent.candidatureWithdrawn(
            CandidatureWithdrawn(candidature: Controls.candidature, reason: nil))
        #expect(String(decoding: withdrawn.encodedPayload(), as: UTF8.self) == #"{"candidature":"C5-0042"}"#)
    }

    @Test func aVersion1EvaluationIsUpcastIntoTheVersion2Shape() throws {
        let v1 =
            #"{"dossier":"P5-003","juror":"person-juror","scores":[4,3,4,3,2],"favourable":true,"rank":1,"replacesEarlier":false}"#
        let event = try ProgrammeEvent.decode(type: "DossierEvaluated", schemaVersion: 1, payload: Array(v1.utf8))
        #expect(
            event
                == .dossierEvaluated(
                    DossierEvaluated(dossier: Controls.dossier, evaluation: Controls.evaluation, replacesEarlier: false)
                ))
        #expect(event.schemaVersion == 2)
        let noOpinion = #"{"dossier":"P5-003","juror":"person-juror","scores":[1,1,1,1,1],"replacesEarlier":true}"#
        guard
            case .dossierEvaluated(let payload) = try ProgrammeEvent.decode(
                type: "DossierEvaluated", schemaVersion: 1, payload: Array(noOpinion.utf8))
        else { Issue.record("not an evaluation"); return }
        #expect(payload.opinion == nil)
        #expect(payload.total == 5)
        #expect(payload.scores[.openness] == 1)
    }

    @Test func aVersion1EvaluationWithTheWrongNumberOfScoresIsMalformed() {
        let v1 = #"{"dossier":"P5-003","juror":"person-juror","scores":[4,3,4],"replacesEarlier":false}"#
        let error = #expect(throws: EventDecodingError.self) {
            try ProgrammeEvent.decode(type: "DossierEvaluated", schemaVersion: 1, payload: Array(v1.utf8))
        }
        #expect(error?.code == .malformedPayload)
    }

    @Test func unknownTypesFutureVersionsAndMalformedPayloadsAreReportedNotGuessed() throws {
        let submitted = Array(#"{"dossier":"P5-003"}"#.utf8)
        let unknown = #expect(throws: EventDecodingError.self) {
            try ProgrammeEvent.decode(type: "RoleGranted", schemaVersion: 1, payload: submitted)
        }
        #expect(unknown?.code == .unknownType)
        #expect(try ProgrammeEvent.decodeIfKnown(type: "RoleGranted", schemaVersion: 1, payload: submitted) == nil)
        for version: UInt16 in [0, 2, 3] {
            let future = #expect(throws: EventDecodingError.self) {
                try ProgrammeEvent.decode(type: "DossierSubmitted", schemaVersion: version, payload: submitted)
            }
            #expect(future?.code == .unsupportedVersion)
        }
        for bad in [#"{"dossier":"P5-3"}"#, #"{}"#, #"["P5-003"]"#, "", #"{"dossier":"P5-003""#] {
            let malformed = #expect(throws: EventDecodingError.self) {
                try ProgrammeEvent.decode(type: "DossierSubmitted", schemaVersion: 1, payload: Array(bad.utf8))
            }
            #expect(malformed?.code == .malformedPayload)
        }
        let settings = #"{"settings":{"key":"5","year":2021,"entrepreneursPerChallenge":{"min":3,"max":2}}}"#
        let badRange = #expect(throws: EventDecodingError.self) {
            try ProgrammeEvent.decode(type: "EditionOpened", schemaVersion: 1, payload: Array(settings.utf8))
        }
        #expect(badRange?.code == .malformedPayload)
    }
}

struct EventFixtureTests {
    @Test func frozenPayloadsStillDecodeToTheExamplesAndReencodeToTheSameBytes() throws {
        let examples = Dictionary(grouping: Controls.everyEvent, by: \.typeName)
        for (type, version, json) in EventFixtures.frozen {
            let event = try ProgrammeEvent.decode(type: type, schemaVersion: version, payload: Array(json.utf8))
            #expect(examples[type]?.first == event, "\(type) v\(version)")
            if version == event.schemaVersion {
                #expect(String(decoding: event.encodedPayload(), as: UTF8.self) == json, "\(type) v\(version)")
            }
        }
        #expect(Set(EventFixtures.frozen.map(\.0)) == Set(ProgrammeEvent.typeNames.keys))
    }
}
