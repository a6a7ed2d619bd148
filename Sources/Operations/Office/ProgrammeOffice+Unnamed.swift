internal import EventStore
internal import Programme

extension ProgrammeOffice {
    /// Erases the vault records of `people`, candidates a command wrote before its append,
    /// once it is sure the command wrote nothing: no event names them, so neither retention
    /// nor `forget` would ever reach them.
    ///
    /// Only people never matched by name: a juror, mentor or lead claimed in the name index may
    /// already be matched by another process to the same id, so those wait for
    /// ``orphanCases(now:)``. Best effort, after the command's own error: when the log cannot
    /// say whether the command was recorded (say after an I/O error), or the erasure fails,
    /// the records stay, and the retention's orphan sweep erases them 24 hours later.
    func discardUnnamed(_ people: [PersonID], commandID: String) {
        guard !people.isEmpty else { return }
        do {
            try refresh()
            guard try earlierResult(of: commandID) == nil else { return }
            for person in people { try vault.erase(person) }
        } catch {
            return
        }
    }
}
