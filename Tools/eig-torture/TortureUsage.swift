/// The help text: the subcommands and the lines each prints, which the tests parse.
enum TortureUsage {
    static let text = """
        usage: eig-torture SUBCOMMAND --store DIR [options]

          append-loop --store DIR [--streams N] [--seed S] [--max-events N] [--die-in-write N]
              Appends commands until killed (or until the log holds --max-events events):
              command ids append-<seed>-<pid>-<commit>-<i>of<commands>-n<events>, 1 to 3
              events (one time in eight 10 to 40), random streams, expected version any or
              exact; one time in ten, a batch of 20 to 150 such commands in one commit; one
              time in twelve, 2 to 5 batches of 2 to 80 in one pipelined append (each batch a
              commit, acknowledged once durable). With
              --die-in-write N, one append of several records in N writes part of its bytes
              and the process kills itself (SIGKILL) inside that pwrite.
              After each acknowledged append: ACK <commandID> <firstPosition> <lastPosition>
          contend --store DIR --worker K [--streams 20] [--commands 500] [--seed S]
              Each command reads a stream's version and appends with exact(version),
              re-reading and retrying on a conflict. After each: ACK <commandID> <stream> <version>
          fault --store DIR --fail fsync|write-eio|write-enospc|short-write [--after N]
              Appends N commands (ACK lines as append-loop), prints TRY <commandID> <events>,
              then appends one more command with the fault armed. A failed fsync ends the
              process with exit code 74 (the engine's fatal handler); a failed write prints
              FAILED <code> <errno> and exits 74; a command that succeeds prints its ACK.

          Common options: --segment-size BYTES, --checkpoint-interval EVENTS (small values make
          rollovers and index checkpoints frequent), --preallocation BYTES.

        """
}
