#!/usr/bin/env bash
# Authentication rate benchmark. Prints figures; asserts nothing.
#   bench/auth-rate.sh [seconds per run]         default 20
#   BENCH_JAR=path/to/assessment-api.jar bench/auth-rate.sh    measure another build (e.g. an older one)
# Starts the service on a fresh embedded PostgreSQL with the reference register and two bench users whose
# passwords are bcrypt hashes (cost 10, as production users files have them), then runs bench/AuthRate.java:
# 8 concurrent clients, each alternating GET /api/assessments/{id} and PUT .../answers (a stored command), first
# with HTTP Basic, then with an API token created by the admin.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
PORT=${BENCH_PORT:-8098}
BASE="http://127.0.0.1:$PORT"
JAR=${BENCH_JAR:-}
if [ -z "$JAR" ]; then
  ./mvnw -B -q -DskipTests package -pl assessment-api -am
  JAR=$(ls assessment-api/target/assessment-api-*.jar | grep -v plain | head -1)
fi
DATA=$(mktemp -d)
# The bench users' password is "bench-secret" (public: bench only).
HASH='{bcrypt}$2a$10$97waqoNk7aCab5OGdYjx4.PteAJCfo6lOyG5f/tbiJOmbAUEfpI.C'
cat > "$DATA/users.json" <<JSON
[{"username":"bench-admin","password":"$HASH","roles":["ADMIN"],"odsCodes":["*"],"regionCodes":["*"]},
 {"username":"bench-submitter","password":"$HASH","roles":["SUBMITTER"],"odsCodes":["*"],"regionCodes":[]}]
JSON
java -Daxoniq.update-checker.disabled=true -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --assessment.data-dir="$DATA/pg" --assessment.seed=reference --assessment.security.users-file="$DATA/users.json" \
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
until curl -sf "$BASE/actuator/health/readiness" > /dev/null; do
  kill -0 $PID 2>/dev/null || { tail -50 "$DATA/service.log"; exit 1; }
  sleep 2
done
echo "bench: $(basename "$JAR"), $(nproc) cores"
java bench/AuthRate.java "$BASE" "$SECONDS_PER_RUN"
