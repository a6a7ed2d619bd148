extension EventLog {
    /// The encoded records of a planned append (their bytes are `writeBuffer`'s): where each
    /// record starts in them, the first one's position, the last one's chain hash.
    struct EncodedRecords {
        var starts: [Int]
        var firstPosition: UInt64
        var lastHash: Digest
    }

    /// Encodes every planned event into `writeBuffer`, chaining hashes from the head: sizes
    /// every record first, then fills them in place; a large append's records are sealed (chain
    /// hash and CRC) on another thread as they are filled (``RecordSealer``), a small one's here.
    func encode(_ requests: [AppendRequest], _ planned: [PlannedCommand], recordedAt: Timestamp)
        -> EncodedRecords
    {
        // The buffer and the id source are moved into locals for the loop: as stored properties
        // of a class, each use per event would be a dynamic exclusivity check.
        var buffer = writeBuffer
        writeBuffer = RecordBuffer()
        var ids = randomIDs
        defer {
            writeBuffer = buffer
            randomIDs = ids
        }
        buffer.removeAll()
        let (starts, lengths, total) = recordSizes(requests, planned)
        let head = headHash
        let lastRequest = planned[planned.count - 1].request
        let lastHash = buffer.append(length: total) { base in
            let sealer =
                total >= RecordSealer.minimumBytes
                ? RecordSealer(.init(base: base, starts: starts, lengths: lengths), previous: head) : nil
            var previous = head
            var number = 0
            var published = 0
            var fields = RecordEncoder.CommandFields()
            // Through buffer pointers: iterating the arrays themselves copied each planned command
            // (a retain and a release per string it holds).
            requests.withUnsafeBufferPointer { requests in
                planned.withUnsafeBufferPointer { planned in
                    for command in planned.indices {
                        let request = planned[command].request
                        fields.set(requests.baseAddress! + request)
                        let firstPosition = planned[command].firstPosition
                        let firstVersion = planned[command].firstVersion
                        requests[request].events.withUnsafeBufferPointer { events in
                            for offset in events.indices {
                                var type = events[offset].type
                                type.withUTF8 { typeBytes in
                                    RecordEncoder.fill(
                                        base + starts[number], length: lengths[number],
                                        position: firstPosition + UInt64(offset),
                                        streamVersion: firstVersion + UInt64(offset), recordedAt: recordedAt,
                                        event: events.baseAddress! + offset, type: typeBytes,
                                        eventID: events[offset].eventID ?? ids.make(), fields: fields,
                                        commitEnd: request == lastRequest && offset == events.count - 1)
                                }
                                if let sealer {
                                    let end = starts[number] + lengths[number]
                                    if end - published >= RecordSealer.publicationBytes {
                                        sealer.publish(filled: number + 1)
                                        published = end
                                    }
                                } else {
                                    previous = RecordEncoder.seal(
                                        base + starts[number], length: lengths[number], previous: previous)
                                }
                                number += 1
                            }
                        }
                    }
                }
            }
            guard let sealer else { return previous }
            sealer.publish(filled: number)
            return sealer.finish()
        }
        return EncodedRecords(starts: starts, firstPosition: planned[0].firstPosition, lastHash: lastHash)
    }

    /// Where each planned record will start in the write buffer, its length, and the total.
    private func recordSizes(_ requests: [AppendRequest], _ planned: [PlannedCommand])
        -> (starts: [Int], lengths: [Int], total: Int)
    {
        let count = planned.reduce(0) { $0 + $1.count }
        var starts: [Int] = []
        var lengths: [Int] = []
        starts.reserveCapacity(count)
        lengths.reserveCapacity(count)
        var total = 0
        requests.withUnsafeBufferPointer { requests in
            for command in planned.indices {
                let request = planned[command].request
                let fieldBytes = RecordEncoder.CommandFields.byteCount(requests.baseAddress! + request)
                requests[request].events.withUnsafeBufferPointer { events in
                    for event in events.indices {
                        let length = RecordEncoder.length(
                            fieldBytes: fieldBytes, typeBytes: events[event].type.utf8.count,
                            payloadBytes: events[event].payload.count)
                        starts.append(total)
                        lengths.append(length)
                        total += length
                    }
                }
            }
        }
        return (starts, lengths, total)
    }

    /// Makes the records written at `start` of segment `segment` part of the log's state:
    /// index, head, tail.
    func commit(
        _ planned: [PlannedCommand], records: EncodedRecords, segment: Int, start: Int, recordedAt: Timestamp
    ) {
        index.withDelta { delta in
            planned.withUnsafeBufferPointer { planned in
                var number = 0
                for command in planned.indices {
                    for offset in 0..<planned[command].count {
                        delta.add(
                            position: planned[command].firstPosition + UInt64(offset),
                            offset: start + records.starts[number], stream: planned[command].stream,
                            commandID: planned[command].commandID,
                            streamVersion: planned[command].firstVersion + UInt64(offset))
                        number += 1
                    }
                }
            }
        }
        headHash = records.lastHash
        headPosition = records.firstPosition + UInt64(records.starts.count) - 1
        headRecordedAt = recordedAt
        tailSegment = segment
        tailOffset = start + writeBuffer.count
        segments[tailSegment].end = tailOffset
    }
}
