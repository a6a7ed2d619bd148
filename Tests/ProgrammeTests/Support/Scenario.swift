import Testing

@testable import Programme

/// `given(events).when(command, at:).then(events)`: the shape of every decider test.
///
/// The given events are routed to their streams by `ProgrammeEvent.stream`, as the log
/// would hold them, and the command is decided through `ProgrammeCommand`, as Operations does.
func given(_ events: [ProgrammeEvent]...) -> Scenario {
    Scenario(history: events.flatMap { $0 })
}

struct Scenario {
    let history: [ProgrammeEvent]

    func when(_ command: ProgrammeCommand, at now: BusinessInstant = Controls.inProjectCall) -> Outcome {
        let loaded = StreamHistory(events: history.filter { command.streamsToRead.contains($0.stream) })
        do {
            return Outcome(command: command, result: .success(try command.decide(given: loaded, at: now)))
        } catch {
            return Outcome(command: command, result: .failure(error))
        }
    }
}

struct Outcome {
    let command: ProgrammeCommand
    let result: Result<Decision, Rejection>

    /// Expects exactly `expected`, in order, and checks they go to a stream the command read.
    @discardableResult
    func then(
        _ expected: ProgrammeEvent..., in stream: ProgrammeStream? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Decision? {
        switch result {
        case .success(let decision):
            #expect(decision.events == expected, sourceLocation: sourceLocation)
            #expect(command.streamsToRead.contains(decision.stream), sourceLocation: sourceLocation)
            #expect(decision.events.allSatisfy { $0.stream == decision.stream }, sourceLocation: sourceLocation)
            if let stream { #expect(decision.stream == stream, sourceLocation: sourceLocation) }
            return decision
        case .failure(let rejection):
            Issue.record(
                "expected events, got the rejection \(rejection.code): \(rejection)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Expects a rejection with `code`, and optionally a message containing `text`.
    @discardableResult
    func thenRejected(
        _ code: String, saying text: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Rejection? {
        switch result {
        case .success(let decision):
            Issue.record(
                "expected the rejection \(code), got \(decision.events.map(\.typeName))", sourceLocation: sourceLocation
            )
            return nil
        case .failure(let rejection):
            #expect(rejection.code == code, "\(rejection)", sourceLocation: sourceLocation)
            if let text { #expect(rejection.message.contains(text), "\(rejection)", sourceLocation: sourceLocation) }
            return rejection
        }
    }

    /// The events, or nil after recording an issue.
    var events: [ProgrammeEvent]? { try? result.get().events }
}
