#!/usr/bin/env bash
# Keeps eig's read models current from cron (see README, "Keeping read models current").
#
#   eig-cron.sh catch-up    apply what is new in the log to the read models (every minute)
#   eig-cron.sh snapshot    catch up, snapshot every read model, keep the newest N (daily)
#
# Environment:
#   EIG_STORE           the store (required: cron's working directory is not the store's)
#   EIG_BIN             the eig executable (default: eig on PATH)
#   EIG_CRON_LOG        the log file (default: $HOME/eig-cron.log)
#   EIG_SNAPSHOTS_KEEP  snapshots kept per read model (default: 7)
#
# Each run appends to the log file only when eig says something: a quiet catch-up (nothing
# new) writes nothing. Lines are prefixed with the time (UTC) and the task. The script exits
# with eig's code, so cron's mail and monitors see failures: 75 busy (another catch-up or a
# rebuild holds the lock: the next run will do it), 74 I/O error or damaged log, 65 an event
# this eig cannot read (upgrade it), 66 no store at EIG_STORE.
set -u -o pipefail

task="${1:-}"
case "$task" in
  catch-up | snapshot) ;;
  *)
    echo "usage: $0 catch-up|snapshot   (with EIG_STORE set)" >&2
    exit 64
    ;;
esac
if [ -z "${EIG_STORE:-}" ]; then
  echo "$0: set EIG_STORE to the store's directory" >&2
  exit 64
fi

eig="${EIG_BIN:-eig}"
log="${EIG_CRON_LOG:-$HOME/eig-cron.log}"
keep="${EIG_SNAPSHOTS_KEEP:-7}"

# Runs eig with the arguments given; appends what it prints, stamped, to the log file.
run() {
  local output status
  output="$("$eig" "$@" --store "$EIG_STORE" 2>&1)"
  status=$?
  if [ -n "$output" ] || [ "$status" -ne 0 ]; then
    local stamp
    stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    {
      printf '%s\n' "$output" | sed "s/^/$stamp $task: /"
      if [ "$status" -ne 0 ]; then echo "$stamp $task: eig $1 $2 exited $status"; fi
    } >>"$log"
  fi
  return "$status"
}

case "$task" in
  catch-up)
    run projections catch-up
    ;;
  snapshot)
    run snapshot create || exit $?
    run snapshot prune --keep "$keep"
    ;;
esac
