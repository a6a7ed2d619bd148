/// Checks a whole store from its files, trusting nothing in memory: every segment header,
/// every record's CRC32C, position, chain hash, stream version, recorded-at and command id,
/// the free space after the records, and every index checkpoint run against the log.
struct Verifier {
    typealias Problem = VerificationReport.Problem

    let directory: String
    let files: FileOperations
    let progress: ((UInt64) -> Void)?

    private var problem: Problem?
    private var tornTail: Problem?
    private var position: UInt64 = 0
    private var hash = Digest.zero
    /// The last record that ends its commit, and its chain hash: the head readers see.
    private var commitEnd: UInt64 = 0
    private var commitEndHash = Digest.zero
    /// The format version of the segment being checked.
    private var segmentVersion = SegmentHeader.formatVersion
    private var recordedAt = Int64.min
    private var streams: [String: UInt64] = [:]
    private var commands: [UInt64: UInt64] = [:]
    /// Segment number << 32 | offset, by position − 1: to re-read records for the index check.
    private var locations: [UInt64] = []
    private var mapped: [(name: String, mapping: Mapping?, size: Int)] = []
    private var previousRecord: UnsafeRawPointer?
    private var previousFields: RecordFields?

    init(directory: String, files: FileOperations, progress: ((UInt64) -> Void)?) {
        self.directory = directory
        self.files = files
        self.progress = progress
    }

    mutating func run() -> VerificationReport {
        checkLog()
        return checkIndexAndReport()
    }

    /// The first step of ``run()``: the segments and their records.
    mutating func checkLog() {
        checkSegments()
        if problem == nil, commitEnd < position { reportUnfinishedCommit() }
    }

    /// The last step of ``run()``, after ``checkLog()``: the index runs against the records
    /// checked, then the report. (A test appends between the two steps, as a writer may.)
    mutating func checkIndexAndReport() -> VerificationReport {
        var runs = 0
        if problem == nil { runs = checkIndexRuns() }
        progress?(position)
        return VerificationReport(
            problem: problem, tornTail: tornTail, events: position, chainHash: hash, segments: mapped.count,
            indexRuns: runs)
    }

    // MARK: Segments and records

    private mutating func checkSegments() {
        let names: [String]
        do {
            names = try files.list(directory)
        } catch {
            problem = Problem(kind: .io, position: nil, file: directory, offset: nil, what: error.message)
            return
        }
        let segments = SegmentName.segments(among: names)
        for (number, (name, first)) in segments.enumerated() {
            let isLast = number == segments.count - 1
            guard let bytes = map(name) else { return }
            switch SegmentHeader.decode(bytes) {
            case .failure(let headerProblem):
                let holdsRecords =
                    bytes.count > SegmentHeader.length
                    && RecordFields.findValidRecord(in: bytes, after: SegmentHeader.length - 1, beyond: 0) != nil
                let found = Problem(
                    kind: .segmentHeader, position: position + 1, file: name, offset: 0,
                    what: headerProblem.description)
                if isLast, !holdsRecords {
                    tornTail = found
                } else {
                    problem = found
                }
                return
            case .success(let header):
                segmentVersion = header.version
                guard header.firstPosition == first else {
                    return fail(
                        .segmentHeader, name, 0,
                        "the header says the segment starts at \(header.firstPosition), unlike its name")
                }
                guard first == position + 1 else {
                    // An interrupted rollover (FORMAT.md §8): nothing in it was acknowledged.
                    if isLast, first > position + 1,
                        RecordFields.findValidRecord(in: bytes, after: SegmentHeader.length - 1, beyond: 0) == nil
                    {
                        tornTail = Problem(
                            kind: .continuity, position: position + 1, file: name, offset: 0,
                            what: "the last segment starts at position \(first) but the previous one ends at "
                                + "\(position), and it holds no valid record: an interrupted rollover")
                        return
                    }
                    return fail(
                        .continuity, name, 0,
                        "the segment starts at position \(first) but the previous one ends at \(position)")
                }
                guard header.previousChainHash == hash else {
                    return fail(
                        .continuity, name, 0, "the header's previous chain hash is not the last record's chain hash")
                }
            }
            guard checkRecords(of: number, name: name, bytes: bytes, isLast: isLast) else { return }
            if !isLast, commitEnd < position {
                problem = Problem(
                    kind: .record, position: commitEnd + 1, file: name, offset: locations[Int(commitEnd)] & 0xFFFF_FFFF,
                    what: "positions \(commitEnd + 1)…\(position) end the segment without the end of their commit, "
                        + "and another segment follows (a commit never spans segments)")
                return
            }
        }
    }

