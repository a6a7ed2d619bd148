import EventStore
import Operations

/// `eig seal [--json]`: seals the log's head and prints its chain hash for publication.
enum SealCommand {
    static let command = Command(
        name: "seal",
        summary: "Seal the log: record its head's chain hash and print it for publication.",
        discussion: "Appends a LogSealed event to the $seal stream with the position, event count and "
            + "chain hash of the log's head, and prints that hash on standard output (the details on "
            + "standard error). The hash stands for every byte of the log up to the head: publish it "
            + "somewhere the programme does not control, and 'eig verify --seal HASH' proves later that "
            + "the log still holds exactly that prefix. When the log's last event is already a seal, "
            + "nothing is written and that seal is printed again. With --json: {position, count, "
            + "chainHash, sealPosition, unchanged}.",
        options: [CommonOptions.commandID], groups: [.store, .json],
        examples: [
            Example("eig seal", "Seal the log; prints the hash to publish."),
            Example(
                "eig seal --command-id seal-$(date +%F) --json",
                "The daily seal from cron: run again the same day, it writes nothing."),
        ],
        run: run)

    static func run(_ invocation: Invocation) throws {
        let office = try invocation.openOffice()
        let outcome = try invocation.perform { () throws(OperationsError) in
            try office.seal(recording: invocation.recording)
        }
        let seal = outcome.seal
        switch invocation.context.format {
        case .json:
            invocation.emitJSON([
                "position": .integer(Int(seal.position)), "count": .integer(Int(seal.count)),
                "chainHash": .string(seal.chainHash), "sealPosition": .integer(Int(outcome.sealPosition)),
                "unchanged": .bool(outcome.isUnchanged),
            ])
        case .human, .csv:
            invocation.console.printLine(seal.chainHash)
            let what = outcome.isUnchanged ? "already sealed" : "sealed"
            invocation.console.note(
                "\(what): positions 1-\(seal.position) (\(seal.count) events); the seal is event "
                    + "\(outcome.sealPosition). Publish the hash; check it with 'eig verify --seal HASH'.")
        }
    }
}

extension ValueParser where Value == Digest {
    /// 64 hexadecimal digits: a SHA-256 chain hash as `eig seal` prints it.
    static let chainHash = ValueParser(expecting: "a chain hash: 64 hexadecimal digits") {
        (text) throws(ValueError) -> Digest in
        guard text.utf8.count == 64, let digest = Digest(hex: text) else {
            throw ValueError("'\(text.prefix(70))' is not a chain hash: 64 hexadecimal digits, as 'eig seal' prints")
        }
        return digest
    }
}
