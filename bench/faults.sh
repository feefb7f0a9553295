#!/usr/bin/env bash
# Fault run: the service killed with SIGKILL mid-load and restarted, and PostgreSQL stopped and started again
# mid-load, bigger than the CI tests (KillMidLoadFaultTest, DatabaseRestartFaultTest). Prints what it found.
#   bench/faults.sh [clients] [commands before each fault] [outage seconds]     default 16 1500 20
# Everything runs on this machine: the service in a child JVM listening on 127.0.0.1, PostgreSQL (zonky)
# on localhost; nothing else is contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-16}
COMMANDS=${2:-1500}
OUTAGE=${3:-20}
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
export MAVEN_OPTS="-Daxoniq.update-checker.disabled=true"

echo "faults: $CLIENTS clients, $COMMANDS acknowledged commands before each fault, database down for ${OUTAGE} s"
status=0
./mvnw -B -pl assessment-api -am verify -Dtest='KillMidLoadFaultTest,DatabaseRestartFaultTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfaults.clients="$CLIENTS" -Dfaults.commands="$COMMANDS" \
  -Dfaults.outage-seconds="$OUTAGE" > "$LOG" 2>&1 || status=$?
grep -a '^faults: ' "$LOG" | sed -e 's/ \([a-zA-Z0-9]*=\)/\n    \1/g' || true
grep -a -E 'Tests run: .*(Fault|Failures)' "$LOG" | grep -v '^\[INFO\] *$' | tail -3 || true
if [ "$status" -ne 0 ]; then
  echo "faults: FAILED (Maven exit $status); the assertions that failed:"
  grep -a -A6 -E '<<< (FAILURE|ERROR)' "$LOG" | head -60
fi
exit "$status"
