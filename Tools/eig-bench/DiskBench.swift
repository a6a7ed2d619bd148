import Glibc

/// `disk`: the disk reference of the bench README, measured in the same run and directory as
/// the store, with the system calls the engine makes: 200-byte appends each followed by
/// `fdatasync` into a growing file and into a preallocated one (zeros written ahead, as the
/// engine does), the same appends written with `O_DIRECT | O_DSYNC` as whole 4 KiB blocks (as
/// a long-lived writer writes small commits), 1,000 appends per `fdatasync`, and reading from
/// the page cache.
enum DiskBench {
    static func run(_ flags: inout BenchFlags) throws {
        let directory = try flags.required("store")
        let repeats = try flags.integer("repeat", default: 1, in: 1...100)
        try flags.checkAllRead()
        try BenchResult.repeating(repeats) {
            let path = directory + "/eig-disk-\(getpid()).tmp"
            defer { unlink(path) }
            var growing = 0.0
            var preallocated = 0.0
            var direct = 0.0
            var batch = 0.0
            var readSpeed = 0.0
            let seconds = try BenchOutput.seconds {
                growing = try durableAppends(path, preallocate: false)
                preallocated = try durableAppends(path, preallocate: true)
                direct = try directAppends(path)
                batch = try batchAppends(path)
                readSpeed = try pageCacheRead(path)
            }
            var result = BenchResult(phase: "disk", seconds: seconds)
            result.add("durable_growing_per_s", .integer(Int(growing)))
            result.add("durable_preallocated_per_s", .integer(Int(preallocated)))
            result.add("durable_direct_per_s", .integer(Int(direct)))
            result.add("batch_1000_events_per_s", .integer(Int(batch)))
            result.add("page_cache_read_gb_per_s", .number((readSpeed * 10).rounded() / 10))
            return result
        }
    }

    static let recordBytes = 200
    /// Appends per durable measurement, fewer if they take longer than `budget` seconds.
    static let durableCount = 3000
    static let budget = 2.0

    /// 200-byte appends, each made durable: appends per second.
    private static func durableAppends(_ path: String, preallocate: Bool) throws -> Double {
        let fd = try create(path)
        defer { close(fd) }
        if preallocate { try preallocated(fd) }
        let record = [UInt8](repeating: 0x5A, count: recordBytes)
        return try appendsPerSecond { count in
            try writeAll(fd, record, at: count * recordBytes)
            try sync(fd, full: false)
            return true
        }
    }

    /// 200-byte appends into a preallocated, synced file, each written with `O_DIRECT | O_DSYNC`
    /// as the whole 4 KiB blocks it touches (the tail block kept in an aligned buffer), no
    /// `fdatasync`: appends per second (0 where the file system refuses direct writes).
    private static func directAppends(_ path: String) throws -> Double {
        let setup = try create(path)
        try preallocated(setup)
        close(setup)
        let fd = open(path, O_WRONLY | __O_DIRECT | O_DSYNC | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == EINVAL { return 0 }
            throw DiskError("open \(path) for direct writes", errno)
        }
        defer { close(fd) }
        let block = 4096
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * block, alignment: block)
        defer { buffer.deallocate() }
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        return try appendsPerSecond { count in
            let offset = count * recordBytes
            let first = offset & ~(block - 1)
            let end = offset - first + recordBytes
            let length = (end + block - 1) & ~(block - 1)
            (buffer.baseAddress! + (offset - first)).initializeMemory(
                as: UInt8.self, repeating: 0x5A, count: recordBytes)
            let written = pwrite(fd, buffer.baseAddress!, length, off_t(first))
            if written < 0, errno == EINVAL { return false }
            guard written == length else { throw DiskError("direct write", written < 0 ? errno : EIO) }
            if end >= block {
                // The block the next append starts in moves to the front.
                buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + block, byteCount: end - block)
                (buffer.baseAddress! + (end - block)).initializeMemory(
                    as: UInt8.self, repeating: 0, count: 2 * block - (end - block))
            }
            return true
        }
    }

    /// Writes 4 MiB of zeros at the start of the file and syncs it, as the engine preallocates.
    private static func preallocated(_ fd: Int32) throws {
        try writeAll(fd, [UInt8](repeating: 0, count: 4 << 20), at: 0)
        try sync(fd, full: true)
    }

    /// Runs `append` (given the number of appends made so far; false: stop) up to
    /// `durableCount` times, or fewer once `budget` seconds have passed: appends per second.
    private static func appendsPerSecond(_ append: (Int) throws -> Bool) throws -> Double {
        var count = 0
        let seconds = try BenchOutput.seconds {
            let start = ContinuousClock.now
            while count < durableCount, count % 100 != 0 || ContinuousClock.now - start < .seconds(budget) {
                guard try append(count) else { return }
                count += 1
            }
        }
        return Double(count) / seconds
    }

    /// 1,000 appends of 200 bytes per `fdatasync`, into a growing file: events per second.
    private static func batchAppends(_ path: String) throws -> Double {
        let fd = try create(path)
        defer { close(fd) }
        let batch = [UInt8](repeating: 0x5A, count: recordBytes * 1000)
        let commits = 100
        let seconds = try BenchOutput.seconds {
            for number in 0..<commits {
                try writeAll(fd, batch, at: number * batch.count)
                try sync(fd, full: false)
            }
        }
        return Double(commits * 1000) / seconds
    }

    /// Reads a 64 MiB file already in the page cache: GB per second.
    private static func pageCacheRead(_ path: String) throws -> Double {
        let fd = try create(path)
        defer { close(fd) }
        let size = 64 << 20
        var buffer = [UInt8](repeating: 0x5A, count: 1 << 20)
        for offset in stride(from: 0, to: size, by: buffer.count) { try writeAll(fd, buffer, at: offset) }
        let passes = 8
        var total = 0
        let seconds = try BenchOutput.seconds {
            for _ in 0..<passes {
                var offset = 0
                while offset < size {
                    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
                    guard count > 0 else { throw DiskError("read", errno) }
                    offset += count
                    total += count
                }
            }
        }
        return Double(total) / seconds / 1e9
    }

    private static func create(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DiskError("open \(path)", errno) }
        return fd
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int) throws {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes {
                pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done))
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw DiskError("write", errno) }
            done += written
        }
    }

    private static func sync(_ fd: Int32, full: Bool) throws {
        guard (full ? fsync(fd) : fdatasync(fd)) == 0 else { throw DiskError(full ? "fsync" : "fdatasync", errno) }
    }
}

/// A system call of the disk reference failed.
struct DiskError: Error, CustomStringConvertible {
    var description: String

    init(_ call: String, _ code: Int32) {
        description = "\(call) failed: \(String(cString: strerror(code)))"
    }
}
