import Operations

extension Invocation {
    /// Whether the actor's role lets them see people's names and contact details.
    func mayReadPersonalData(_ office: ProgrammeOffice) -> Bool {
        true
    }
}