    /// Records after the last commit end at the log's tail: an append a crash cut short, never
    /// acknowledged; like a torn tail, the next writer moves them to quarantine. The log is
    /// sound up to the last commit end.
    private mutating func reportUnfinishedCommit() {
        let location = locations[Int(commitEnd)]
        let after = tornTail.map { "; then " + $0.what } ?? ""
        tornTail = Problem(
            kind: .record, position: commitEnd + 1, file: mapped[Int(location >> 32)].name,
            offset: location & 0xFFFF_FFFF,
            what: "positions \(commitEnd + 1)…\(position) are an unfinished commit (no record ends it): "
                + "an append cut short" + after)
        position = commitEnd
        hash = commitEndHash
    }

    /// Checks the records of one segment; false when verification must stop.
    private mutating func checkRecords(of number: Int, name: String, bytes: UnsafeRawBufferPointer, isLast: Bool)
        -> Bool
    {
        let base = bytes.baseAddress!
        var offset = SegmentHeader.length
        while true {
            var check = RecordFields.check(base + offset, available: bytes.count - offset)
            // The commit-end flag in a format 1 segment is an unknown flag, judged like any other
            // (as the writer's recovery does: at the tail, a torn tail it cuts).
            if case .valid = check, RecordLayout.hasUnknownFlags(base + offset, segmentVersion: segmentVersion) {
                check = .invalid(
                    .unknownFlags(base.loadLittleEndian(UInt16.self, at: offset + RecordLayout.flagsOffset)))
            }
            guard case .valid(let fields) = check else {
                let lastNonZero = bytes.lastIndex { $0 != 0 } ?? 0
                if case .zeroLength = check, lastNonZero < offset { return true }
                let reason: String
                if case .invalid(let defect) = check {
                    reason = defect.description
                } else {
                    reason = "non-zero bytes after the segment's last record (free space must be zeros)"
                }
                let found = Problem(
                    kind: check.isZeroLength ? .freeSpace : .record, position: position + 1, file: name,
                    offset: UInt64(offset), what: reason)
                if isLast, RecordFields.findValidRecord(in: bytes, after: offset, beyond: position) == nil {
                    tornTail = found
                    return false
                }
                if let follower = RecordFields.findValidRecord(in: bytes, after: offset, beyond: position) {
                    problem = Problem(
                        kind: found.kind, position: found.position, file: name, offset: found.offset,
                        what: reason
                            + "; a valid record (position \(follower.position)) follows at offset \(follower.offset)")
                } else {
                    problem = found
                }
                return false
            }
            let record = base + offset
            guard checkRecord(record, fields: fields, name: name, offset: offset) else { return false }
            locations.append(UInt64(number) << 32 | UInt64(offset))
            previousRecord = record
            previousFields = fields
            offset += fields.length
            if position % 16_384 == 0 { progress?(position) }
        }
    }

