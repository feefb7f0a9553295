#!/usr/bin/env bash
# Ratios benchmark: the service against raw PostgreSQL on the same server, in one run. Prints a table and writes
# it as JSON to bench/results/<date>-<scale>.json; asserts nothing.
#   bench/ratios.sh demo          the demo: 210 trusts, 42 ICBs, 62 practices, 286 care providers, 2023-2025
#   bench/ratios.sh 5 10          1,050 trusts over 10 years (2016-2025)
#   bench/ratios.sh full          the national scale over 10 years: 210 trusts, 42 ICBs and a synthetic register of
#                                 6,229 practices and 28,600 care providers, 35,081 organisations (hours on 2 cores)
# BENCH_DATA_DIR=dir keeps the service's data there (and reuses it: a second run skips the seed and quotes the
# first run's load figures, kept in dir/load.txt). BENCH_JAR=… measures another build; BENCH_ROUNDS (2), BENCH_CALLS (60), BENCH_PAGE_CALLS (30),
# BENCH_SAVES_1 (100), BENCH_SAVES_8 (300), BENCH_RAW_SECONDS (5) size the runs; BENCH_PHASES (default
# pages,progress,commands,rebuild,verify) picks what to measure; add import (last, as it adds to the store) for the
# bulk import's rows/s over a generated file of BENCH_IMPORT_ROWS (10000) rows.
# It starts the service jar on a fresh embedded PostgreSQL with the (scaled) demo seed, connects raw JDBC to that
# same PostgreSQL as its owner role, and runs bench/ratios/Ratios.java against both (see the README, Benchmarks).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-demo}" in
  demo) SCALE=demo; SEED_ARGS=() ;;
  full) SCALE=national10; SEED_ARGS=(--assessment.seed-scale.organisations=1 --assessment.seed-scale.years=10
                                   --assessment.seed-scale.register=1000) ;;
  *) SCALE="$1x${2:?years}"
     SEED_ARGS=(--assessment.seed-scale.organisations="$1" --assessment.seed-scale.years="$2") ;;
esac
PORT=${BENCH_PORT:-8099}
BASE="http://127.0.0.1:$PORT"
JAR=${BENCH_JAR:-}
if [ -z "$JAR" ]; then
  # The jar plugin keeps a jar whose own classes did not change, and so the repackaged jar would keep stale copies
  # of the other modules: build it afresh.
  rm -f assessment-api/target/assessment-api-*.jar
  MAVEN_OPTS="-Daxoniq.update-checker.disabled=true" ./mvnw -B -q -DskipTests package -pl assessment-api -am
  JAR=$(ls assessment-api/target/assessment-api-*.jar | grep -v plain | head -1)
fi
JAR=$(realpath "$JAR")
WORK=$(mktemp -d)
DATA=${BENCH_DATA_DIR:-$WORK/data}
mkdir -p "$DATA"
DATA=$(realpath "$DATA")
PID=
cleanup() {
  local status=$?
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

# The harness compiles against the service's own libraries and classes (the same serializer, the same queries).
(mkdir "$WORK/app" && cd "$WORK/app" && jar xf "$JAR" BOOT-INF)
CP="$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"
javac -nowarn -d "$WORK/bench" -cp "$CP" bench/ratios/*.java

# BENCH_JAVA_OPTS: extra JVM options for the service (e.g. -XX:StartFlightRecording=filename=/tmp/s.jfr to profile it).
java -Daxoniq.update-checker.disabled=true ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --assessment.data-dir="$DATA" --assessment.seed=demo "${SEED_ARGS[@]}" \
  --logging.level.uk.nhs.dma.api.ops.CommandLog=WARN > "$WORK/service.log" 2>&1 &
PID=$!
echo "ratios: scale $SCALE, $(basename "$JAR"), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
until grep -qE "Seeded demo|Seeding \(DEMO\) failed" "$WORK/service.log"; do
  kill -0 $PID 2>/dev/null || { tail -50 "$WORK/service.log"; exit 1; }
  sleep 2
done
grep -q "Seeded demo" "$WORK/service.log" || { grep -A5 "failed" "$WORK/service.log"; exit 1; }
LINE=$(grep "Seeded demo" "$WORK/service.log")
COMMANDS=$(echo "$LINE" | sed -E 's/.*: ([0-9]+) steps, ([0-9]+) commands sent in ([0-9]+) ms.*/\2/')
MILLIS=$(echo "$LINE" | sed -E 's/.*: ([0-9]+) steps, ([0-9]+) commands sent in ([0-9]+) ms.*/\3/')
if [ "$COMMANDS" -gt 0 ]; then
  echo "$COMMANDS $MILLIS" > "$DATA/load.txt"
elif [ -f "$DATA/load.txt" ]; then
  read -r COMMANDS MILLIS < "$DATA/load.txt"
fi
echo "load: $COMMANDS commands in $MILLIS ms"
until curl -sf "$BASE/actuator/health/readiness" > /dev/null; do sleep 1; done
PG_PORT=$(grep -oE "Embedded PostgreSQL on port [0-9]+" "$WORK/service.log" | grep -oE "[0-9]+$")
mkdir -p bench/results
java -cp "$WORK/bench:$CP" Ratios "$BASE" "jdbc:postgresql://localhost:$PG_PORT/postgres" \
  "$DATA/postgres-passwords.properties" "$PID" \
  "$SCALE" "$COMMANDS" "$MILLIS" "bench/results/$(date -u +%Y-%m-%d)-$SCALE.json"
