import Operations

extension Invocation {
    /// Whether the actor's role lets them see people's names and contact details
    /// (``AccessPolicy/personalDataRoles``).
    func mayReadPersonalData(_ office: ProgrammeOffice) throws -> Bool {
        try perform { () throws(OperationsError) in try office.mayReadPersonalData() }
    }
}
