#!/usr/bin/env bash
# Load and replay benchmark. Prints figures; asserts nothing.
#   bench/run.sh [trust copies] [years] [register]   default 2 5 10: 420 trusts over 2021-2025, with the demo's
#                                                     synthetic practices and care providers (register share 10/1000)
#   bench/run.sh 1 10 1000                           the national register over 2016-2025: 210 trusts, 42 ICBs, 6,229
#                                                     practices and 28,600 care providers (bench/ratios.sh full is the
#                                                     same scale, measured against raw PostgreSQL)
# It seeds the scaled demo history into a fresh embedded PostgreSQL through the command bus, waits for every
# projection to catch up, times the main queries, then replays every projection from the first event.
set -euo pipefail
cd "$(dirname "$0")/.."
COPIES=${1:-2}
YEARS=${2:-5}
REGISTER=${3:-10}
PORT=${BENCH_PORT:-8097}
AUTH=admin:admin-local
BASE="http://127.0.0.1:$PORT"

./mvnw -B -q -DskipTests package -pl assessment-api -am
DATA=$(mktemp -d)
java -Daxoniq.update-checker.disabled=true -jar assessment-api/target/assessment-api-*.jar \
  --server.port="$PORT" --assessment.data-dir="$DATA" --assessment.seed=demo \
  --assessment.seed-scale.organisations="$COPIES" --assessment.seed-scale.years="$YEARS" \
  --assessment.seed-scale.register="$REGISTER" \
  --logging.level.uk.nhs.dma.api.ops.CommandLog=WARN > "$DATA/service.log" 2>&1 &
PID=$!
cleanup() {
  local status=$?
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  rm -rf "$DATA"
  exit "$status"
}
trap cleanup EXIT

seconds() { date +%s.%N; }
elapsed() { echo "$(seconds) - $1" | bc; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

echo "bench: $COPIES x 210 trusts, $YEARS years, register share $REGISTER/1000"
until grep -qE "Seeded demo|Seeding \(DEMO\) failed" "$DATA/service.log"; do
  kill -0 $PID 2>/dev/null || { tail -50 "$DATA/service.log"; exit 1; }
  sleep 2
done
grep -q "Seeded demo" "$DATA/service.log" || { grep -A5 "failed" "$DATA/service.log"; exit 1; }
LINE=$(grep "Seeded demo" "$DATA/service.log")
STEPS=$(echo "$LINE" | sed -E 's/.*: ([0-9]+) steps, ([0-9]+) commands sent in ([0-9]+) ms.*/\2/')
MS=$(echo "$LINE" | sed -E 's/.*: ([0-9]+) steps, ([0-9]+) commands sent in ([0-9]+) ms.*/\3/')
echo "load: $STEPS commands in $MS ms = $(echo "$STEPS * 1000 / $MS" | bc) commands/s"

START=$(seconds)
until curl -sf -u $AUTH "$BASE/api/admin/projections" | json "all(p['caughtUp'] for p in d['processors'])" | grep -q True; do
  sleep 1
done
HEAD=$(curl -sf -u $AUTH "$BASE/api/admin/projections" | json "d['head']")
echo "projections: caught up with $((HEAD + 1)) events $(elapsed "$START") s after the load finished"

time_query() {
  local name=$1 path=$2 runs=${3:-5}
  local start total
  start=$(seconds)
  for _ in $(seq "$runs"); do curl -sf -u $AUTH -o /dev/null "$BASE$path"; done
  total=$(elapsed "$start")
  echo "query $name: $(echo "scale=1; $total * 1000 / $runs" | bc) ms mean over $runs"
}
time_query "progress national" "/api/targets/epr-coverage/progress?asOf=2024-01-01"
time_query "progress region" "/api/targets/foundational-capability/progress?asOf=2025-03-31&scope=REGION:Y56"
time_query "progress as known at" "/api/targets/epr-coverage/progress?asOf=2024-01-01&knownAt=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
time_query "summary national" "/api/summary?year=2025"
time_query "trajectory" "/api/organisations/RJ1/trajectory" 20
time_query "assessment" "/api/assessments/RJ1-2025" 20
time_query "verification" "/api/audit/verification" 1

REPLAY=$(curl -sf -u $AUTH -H 'Content-Type: application/json' -d '{"processors":["all"]}' "$BASE/api/admin/replays" | json "d['replayId']")
until curl -sf -u $AUTH "$BASE/api/admin/replays/$REPLAY" | json "d['status']" | grep -qv RUNNING; do sleep 1; done
curl -sf -u $AUTH "$BASE/api/admin/replays/$REPLAY" | json \
  "f\"replay: {d['status']} {d['eventsProcessed']} events at {round(d['eventsPerSecond'])} events/s\""
