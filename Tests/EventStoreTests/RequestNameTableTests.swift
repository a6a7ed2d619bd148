import Testing

@testable import EventStore

/// The plan's tables keyed by the requests' own names (``RequestNameTable``): given requests /
/// when their names are inserted, past the initial room / then each is found with its value and
/// first request, a name seen again is not inserted twice, and an absent name is not found.
struct RequestNameTableTests {
    @Test func namesAreFoundByTheRequestsHoldingThemAfterGrowing() {
        let requests = (0..<100).map { Controls.request("stream-\($0 % 40)", command: "command-\($0)") }
        requests.withUnsafeBufferPointer { requests in
            var streams = RequestNameTable<Int>(.stream, capacity: 0)
            var commands = RequestNameTable<Int>(.commandID, capacity: 3)
            for number in requests.indices {
                let stream = streams.findOrInsert(
                    HashedName(requests[number].stream), request: number, number, in: requests)
                #expect(stream.inserted == (number < 40))
                #expect(streams.request(at: stream.entry) == number % 40)
                let command = commands.findOrInsert(
                    HashedName(requests[number].metadata.commandID), request: number, number, in: requests)
                #expect(command.inserted)
            }
            for number in 0..<40 {
                let entry = streams.find(HashedName("stream-\(number)"), in: requests)
                #expect(entry.map { streams[entry: $0] } == number)
            }
            #expect(streams.find(HashedName("stream-40"), in: requests) == nil)
            #expect(commands.find(HashedName("command-99"), in: requests).map { commands[entry: $0] } == 99)
            #expect(commands.find(HashedName("stream-1"), in: requests) == nil)
        }
    }
}
