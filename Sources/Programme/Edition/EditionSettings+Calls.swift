extension EditionSettings {
    /// The window of one of the edition's calls.
    public func window(of call: Rejection.Call) -> DateSpan {
        switch call {
        case .projects: projectCall
        case .candidates: candidateCall
        }
    }

    /// Checks that `now` lies inside the call's window, from 00:00 on its first day to
    /// 23:59:59.999999 on its last day, Paris time.
    ///
    /// - Throws: `callNotOpen` or `callClosed`, naming the edge as "2021-04-07 23:59 Europe/Paris".
    func checkInside(_ call: Rejection.Call, at now: BusinessInstant, subject: String, action: String) throws(Rejection)
    {
        let window = window(of: call)
        guard now >= window.opensAt else {
            throw .callNotOpen(subject: subject, action: action, call: call, edition: key, opens: window.opensAt)
        }
        guard now <= window.closesAt else {
            throw .callClosed(subject: subject, action: action, call: call, edition: key, closed: window.closesAt)
        }
    }
}
