import Glibc

/// Where results go: RESULT/RUN lines on standard output (what scripts read), everything
/// else on standard error. Written unbuffered so a long run shows its lines as they come.
enum BenchOutput {
    static func line(_ text: String) {
        write(text + "\n", to: 1)
    }

    static func error(_ text: String) {
        write(text, to: 2)
    }

    /// The process's peak resident memory so far, in MiB (`getrusage`'s `ru_maxrss`, KiB on Linux).
    static var peakResidentMegabytes: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The seconds `body` took, on the monotonic clock.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        try measure(body).seconds
    }

    /// The wall-clock and CPU seconds `body` took. On a shared machine the CPU time shows how
    /// much of the wall time the process actually ran (the rest it waited for a core or the disk).
    static func measure(_ body: () throws -> Void) rethrows -> (seconds: Double, cpuSeconds: Double) {
        let cpuBefore = cpuSeconds
        let duration = try ContinuousClock().measure(body)
        let cpu = cpuSeconds - cpuBefore
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) + Double(attoseconds) / 1e18, cpu)
    }

    /// CPU time (user and system) the calling thread used so far: on a machine shared with
    /// other work, the replaying thread's own cost, apart from a helper thread's.
    static var threadCPUSeconds: Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// CPU time (user and system) this process used so far.
    static var cpuSeconds: Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                done += written
            }
        }
    }
}
