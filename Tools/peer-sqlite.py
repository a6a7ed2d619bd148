#!/usr/bin/env python3
"""The SQLite peer of the store benchmark (../shared/bench/README.md), run beside eig-bench.

The bench README's reference figures were taken on another day of this shared machine; this
peer measures SQLite (WAL, synchronous=FULL) on the same workload in the same run as eig, so
that the two can be compared when the machine is slower or faster than it was then.

    Tools/peer-sqlite.py PHASE --db FILE --workload PREFIX [--mode durable|batch] [--limit N]
                         [--batch N] [--repeat N]

PHASE is append, replay or load, as for `eig-bench store`. Each run prints the README's
RESULT line with "peer":"sqlite". append replaces FILE; replay and load read it. Python's
standard library only; the read model is the workload generator's own (gen_workload.py), so
`read_model_ok` is the real comparison with PREFIX.expected.json.
"""
import argparse
import importlib.util
import json
import os
import resource
import sqlite3
import sys
import time

GENERATOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench", "gen_workload.py")


def read_model_class():
    """The generator's ReadModel, imported from its file (it is not an installed module)."""
    path = os.environ.get("EIG_BENCH_GENERATOR", GENERATOR)
    spec = importlib.util.spec_from_file_location("gen_workload", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ReadModel


def commands(prefix, limit):
    with open(prefix + ".jsonl", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit and number > limit:
                return
            yield json.loads(line)


def connect(db):
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def append(args):
    """One transaction per command (durable) or per --batch commands, each command checked
    against its expected version first, as eig's append does."""
    rows = [(c["stream"], c["expectedVersion"], c["type"], c["at"], json.dumps(c["data"]), "bench-%d" % c["seq"])
            for c in commands(args.workload, args.limit)]
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    connection = connect(args.db)
    connection.execute(
        "CREATE TABLE events (position INTEGER PRIMARY KEY, stream TEXT NOT NULL, version INTEGER NOT NULL,"
        " type TEXT NOT NULL, occurred_at TEXT NOT NULL, data TEXT NOT NULL, command_id TEXT NOT NULL UNIQUE,"
        " UNIQUE (stream, version))")
    per_commit = 1 if args.mode == "durable" else args.batch
    start = time.perf_counter()
    for first in range(0, len(rows), per_commit):
        connection.execute("BEGIN IMMEDIATE")
        for stream, expected, kind, at, data, command in rows[first:first + per_commit]:
            (current,) = connection.execute(
                "SELECT coalesce(max(version), 0) FROM events WHERE stream = ?", (stream,)).fetchone()
            if current != expected:
                raise SystemExit("version conflict on %s: %d, expected %d" % (stream, current, expected))
            connection.execute(
                "INSERT INTO events (stream, version, type, occurred_at, data, command_id) VALUES (?, ?, ?, ?, ?, ?)",
                (stream, expected + 1, kind, at, data, command))
        connection.execute("COMMIT")
    seconds = time.perf_counter() - start
    connection.close()
    result = {"mode": args.mode, "events": len(rows), "events_per_s": round(len(rows) / seconds)}
    if args.mode == "batch":
        result["batch"] = args.batch
    return "append", seconds, result


def replay(args):
    model = read_model_class()()
    connection = connect(args.db)
    start = time.perf_counter()
    for stream, kind, data in connection.execute("SELECT stream, type, data FROM events ORDER BY position"):
        model.apply(stream, kind, json.loads(data))
    seconds = time.perf_counter() - start
    connection.close()
    with open(args.workload + ".expected.json", encoding="utf-8") as expected:
        ok = model.result() == json.load(expected)["readModel"]
    return "replay", seconds, {"events": model.events, "events_per_s": round(model.events / seconds),
                               "read_model_ok": ok}


def load(args):
    with open(args.workload + ".loads.txt", encoding="utf-8") as lines:
        streams = [line.strip() for line in lines if line.strip()]
    connection = connect(args.db)
    ReadModel = read_model_class()
    start = time.perf_counter()
    events = 0
    for stream in streams:
        model = ReadModel()
        for kind, data in connection.execute(
                "SELECT type, data FROM events WHERE stream = ? ORDER BY version", (stream,)):
            model.apply(stream, kind, json.loads(data))
        events += model.events
    seconds = time.perf_counter() - start
    connection.close()
    return "load", seconds, {"loads": len(streams), "loads_per_s": round(len(streams) / seconds), "events": events}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("phase", choices=["append", "replay", "load"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--workload", required=True)
    parser.add_argument("--mode", choices=["durable", "batch"], default="batch")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if args.limit < 0 or args.batch < 1 or args.repeat < 1:
        parser.error("--limit must be 0 or more, --batch and --repeat 1 or more")
    if args.phase != "append" and not os.path.exists(args.db):
        parser.error("%s does not exist: run the append phase first" % args.db)
    phase = {"append": append, "replay": replay, "load": load}[args.phase]
    runs = []
    for _ in range(args.repeat):
        name, seconds, fields = phase(args)
        line = {"peer": "sqlite", "phase": name, **fields, "seconds": round(seconds, 6),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        runs.append(line)
        if args.repeat > 1:
            print("RUN " + json.dumps(line), flush=True)
    # As eig-bench does: with several runs, the median run (by seconds) is the RESULT line.
    median = dict(sorted(runs, key=lambda run: run["seconds"])[(len(runs) - 1) // 2])
    if len(runs) > 1:
        median.update(run="median", runs=len(runs))
    print("RESULT " + json.dumps(median), flush=True)


if __name__ == "__main__":
    sys.exit(main())
