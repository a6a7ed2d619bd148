#!/usr/bin/env bash
# The daily seal (DESIGN §6): seal the log's head and append the hash to a publication file
# kept OUTSIDE the store, from which it is published (a public repository, a mail to the
# auditors). An auditor later runs `eig verify --seal HASH` with a published hash.
#
#   EIG_STORE      the store (required)
#   EIG_SEALS      the publication file (default: /var/lib/eig/seals.txt), one line per day:
#                  "<date> <position> <chain hash>"
#   EIG            the eig executable (default: eig on the PATH)
#
# Idempotent: the command id is the day, so a second run the same day writes nothing and
# prints the same seal; a log with nothing new since its last seal is not sealed again.
# Exit codes are eig's (0 done, 74 I/O or corruption, 75 busy: cron retries tomorrow, or
# run it again), so a monitor can read them.
set -euo pipefail
: "${EIG_STORE:?set EIG_STORE to the store directory}"
seals="${EIG_SEALS:-/var/lib/eig/seals.txt}"
eig="${EIG:-eig}"
day="$(date -u +%F)"
json="$("$eig" seal --store "$EIG_STORE" --command-id "seal-$day" --json)"
# One line of JSON fields we wrote ourselves: no jq needed.
hash="$(printf '%s' "$json" | sed -n 's/.*"chainHash": "\([0-9a-f]\{64\}\)".*/\1/p')"
position="$(printf '%s' "$json" | sed -n 's/.*"position": \([0-9]*\),.*/\1/p')"
[ -n "$hash" ] && [ -n "$position" ] || { echo "eig-seal-daily: unexpected output: $json" >&2; exit 70; }
if ! grep -q " $hash\$" "$seals" 2>/dev/null; then
  mkdir -p "$(dirname "$seals")"
  printf '%s %s %s\n' "$day" "$position" "$hash" >> "$seals"
fi
echo "$hash"