    private mutating func checkRecord(_ record: UnsafeRawPointer, fields: RecordFields, name: String, offset: Int)
        -> Bool
    {
        let view = RecordView(base: record, fields: fields)
        let expected = position + 1
        guard view.position == expected else {
            fail(
                .position, name, offset,
                RecordDefect.wrongPosition(expected: expected, found: view.position).description)
            return false
        }
        let body = UnsafeRawBufferPointer(
            start: record + RecordLayout.checkedOffset,
            count: fields.length - RecordLayout.checkedOffset - RecordLayout.chainHashLength)
        let computed = SHA256.chainHash(previous: hash, body: body)
        guard view.chainHashBytes.elementsEqual(computed.bytes) else {
            fail(.chain, name, offset, "the chain hash is not SHA-256 of the previous record's hash and this record")
            return false
        }
        let stream = view.stream
        let version = (streams[stream] ?? 0) + 1
        guard view.streamVersion == version else {
            fail(
                .streamVersion, name, offset,
                "stream \(stream) is at version \(version - 1) but the record says \(view.streamVersion)")
            return false
        }
        let time = view.recordedAt.microsecondsSinceEpoch
        guard time >= recordedAt else {
            fail(.recordedAt, name, offset, "recorded-at \(view.recordedAt) is earlier than the previous record's")
            return false
        }
        let sameAsPrevious =
            previousRecord.map { previous in
                let before = RecordView(base: previous, fields: previousFields!)
                return before.commandIDBytes.elementsEqual(view.commandIDBytes)
                    && before.streamBytes.elementsEqual(view.streamBytes)
            } ?? false
        if !sameAsPrevious {
            let key = StableHash.of(view.commandIDBytes)
            if let first = commands[key], commandID(at: first).elementsEqual(view.commandIDBytes) {
                fail(
                    .duplicateCommand, name, offset,
                    "command id \(view.commandID) was already used at position \(first)")
                return false
            }
            commands[key] = expected
        }
        streams[stream] = version
        recordedAt = time
        hash = computed
        position = expected
        if RecordLayout.isCommitEnd(record, segmentVersion: segmentVersion) {
            commitEnd = expected
            commitEndHash = computed
        }
        return true
    }

    private func commandID(at position: UInt64) -> [UInt8] {
        let location = locations[Int(position - 1)]
        guard let mapping = mapped[Int(location >> 32)].mapping else { return [] }
        let base = mapping.base + Int(location & 0xFFFF_FFFF)
        guard
            case .valid(let fields) = RecordFields.parseFields(
                base, length: Int(base.loadLittleEndian(UInt32.self, at: 0)))
        else { return [] }
        return Array(RecordView(base: base, fields: fields).commandIDBytes)
    }

    private mutating func map(_ name: String) -> UnsafeRawBufferPointer? {
        do throws(StoreError) {
            guard let (mapping, size) = try mapWhole(name) else {
                mapped.append((name, nil, 0))
                return UnsafeRawBufferPointer(start: nil, count: 0)
            }
            mapped.append((name, mapping, size))
            return UnsafeRawBufferPointer(start: mapping.base, count: size)
        } catch {
            problem = Problem(kind: .io, position: position + 1, file: name, offset: nil, what: error.message)
            return nil
        }
    }

    private mutating func fail(_ kind: Problem.Kind, _ file: String, _ offset: Int, _ what: String) {
        problem = Problem(kind: kind, position: position + 1, file: file, offset: UInt64(offset), what: what)
    }

    // MARK: Index checkpoint runs

