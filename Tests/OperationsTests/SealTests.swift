import EventStore
import Programme
import Testing

@testable import Operations

/// Seals: the head's chain hash recorded and published, and the proof that the log still
/// holds the sealed prefix.
struct SealTests {
    /// Edition 5 and a drafted dossier (positions 1 and 2), sealed at position 2.
    static func sealedStore() throws -> (TemporaryOffice, SealOutcome) {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        _ = try Edition5.draft(office)
        return (store, try office.seal())
    }

    @Test func aSealRecordsTheHeadsHashAndSealingAnIdleLogWritesNothing() throws {
        let (store, outcome) = try Self.sealedStore()
        let office = try store.office()
        #expect(outcome.seal.position == 2)
        #expect(outcome.seal.count == 2)
        #expect(outcome.sealPosition == 3)
        #expect(!outcome.isUnchanged)
        let log = try EventLog.open(at: store.directory)
        #expect(outcome.seal.chainHash == (try log.event(at: 2)).chainHash.hex)
        let sealEvent = try log.event(at: 3)
        #expect(sealEvent.stream == "$seal")
        #expect(sealEvent.type == "LogSealed")
        #expect(
            String(decoding: sealEvent.payload, as: UTF8.self)
                == "{\"chainHash\":\"\(outcome.seal.chainHash)\",\"count\":2,\"position\":2}")

        let again = try office.seal()
        #expect(again.isUnchanged)
        #expect(again.seal == outcome.seal)
        #expect(try office.head.position == 3)
    }

    @Test func theSameCommandIdSealsOnce() throws {
        let store = try TemporaryOffice()
        let office = try store.office()
        try Edition5.open(office)
        let first = try office.seal(recording: Recording(commandID: "seal-2021-06-01"))
        _ = try Edition5.draft(office)
        let second = try office.seal(recording: Recording(commandID: "seal-2021-06-01"))
        #expect(second.isUnchanged)
        #expect(second.seal == first.seal)
        #expect(try office.head.position == 3)
    }

    @Test func anEmptyLogHasNothingToSeal() throws {
        let store = try TemporaryOffice()
        let error = #expect(throws: OperationsError.self) { try store.office().seal() }
        #expect(error?.code == .rejected)
    }

    @Test func theSealHoldsAfterMoreEventsAreAppended() throws {
        let (store, outcome) = try Self.sealedStore()
        let office = try store.office()
        _ = try Edition5.draft(office, mentor: "Paul Vidal")
        let hash = try #require(Digest(hex: outcome.seal.chainHash))
        let result = try office.verify(seal: hash)
        #expect(result.holdsPrefix)
        #expect(result.position == 2)
        #expect(result.report.isSound)
        #expect(result.report.events == 4)
    }

    @Test func oneAlteredByteBeforeTheSealBreaksItAtThatPosition() throws {
        let (store, outcome) = try Self.sealedStore()
        try LogSurgery.flipPayloadByte(store.directory, position: 1)
        let result = try store.office(access: .read).verify(seal: try #require(Digest(hex: outcome.seal.chainHash)))
        #expect(!result.holdsPrefix)
        #expect(result.failurePosition == 1)
        #expect(result.failure?.contains("position 1") == true)
    }

    @Test func aForgeryWithRecomputedChecksumsBreaksTheSealAtTheSealedPosition() throws {
        let (store, outcome) = try Self.sealedStore()
        try LogSurgery.forge(store.directory, position: 1)
        let forged = try store.office(access: .read)
        #expect(try forged.head.position == 3)
        let result = try forged.verify(seal: try #require(Digest(hex: outcome.seal.chainHash)))
        #expect(result.report.isSound)
        #expect(!result.holdsPrefix)
        #expect(result.failurePosition == 2)
        #expect(result.failure?.hasPrefix("the record at position 2 has the chain hash") == true)
    }

    @Test func aHashNoRecordCarriesIsNotInTheLogAndDamageAfterTheSealLeavesItStanding() throws {
        let (store, outcome) = try Self.sealedStore()
        let office = try store.office()
        let unknown = try office.verify(seal: SHA256.hash(Array("another log".utf8)))
        #expect(!unknown.holdsPrefix)
        #expect(unknown.position == nil)
        #expect(unknown.failure?.contains("its seals are at positions 2") == true)

        _ = try Edition5.draft(office, mentor: "Paul Vidal")
        _ = try Edition5.draft(office, mentor: "Anne Roux")
        try LogSurgery.flipPayloadByte(store.directory, position: 4)
        let result = try store.office(access: .read).verify(seal: try #require(Digest(hex: outcome.seal.chainHash)))
        #expect(result.holdsPrefix)
        #expect(result.problemAfterSeal?.position == 4)
    }
}
