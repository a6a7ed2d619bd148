extension EventLog {
    /// Makes a new store in `directory` and opens it for writing.
    ///
    /// The directory may be missing (its parent must exist), empty, or hold only `FORMAT.md`
    /// (the repository's own `EventLog/`). A directory that holds a store fails with
    /// `.alreadyExists`, and so does one holding other files (eig never mixes its files with others).
    public static func create(at directory: String, options: EventLogOptions = EventLogOptions()) throws(StoreError)
        -> EventLog
    {
        try options.validate()
        let files = FileOperations(options: options)
        if try files.exists(directory) {
            let names = try files.list(directory)
            if names.contains(StoreManifest.fileName) {
                throw StoreError(.alreadyExists, "a store already exists in \(directory)", path: directory)
            }
            let others = names.filter { $0 != "FORMAT.md" }.sorted()
            guard others.isEmpty else {
                throw StoreError(
                    .alreadyExists,
                    "\(directory) is not empty (it holds \(others.prefix(3).joined(separator: ", "))"
                        + "\(others.count > 3 ? "…" : "")); a store is made in an empty directory",
                    path: directory)
            }
            guard files.calls.chmod(directory, options.permissions.directoryMode) == 0 else {
                throw FileOperations.ioError("cannot set the permissions of \(directory)", path: directory)
            }
        } else {
            try files.makeDirectory(directory)
            try files.syncDirectory(parent(of: directory))
        }
        let manifest = StoreManifest(storeID: EventID.random(), createdAt: options.clock())
        try files.replaceAtomically(
            directory + "/" + StoreManifest.fileName, with: manifest.encoded, directory: directory)
        let log = EventLog(directory: directory, mode: .write, options: options, manifest: manifest)
        try log.openForWriting()
        return log
    }

    /// Opens the store in `directory` for reading or writing.
    ///
    /// Opening reads the index checkpoint and then only the records after it. For writing, it
    /// takes the writer lock and recovers the tail: a torn last record is cut (its bytes kept in
    /// `quarantine/`); a bad record followed by valid ones is corruption and fails with
    /// `.corrupted`, naming the position. A reader never changes anything: it sees every
    /// valid record up to the first invalid one.
    public static func open(
        at directory: String, mode: AccessMode = .read, options: EventLogOptions = EventLogOptions()
    ) throws(StoreError) -> EventLog {
        try options.validate()
        let files = FileOperations(options: options)
        let manifestPath = directory + "/" + StoreManifest.fileName
        let fd: Int32
        do throws(StoreError) {
            fd = try files.open(manifestPath, writable: false)
        } catch  where error.code == .notFound {
            throw StoreError(
                .notFound,
                "\(directory) is not an eig store (it has no \(StoreManifest.fileName)); create one with `eig init`",
                path: directory)
        }
        let bytes: [UInt8]
        do throws(StoreError) {
            bytes = try files.read(fd, count: 4096, at: 0, path: manifestPath)
            files.close(fd)
        } catch {
            files.close(fd)
            throw error
        }
        let manifest = try StoreManifest.decode(bytes, path: manifestPath)
        let log = EventLog(directory: directory, mode: mode, options: options, manifest: manifest)
        if mode == .write {
            try log.openForWriting()
        } else {
            try log.loadSegments()
            try log.loadIndex()
            let (segment, offset) = (log.tailSegment, log.tailOffset)
            log.tailDamage = try log.scanTail(strict: false)
            log.dropPages(scannedFrom: segment, offset: offset)
        }
        return log
    }

    /// Takes the lock, loads and recovers the log, releases the lock.
    private func openForWriting() throws(StoreError) {
        let lock = try WriterLock(directory: directory, files: files)
        self.lock = lock
        try lock.acquire(timeout: options.lockTimeout)
        defer { lock.release() }
        try files.makeDirectory(indexDirectory)
        try loadSegments()
        if segments.isEmpty {
            segments.append(try createSegment(firstPosition: 1, previousChainHash: .zero))
        }
        try loadIndex()
        try recoverTail()
        try removeStaleIndexFiles()
    }

    /// Lets the kernel take back the pages a reader's opening read: the records after the
    /// index checkpoint (up to `checkpointInterval` of them, a few megabytes). A reader that
    /// replays the log reads them again in their turn; most readers never need them again, and
    /// a rebuild opens one reader per thread.
    func dropPages(scannedFrom first: Int, offset: Int) {
        guard first < segments.count else { return }
        for number in first...min(tailSegment, segments.count - 1) {
            let start = number == first ? offset : 0
            let end = number == tailSegment ? tailOffset : segments[number].fileSize
            if end > start { segments[number].mapping.dropPages(start..<end) }
        }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension EventLogOptions {
    func validate() throws(StoreError) {
        guard segmentSize >= EventLogLimits.minimumSegmentSize, segmentSize <= EventLogLimits.maximumSegmentSize else {
            throw StoreError(
                .invalidArgument,
                "segment size \(segmentSize) is outside \(EventLogLimits.minimumSegmentSize)…\(EventLogLimits.maximumSegmentSize) bytes"
            )
        }
        guard checkpointInterval >= 1 else {
            throw StoreError(.invalidArgument, "the checkpoint interval must be at least one event")
        }
        guard preallocationChunk >= 0 else {
            throw StoreError(.invalidArgument, "the preallocation chunk cannot be negative")
        }
        guard lockTimeout >= .zero else { throw StoreError(.invalidArgument, "the lock timeout cannot be negative") }
    }
}