    /// Checks every run file: readable, CRC, within the log, and byte for byte what the log's
    /// records give. Returns how many runs were checked.
    ///
    /// A run listed but gone when it is opened is not checked: a writer removed it meanwhile
    /// (it swapped in the merge that replaces it), as it may at any time without the lock. Nor
    /// is a run past the records checked whose last record the log now holds: a writer
    /// appended and checkpointed after they were read (readers take no lock, and neither does
    /// verify); a run past the log's end that the log does not continue is reported.
    private mutating func checkIndexRuns() -> Int {
        let indexDirectory = directory + "/" + IndexRunLayout.directoryName
        let names = ((try? files.list(indexDirectory)) ?? [])
            .filter { IndexRunLayout.range(ofFileName: $0) != nil }.sorted()
        var notChecked = 0
        for name in names {
            let range = IndexRunLayout.range(ofFileName: name)!
            func indexProblem(_ what: String) -> Problem {
                Problem(
                    kind: .index, position: range.lowerBound, file: IndexRunLayout.directoryName + "/" + name,
                    offset: nil,
                    what: what + " (the index is rebuilt from the log when the store is next opened for writing)")
            }
            let run: IndexRun
            do {
                run = try IndexRun(path: indexDirectory + "/" + name, name: name, files: files)
            } catch {
                if error.code == .notFound {
                    notChecked += 1
                    continue
                }
                problem = indexProblem(error.message)
                return names.count - notChecked
            }
            guard run.firstPosition == range.lowerBound, run.lastPosition == range.upperBound else {
                problem = indexProblem("the run's header does not match its name")
                return names.count - notChecked
            }
            guard run.lastPosition <= position else {
                if logNowHolds(lastRecordOf: run) {
                    notChecked += 1
                    continue
                }
                problem = indexProblem(
                    "the run covers positions up to \(run.lastPosition) but the log ends at \(position)")
                return names.count - notChecked
            }
            guard rebuild(run.firstPosition...run.lastPosition).elementsEqual(run.fileBytes) else {
                problem = indexProblem("the run does not match the log's records")
                return names.count - notChecked
            }
        }
        return names.count - notChecked
    }

    /// Whether the segment files, as they are now, hold `run`'s last record with its chain
    /// hash (``IndexRun/lastRecord(in:)``): the log grew to it after its records were checked.
    private func logNowHolds(lastRecordOf run: IndexRun) -> Bool {
        guard let names = try? files.list(directory),
            let segment = SegmentName.segments(among: names).last(where: { $0.firstPosition <= run.lastPosition })
        else { return false }
        guard let (mapping, size) = try? mapWhole(segment.name) else { return false }
        return run.lastRecord(in: UnsafeRawBufferPointer(start: mapping.base, count: size)) != nil
    }

    /// Maps the whole of the store's file `name` as it is now; nil when it is empty.
    private func mapWhole(_ name: String) throws(StoreError) -> (mapping: Mapping, size: Int)? {
        let path = directory + "/" + name
        let fd = try files.open(path, writable: false)
        defer { files.close(fd) }
        let size = Int(try files.size(fd, path: path))
        guard size > 0 else { return nil }
        return (try Mapping(fd: fd, length: size, path: path, calls: files.calls), size)
    }

    /// The bytes of the run the log's records in `range` give.
    private func rebuild(_ range: ClosedRange<UInt64>) -> [UInt8] {
        var delta = IndexDelta(firstPosition: range.lowerBound)
        var last = Digest.zero
        for position in range {
            let location = locations[Int(position - 1)]
            let offset = Int(location & 0xFFFF_FFFF)
            let base = mapped[Int(location >> 32)].mapping!.base + offset
            let length = Int(base.loadLittleEndian(UInt32.self, at: 0))
            guard case .valid(let fields) = RecordFields.parseFields(base, length: length) else { return [] }
            let view = RecordView(base: base, fields: fields)
            delta.add(
                position: position, offset: offset, stream: HashedName(bytes: view.streamBytes),
                commandID: HashedName(bytes: view.commandIDBytes), streamVersion: view.streamVersion)
            if position == range.upperBound { last = view.chainHash }
        }
        return IndexRunBuilder(delta: delta, chainHash: last).encoded()
    }
}

extension RecordCheck {
    var isZeroLength: Bool {
        if case .zeroLength = self { return true }
        return false
    }
}

extension EventLog {
    /// Checks the whole store from its files: every segment header, every record's CRC32C,
    /// position, chain hash, stream version and recorded-at, unique command ids, zeros in free
    /// space, and every index checkpoint run against the log. Takes no lock, changes nothing.
    ///
    /// - Parameter progress: called now and then with the last position checked.
    public func verify(progress: ((UInt64) -> Void)? = nil) -> VerificationReport {
        var verifier = Verifier(directory: directory, files: files, progress: progress)
        return verifier.run()
    }
}
