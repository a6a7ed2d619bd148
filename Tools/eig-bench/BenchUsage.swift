/// The help text.
enum BenchUsage {
    static let text = """
        usage: eig-bench SUBCOMMAND [options]

          store append --mode durable|batch --store DIR --workload PREFIX [--limit N] [--batch N]
                  [--pipeline on|off]
              Creates a store in DIR (absent or empty; --replace to replace a store it holds) and
              appends the first N commands of PREFIX.jsonl (0 = all): durable, one append with
              exact(expectedVersion) and one fdatasync per command; batch, --batch commands
              (default 1000) per durable commit, the next batch prepared while the last one
              syncs (--pipeline on, the default) or one batch append after another (off).
          store replay --store DIR --workload PREFIX [--read-ahead auto|on|off]
              Reads every event in order (checksums checked), parses each payload, builds the
              read model and compares it with PREFIX.expected.json (read_model_ok). With
              --read-ahead on, a second thread verifies the checksums ahead of the replay; off,
              none does; auto (default), only with the portable CRC (EIG_PORTABLE_CHECKSUMS=1).
          store load --store DIR --workload PREFIX [--limit N]
              Reads and folds the events of each stream of PREFIX.loads.txt.
          store open --store DIR [--opens N]
              Time to open the log for reading, for writing, and for writing plus one append
              (median of N, default 21). Appends N probe events to stream bench-open-probe.
          disk --store DIR
              The disk reference, measured now in DIR: 200-byte append + fdatasync into a growing
              and into a preallocated file, 1,000 appends per fdatasync, page-cache read speed.
          checksums [--bytes N]
              CRC32C and SHA-256 of N-byte buffers (default 250, a record), ns per buffer, and
              GB/s on 1 MB buffers, on the hardware engine (when the CPU has it) and portable.

          Every phase: --repeat K runs it K times, prints each run (RUN lines) and the median
          (the RESULT line). Result lines carry the peak resident memory (peak_rss_mb).

        """
}
